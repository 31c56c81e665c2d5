package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Settings;
import io.netspec.core.Threads;
import io.netspec.netns.Signals;
import io.netspec.socket.ProgramOutput;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One start of a program on a host ({@link Contained}): the launcher process the JVM started, the init of
 * the program's own PID namespace, the program's bounded output, and how it ended. Two threads read what
 * the launcher's pipes carry: the program's output, and the init's reports (its pid, the program's status).
 */
final class ProgramRun {
    /** How long the init has to report that it runs; how long a killed tree has to be gone. */
    static final Duration START_BOUND = Duration.ofSeconds(5);
    static final Duration KILL_BOUND = Duration.ofSeconds(3);
    private static final int DIAGNOSTIC_LINES = 20;

    private final Process launcher;
    private final ProgramOutput output = new ProgramOutput();
    private final CompletableFuture<Long> init = new CompletableFuture<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private volatile boolean leftBehind;
    private final List<String> diagnostics = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private final Thread outputReader;
    private final Thread reportReader;
    private volatile Signals.Signal sent;
    private volatile long endNanos;

    private ProgramRun(Process launcher, String threadName) {
        this.launcher = launcher;
        this.outputReader = Threads.start("program-output", threadName, this::readOutput);
        this.reportReader = Threads.start("program-init", threadName, this::readReports);
    }

