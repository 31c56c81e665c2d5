package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.Signals;
import io.netspec.socket.ExternalService;
import io.netspec.text.Durations;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named program on a host: the user's own software. Each start is a {@link ProgramRun}, contained with
 * its whole process tree ({@link Contained}); its output is kept within a bound ({@link ProgramOutput}).
 * It can be killed, paused for a while (the resume is scheduled, see {@link ProgramPause}), restarted with
 * the same command on the same host, and asked how it ended. Closing it stops it politely, then after the
 * scenario's wait forcibly, with everything it started.
 */
public final class Program implements AutoCloseable {
    /** A program that is to keep running and whose whole tree ends within this time failed to start. */
    public static final Duration EARLY_EXIT = Duration.ofMillis(300);
    /** How long a finished program's output is given to reach its end before it is read. */
    static final Duration OUTPUT_END = Duration.ofSeconds(2);

    /** What a start expects: a program that keeps running (a server), or one that runs to completion (a client). */
    public enum Mode { KEEPS_RUNNING, TO_COMPLETION }

    private final String name;
    private final Host host;
    private final String commandLine;
    private final List<String> argv;
    private final Mode mode;
    private final Supplier<Duration> stopWait;
    private final ProgramPause pause;
    private final List<ProgramRun> runs = new ArrayList<>();
    private final List<ProgramEvent> events = new ArrayList<>();
    private Consumer<ProgramEvent> observer = event -> { };

    private Program(String name, Host host, String commandLine, Mode mode, Supplier<Duration> stopWait) {
        List<String> command = ExternalService.split(commandLine);
        if (command.isEmpty()) {
            throw ScenarioError.of("the command to run on host \"" + host.name() + "\" is empty; expected"
                    + " a program and its arguments, such as \"python3 -m http.server 8000\"");
        }
        this.name = name;
        this.host = host;
        this.commandLine = commandLine;
        this.argv = Contained.argv(command, commandLine, host.name());
        this.mode = mode;
        this.stopWait = stopWait;
        this.pause = new ProgramPause(name);
    }

    /**
     * Starts {@code commandLine} on {@code host} as {@code name}. A program that is to keep running must
     * not end within {@link #EARLY_EXIT} with nothing of it left (a daemon it leaves behind counts as running).
     * {@code stopWait}: how long it is given to stop after SIGTERM (the scenario's wait, read when it stops).
     */
    public static Program start(Host host, String name, String commandLine, Mode mode, Supplier<Duration> stopWait) {
        Program program = new Program(name, host, commandLine, mode, stopWait);
        program.launch(ProgramEvent.Kind.STARTED);
        return program;
    }

    private void launch(ProgramEvent.Kind kind) {
        ProgramRun run;
        try {
            run = ProgramRun.start(host, argv, host.name() + "-" + name);
        } catch (IOException e) {
            throw ScenarioError.of("the command \"" + commandLine + "\" cannot start on host \"" + host.name() + "\": "
                    + e.getMessage(), e);
        }
        synchronized (this) {
            runs.add(run);
        }
        event(kind, Duration.ZERO);
        if (mode == Mode.KEEPS_RUNNING) {
            checkKeepsRunning(run);
        }
    }

