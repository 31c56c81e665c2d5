package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;
import io.netspec.socket.ExternalService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Any program running inside a host. It is started under {@code setpriv --pdeathsig KILL} by the one
 * thread that starts processes inside hosts, which lives as long as the JVM ({@link Host#spawn}), so the
 * kernel kills it when the JVM goes away, even by SIGKILL; closing it stops it and everything it
 * started, bounded.
 */
public final class Program implements AutoCloseable {
    /** A program that ends within this time of starting is taken as one that failed to start. */
    public static final Duration EARLY_EXIT = Duration.ofMillis(300);
    static final Duration STOP_BOUND = Duration.ofSeconds(3);
    private static final int KEPT_LINES = 500;

    private final String commandLine;
    private final Host host;
    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;

    private Program(String commandLine, Host host, Process process) {
        this.commandLine = commandLine;
        this.host = host;
        this.process = process;
        this.reader = Threads.start("program", host.name() + "-" + process.pid(), this::readOutput);
    }

    /** Starts {@code commandLine} inside {@code host}; fails when it cannot start or ends at once. */
    public static Program start(Host host, String commandLine) {
        List<String> command = ExternalService.split(commandLine);
        if (command.isEmpty()) {
            throw ScenarioError.of("the command to run on host \"" + host.name() + "\" is empty; expected"
                    + " a program and its arguments, such as \"python3 -m http.server 8000\"");
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--"));
        wrapped.addAll(command);
        Process process;
        try {
            process = host.spawn(new ProcessBuilder(wrapped).redirectErrorStream(true));
        } catch (IOException e) {
            throw ScenarioError.of("the command \"" + commandLine + "\" cannot start on host \""
                    + host.name() + "\": " + e.getMessage(), e);
        }
        Program program = new Program(commandLine, host, process);
        try {
            if (process.waitFor(EARLY_EXIT.toMillis(), TimeUnit.MILLISECONDS)) {
                program.reader.join(STOP_BOUND.toMillis());
                throw ScenarioError.of("the command \"" + commandLine + "\" on host \"" + host.name()
                        + "\" ended at once (exit " + process.exitValue() + ", within " + EARLY_EXIT.toMillis()
                        + " ms); a command here must keep running until the scenario ends. Its output: " + program.output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            program.close();
            throw NetspecFailure.of("interrupted while starting \"" + commandLine + "\"", e);
        }
        return program;
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    if (output.size() < KEPT_LINES) {
                        output.add(line);
                    }
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(reading the output failed: " + e.getMessage() + ")");
            }
        }
    }

    public String output() {
        synchronized (output) {
            return output.isEmpty() ? "(nothing)" : String.join("\n", output);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String describe() {
        return "\"" + commandLine + "\" on host \"" + host.name() + "\" (pid " + process.pid() + ")";
    }

    /** Stops the program and everything it started: politely, then forcibly, each bounded. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                if (!process.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw NetspecFailure.of(describe() + " did not stop within " + STOP_BOUND.multipliedBy(2).toMillis() + " ms");
                }
            }
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            reader.join(STOP_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping " + describe(), e);
        }
        if (reader.isAlive()) {
            throw NetspecFailure.of("the output of " + describe() + " was still open after it stopped; a process"
                    + " it started may still be running");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