    /**
     * Starts {@code argv} (from {@link Contained#argv}) inside {@code host} ({@link Host#spawn}), in the project folder
     * ({@link Settings#projectFolder}); returns once its init runs.
     */
    static ProgramRun start(Host host, List<String> argv, String threadName) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.directory(Settings.system().projectFolder().toFile());
        Process launcher = host.spawn(builder);
        ProgramRun run = new ProgramRun(launcher, threadName);
        try {
            run.init.get(START_BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return run;
        } catch (ExecutionException | TimeoutException e) {
            launcher.destroyForcibly();
            run.join();
            throw NetspecFailure.of("the program's init did not start within " + START_BOUND.toMillis() + " ms; its"
                    + " launcher (setpriv, unshare --pid, sh) said: " + run.diagnostics(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.destroyForcibly();
            throw NetspecFailure.of("interrupted while starting a program", e);
        }
    }

    private void readOutput() {
        output.readAll(launcher.getInputStream());
    }

    private void readReports() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(launcher.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.matches("pid \\d+")) {
                    init.complete(Long.parseLong(line.substring(4)));
                } else if (line.matches("exit \\d+ (alone|left)")) {
                    String[] words = line.split(" ");
                    endNanos = System.nanoTime();
                    leftBehind = words[2].equals("left");
                    status.complete(Integer.parseInt(words[1]));
                } else {
                    note(line);
                }
            }
        } catch (IOException e) {
            note("reading the init's reports failed: " + e);
        }
        waitForLauncher();
        init.completeExceptionally(new IllegalStateException("the launcher ended (status " + launcher.exitValue() + ")"));
        if (!status.isDone()) {
            endNanos = System.nanoTime();
            status.complete(null);
        }
    }

    private void waitForLauncher() {
        try {
            launcher.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            note("interrupted while waiting for the launcher");
        }
    }

    private synchronized void note(String line) {
        if (diagnostics.size() < DIAGNOSTIC_LINES) {
            diagnostics.add(line.length() > 500 ? line.substring(0, 500) + " ..." : line);
        }
    }

    synchronized String diagnostics() {
        return diagnostics.isEmpty() ? "nothing" : String.join("\n", diagnostics);
    }

    ProgramOutput output() {
        return output;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The init's pid (in this JVM's PID namespace): the root of the program's tree. */
    long initPid() {
        return init.getNow(-1L);
    }

    /** Whether the program itself still runs (processes it left behind do not count). */
    boolean programRunning() {
        return !status.isDone();
    }

    /**
     * Whether the program, when it ended, left processes behind (as its init found right then): they run on
     * until the scenario ends. False while it runs, and when its init was killed.
     */
    boolean leftBehind() {
        return leftBehind;
    }

    /** Whether any process of the tree (its init included) is left. */
    boolean treeAlive() {
        return launcher.isAlive();
    }

    /** How the program ended, once it has. */
    Optional<ProgramExit> exit() {
        if (!status.isDone()) {
            return Optional.empty();
        }
        return Optional.of(new ProgramExit(status.join(), sent, Duration.ofNanos(endNanos - startNanos)));
    }

    /** Waits at most {@code within} for the program itself to end; true when it has. */
    boolean awaitProgramEnd(Duration within) throws InterruptedException {
        try {
            status.get(within.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw NetspecFailure.of("waiting for the program's end failed", e.getCause());
        }
    }

    /** Waits at most {@code within} for the output to reach its end (every process that held it gone). */
    void awaitOutputEnd(Duration within) {
        try {
            outputReader.join(Math.max(1, within.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while reading the output of a program", e);
        }
    }

    /** SIGKILL to the init: the kernel ends every process of the namespace. Waits until the tree is gone. */
    void kill() {
        if (!launcher.isAlive()) {
            return;
        }
        if (!status.isDone()) {
            sent = Signals.Signal.KILL;
        }
        Signals.send(initPid(), Signals.Signal.KILL);
        awaitGone(KILL_BOUND);
    }

    /** SIGTERM to every process (the init forwards it), then, after {@code politely}, SIGKILL. */
    void stop(Duration politely) throws InterruptedException {
        if (!launcher.isAlive()) {
            return;
        }
        if (!status.isDone()) {
            sent = Signals.Signal.TERM;
        }
        signalTree(Signals.Signal.CONT);
        Signals.send(initPid(), Signals.Signal.TERM);
        if (!launcher.waitFor(politely.toNanos(), TimeUnit.NANOSECONDS)) {
            if (!status.isDone()) {
                sent = Signals.Signal.KILL;
            }
            Signals.send(initPid(), Signals.Signal.KILL);
            awaitGone(KILL_BOUND);
        }
    }

    /** Waits until the tree is gone and the init's last report is read, so how the program ended is known. */
    private void awaitGone(Duration bound) {
        try {
            if (!launcher.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                launcher.destroyForcibly();
                if (!launcher.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw NetspecFailure.of("the process tree of init " + initPid() + " did not end within "
                            + bound.multipliedBy(2).toMillis() + " ms of SIGKILL");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while ending the process tree of init " + initPid(), e);
        }
        Threads.join(reportReader, KILL_BOUND, "the reports of a program's init");
    }

    /**
     * Sends {@code signal} to every process of the tree, the init first; for SIGSTOP, again to any process
     * forked meanwhile, until a listing finds none new, and then waits until every one of them is stopped.
     * Returns how many processes it reached.
     */
    int signalTree(Signals.Signal signal) {
        List<Long> reached = new ArrayList<>();
        for (int round = 0; round < 10 && launcher.isAlive(); round++) {
            List<Long> fresh = tree().filter(pid -> !reached.contains(pid)).toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (long pid : fresh) {
                if (Signals.send(pid, signal)) {
                    reached.add(pid);
                }
            }
            if (signal != Signals.Signal.STOP) {
                break;
            }
        }
        if (signal == Signals.Signal.STOP) {
            ProcessStates.awaitStopped(reached);
        }
        return reached.size();
    }

    private Stream<Long> tree() {
        return ProcessHandle.of(initPid()).stream()
                .flatMap(init -> Stream.concat(Stream.of(init), init.descendants())).map(ProcessHandle::pid);
    }

    /** Waits (bounded) for both reader threads: the tree must be gone first. */
    void join() {
        Threads.join(reportReader, KILL_BOUND, "the reports of a program's init");
        Threads.join(outputReader, KILL_BOUND, "the output of a program (a process holding it is still running)");
    }
}