    private void checkKeepsRunning(ProgramRun run) {
        try {
            if (!run.awaitProgramEnd(EARLY_EXIT) || run.leftBehind()) {
                return; // it runs, or it went to the background: what it left behind runs on
            }
            run.awaitOutputEnd(OUTPUT_END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while starting " + describe(), e);
        }
        throw ScenarioError.of("the command \"" + commandLine + "\" on host \"" + host.name() + "\" ended at once: it "
                + run.exit().map(ProgramExit::describe).orElse("ended") + ", and a program started with \"runs on host\""
                + " must keep running; for a command that ends, write: the command \"" + commandLine + "\" runs on host \""
                + host.name() + "\" to completion within 5 s as \"" + name + "\". " + ProgramReport.lastLines(run));
    }

    /** Waits at most {@code within} for the program to end by itself; fails, killing it, when it does not. */
    public void awaitCompletion(Duration within) {
        ProgramRun run = current();
        try {
            if (run.awaitProgramEnd(within)) {
                event(ProgramEvent.Kind.ENDED, Duration.ZERO);
                if (!run.leftBehind()) {
                    run.awaitOutputEnd(OUTPUT_END); // every writer is gone: the output reaches its end at once
                }
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while waiting for " + describe(), e);
        }
        run.kill();
        event(ProgramEvent.Kind.KILLED, Duration.ZERO);
        throw ExpectationFailure.expected(describe() + " to run to completion within " + Durations.format(within),
                "it was still running, so it was killed (with every process it started); " + ProgramReport.lastLines(run));
    }

    /** Fails unless the program itself runs now (not ended, not paused). */
    public void checkRunning() {
        ProgramRun run = current();
        if (!run.programRunning()) {
            throw ExpectationFailure.expected(describe() + " to be running", "it " + ProgramReport.state(run) + "; " + ProgramReport.lastLines(run));
        }
        pause.until().ifPresent(until -> {
            throw ExpectationFailure.expected(describe() + " to be running", "it is paused (SIGSTOP) until " + until);
        });
    }

    /** SIGKILL to the program and every process it started. Fails when nothing of it runs any more. */
    public void kill() {
        ProgramRun run = current();
        if (!run.programRunning() && !run.leftBehind()) {
            throw ScenarioError.of("\"" + name + "\" cannot be killed: it already " + ProgramReport.state(run) + " and left nothing running");
        }
        pause.cancel();
        run.kill();
        event(ProgramEvent.Kind.KILLED, Duration.ZERO);
    }

    /** SIGSTOP to the whole tree now, SIGCONT after {@code period}; returns at once. */
    public void pause(Duration period) {
        ProgramRun run = current();
        if (period.isZero() || period.isNegative()) {
            throw ScenarioError.of("\"" + name + "\" cannot be paused for " + Durations.format(period) + "; expected a time above 0");
        }
        if (!run.programRunning()) {
            throw ScenarioError.of("\"" + name + "\" cannot be paused: it already " + ProgramReport.state(run));
        }
        pause.start(period, () -> run.signalTree(Signals.Signal.STOP), () -> {
            run.signalTree(Signals.Signal.CONT);
            event(ProgramEvent.Kind.RESUMED, Duration.ZERO);
        });
        event(ProgramEvent.Kind.PAUSED, period);
    }

    /** Stops the program (politely, then forcibly) and starts it again with the same command on the same host. */
    public void restart() {
        ProgramRun run = current();
        pause.resumeNow();
        stop(run);
        launch(ProgramEvent.Kind.RESTARTED);
    }

    /** Fails unless the program ended with {@code expected} (as a shell reports it); the scenario is wrong while it runs. */
    public void checkExitStatus(int expected) {
        ProgramRun run = current();
        ProgramExit exit = run.exit().orElseThrow(() -> ScenarioError.of("\"" + name + "\" has no exit status yet: it is"
                + " still running (started " + Durations.format(Duration.between(run.startedAt(), Instant.now())) + " ago);"
                + " start it with \"... to completion within 5 s as \\\"" + name + "\\\"\" to wait for its end"));
        if (exit.status() != expected) {
            throw ExpectationFailure.expected(describe() + " to have exited with status " + expected,
                    "it " + exit.describe() + "; " + ProgramReport.lastLines(run));
        }
    }

    /** Fails unless the kept output of the current run contains {@code text}. */
    public void checkPrinted(byte[] text, String shown) {
        ProgramRun run = current();
        if (!run.programRunning() && !run.leftBehind()) {
            run.awaitOutputEnd(OUTPUT_END);
        }
        if (!run.output().contains(text)) {
            throw ExpectationFailure.expected(describe() + " to have printed " + shown, "its output (" + run.output().summary()
                    + ") does not contain it; " + ProgramReport.lastLines(run));
        }
    }

    /** Waits at most {@code within} for a line in which {@code regex} finds a match. */
    public String awaitLine(String regex, Duration within) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw ScenarioError.of("\"" + regex + "\" is not a Java regular expression: " + e.getDescription(), e);
        }
        ProgramRun run = current();
        try {
            Optional<String> line = run.output().awaitLine(pattern, within);
            return line.orElseThrow(() -> ExpectationFailure.expected(describe() + " to print a line matching \"" + regex
                    + "\" within " + Durations.format(within), (run.output().ended() ? "its output ended (it " + ProgramReport.state(run)
                    + ")" : "none came") + " after " + run.output().lines() + " line(s); " + ProgramReport.lastLines(run)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while waiting for " + describe() + " to print", e);
        }
    }

    private synchronized ProgramRun current() {
        return runs.get(runs.size() - 1);
    }

    private void event(ProgramEvent.Kind kind, Duration lasting) {
        ProgramEvent event = new ProgramEvent(name, host.name(), kind, Instant.now(), System.nanoTime(), lasting);
        Consumer<ProgramEvent> to;
        synchronized (this) {
            events.add(event);
            to = observer;
        }
        to.accept(event);
    }

    /** Hands every later event to {@code observer} as it happens (the scenario's fault timeline). */
    public synchronized Program observedBy(Consumer<ProgramEvent> observer) {
        this.observer = observer;
        return this;
    }

    /** What netspec did to this program, in order: for the report's fault timeline. */
    public synchronized List<ProgramEvent> events() {
        return List.copyOf(events);
    }

    public String name() {
        return name;
    }

    public Host host() {
        return host;
    }

    /** The pid of the current run's init, the root of its process tree (in this JVM's PID namespace). */
    public long pid() {
        return current().initPid();
    }

    public String describe() {
        return "\"" + name + "\" (\"" + commandLine + "\" on host \"" + host.name() + "\")";
    }

    /** Every run's output as kept, with what was cut and how each run ended: the report's attachment. */
    public synchronized String report() {
        return ProgramReport.text(describe(), runs, events);
    }

    private void stop(ProgramRun run) {
        try {
            run.stop(stopWait.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.kill();
        } finally {
            run.join();
        }
    }

    /** Stops the program and everything it started: SIGTERM, then SIGKILL after the scenario's wait; bounded. */
    @Override
    public void close() {
        pause.close();
        ProgramRun run = current();
        if (run.treeAlive()) {
            event(ProgramEvent.Kind.STOPPED, Duration.ZERO);
        }
        stop(run);
    }

    @Override
    public String toString() {
        return describe();
    }
}
