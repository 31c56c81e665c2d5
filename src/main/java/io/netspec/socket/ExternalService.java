package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;
import io.netspec.text.Difference;
import io.netspec.text.Durations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service in another language that the test run starts itself: a process that binds 127.0.0.1
 * port 0 and prints its port on the first line of its standard output (a bare number, or
 * {@code port 40321}, or {@code 127.0.0.1:40321}), or, when a prefix is given, in the first line of its
 * output (standard output or error) where the digits follow that prefix. Closing it stops the process, bounded.
 */
public final class ExternalService implements Target, AutoCloseable {
    /** How long close() waits for the process to end, first politely, then forcibly. */
    public static final Duration STOP_BOUND = Duration.ofSeconds(3);
    private static final Pattern PORT = Pattern.compile("(?:^|\\D)(\\d{1,5})\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    private final String name;
    private final List<String> command;
    private final Process process;
    private final InetSocketAddress address;
    private final ProgramOutput output;
    private final Thread reader;

    private ExternalService(String name, List<String> command, Process process, Duration startBound, String prefix) {
        this.name = name;
        this.command = List.copyOf(command);
        this.process = process;
        CompletableFuture<Integer> announced = new CompletableFuture<>();
        this.output = new ProgramOutput(new PortWatch(announced, prefix));
        this.reader = Threads.start("process", name, () -> readOutput(announced));
        String printing = prefix == null ? "its port" : "its port after " + Difference.quote(prefix);
        int port;
        try {
            port = announced.get(startBound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw stopAfter(NetspecFailure.of("expected the service \"" + name + "\" ("
                    + String.join(" ", command) + ") to print " + printing + " within " + Durations.format(startBound)
                    + ", but it did not; output so far: " + output(), e));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalStateException notAPort) {
                throw stopAfter(notAPort);
            }
            throw stopAfter(NetspecFailure.of("the service \"" + name + "\" (" + String.join(" ", command)
                    + ") ended before printing " + printing + " (exit " + exitText() + "); its output: " + output(),
                    e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopAfter(NetspecFailure.of("interrupted while starting \"" + name + "\"", e));
        }
        this.address = new InetSocketAddress(Hosts.loopback(), port);
    }

    /** The port a line announces: the first line's trailing number, or the digits right after {@code prefix}. */
    private OptionalInt portIn(String line, int index, String prefix) {
        if (prefix == null) {
            Matcher m = PORT.matcher(line.strip());
            int port = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (port < 1 || port > 65535) {
                throw NetspecFailure.of("expected the first line printed by \"" + name + "\" ("
                        + String.join(" ", command) + ") to be its port, such as 40321, but it was " + Difference.quote(line)
                        + "; if the port comes inside a sentence, write: started with \"…\" printing its port after \"port \"");
            }
            return OptionalInt.of(port);
        }
        int at = line.indexOf(prefix);
        if (at < 0) {
            return OptionalInt.empty();
        }
        Matcher digits = DIGITS.matcher(line).region(at + prefix.length(), line.length());
        if (!digits.lookingAt() || Integer.parseInt(digits.group()) < 1 || Integer.parseInt(digits.group()) > 65535) {
            throw NetspecFailure.of("expected line " + (index + 1) + " printed by \"" + name + "\" ("
                    + String.join(" ", command) + ") to have a port (1-65535) right after " + Difference.quote(prefix)
                    + ", but it was " + Difference.quote(line));
        }
        return OptionalInt.of(Integer.parseInt(digits.group()));
    }

    /** Starts {@code command} in {@code workingDir}; waits at most {@code startBound} for its port. */
    public static ExternalService start(String name, List<String> command, Path workingDir, Duration startBound) {
        return start(name, command, workingDir, startBound, null);
    }

    /**
     * Like {@link #start(String, List, Path, Duration)}, but the port is the number right after
     * {@code prefix} in the first line of output that holds it (null: the first line is the port).
     */
    public static ExternalService start(String name, List<String> command, Path workingDir, Duration startBound,
                                        String prefix) {
        if (prefix != null && prefix.isEmpty()) {
            throw ScenarioError.of("the service \"" + name + "\" needs the text printed before its port,"
                    + " such as \"port \"; it was empty");
        }
        if (command.isEmpty()) {
            throw ScenarioError.of("the service \"" + name + "\" needs a command to start, such as"
                    + " \"python3 features/tcp/support/echo_server.py\"");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        try {
            return new ExternalService(name, command, builder.start(), startBound, prefix);
        } catch (IOException e) {
            throw NetspecFailure.of("could not start the service \"" + name + "\" with \""
                    + String.join(" ", command) + "\" in " + workingDir + ": " + e.getMessage(), e);
        }
    }

    /** Splits a command line on spaces; single or double quotes keep spaces inside one argument. */
    public static List<String> split(String commandLine) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(commandLine);
        while (m.find()) {
            parts.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return parts;
    }

    private void readOutput(CompletableFuture<Integer> announced) {
        output.readAll(process.getInputStream());
        announced.completeExceptionally(new IOException("end of output"));
    }

    /** Looks for the port in each line as it comes, until one announces it (or says it wrongly). */
    private final class PortWatch implements java.util.function.Consumer<String> {
        private final CompletableFuture<Integer> announced;
        private final String prefix;
        private int index;

        PortWatch(CompletableFuture<Integer> announced, String prefix) {
            this.announced = announced;
            this.prefix = prefix;
        }

        @Override
        public void accept(String line) {
            if (!announced.isDone()) {
                try {
                    portIn(line, index, prefix).ifPresent(announced::complete);
                } catch (IllegalStateException notAPort) {
                    announced.completeExceptionally(notAPort);
                }
            }
            index++;
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What it printed, as kept within the bounds of {@link ProgramOutput}, with what was cut said first. */
    public String output() {
        return output.summary() + "\n" + output.text();
    }

    @Override
    public SocketAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return "the service \"" + name + "\" (" + Hosts.show(address) + ", pid " + process.pid() + ")";
    }

    private String exitText() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Stops the service after a failed start; the start's failure stays the one reported, and a
     * failure to stop (a child still holding the output open, say) is kept beside it as suppressed.
     */
    private IllegalStateException stopAfter(IllegalStateException failure) {
        try {
            stop();
        } catch (IllegalStateException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Stops the process and everything it started (a shell's children keep its output open otherwise). */
    private void stop() {
        try {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                if (!process.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw NetspecFailure.of("the process of \"" + name + "\" (pid " + process.pid()
                            + ") did not stop within " + Durations.format(STOP_BOUND.multipliedBy(2)));
                }
            }
            for (ProcessHandle child : tree) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
            reader.join(STOP_BOUND.toMillis());
            if (reader.isAlive()) {
                throw NetspecFailure.of("the output of \"" + name + "\" (pid " + process.pid()
                        + ") was still open " + Durations.format(STOP_BOUND) + " after it stopped; a process it started"
                        + " may still be running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping \"" + name + "\"", e);
        }
    }

    @Override
    public String toString() {
        return describe() + " started with " + String.join(" ", command);
    }
}
