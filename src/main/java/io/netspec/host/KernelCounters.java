package io.netspec.host;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host's own kernel counters, read inside its namespace (counters are per namespace): the
 * protocol counters of /proc/net/snmp (TCP RetransSegs, UDP RcvbufErrors, ...) and, for one TCP
 * connection, the kernel's TCP_INFO count of retransmitted segments as {@code ss -ti} shows it.
 */
public final class KernelCounters {
    private static final Pattern RETRANS = Pattern.compile("\\bretrans:(\\d+)/(\\d+)");
    private static final Duration BOUND = Duration.ofSeconds(5);

    private KernelCounters() {
    }

    /** /proc/net/snmp of {@code host}, as "Tcp.RetransSegs" -> value. */
    public static Map<String, Long> snmp(Host host) {
        try {
            return parse(host.open(() -> Files.readAllLines(Path.of("/proc/thread-self/net/snmp"))));
        } catch (IOException e) {
            throw new UncheckedIOException("reading /proc/net/snmp inside " + host + " failed: " + e.getMessage(), e);
        }
    }

    /** /proc/net/snmp of the namespace this JVM started in, as "Tcp.RetransSegs" -> value. */
    public static Map<String, Long> snmpHere() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/net/snmp")));
        } catch (IOException e) {
            throw new UncheckedIOException("reading /proc/net/snmp failed: " + e.getMessage(), e);
        }
    }

    /** Pairs of lines, names then values, each line starting with its protocol ("Tcp: RtoAlgorithm ..."). */
    private static Map<String, Long> parse(List<String> lines) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String[] names = lines.get(i).split("\\s+");
            String[] values = lines.get(i + 1).split("\\s+");
            String protocol = names[0].replace(":", "");
            for (int k = 1; k < Math.min(names.length, values.length); k++) {
                counters.put(protocol + "." + names[k], Long.parseLong(values[k]));
            }
        }
        return counters;
    }

    public static long counter(Host host, String name) {
        Long value = snmp(host).get(name);
        if (value == null) {
            throw NetspecFailure.of("/proc/net/snmp inside " + host + " has no counter " + name);
        }
        return value;
    }

    /**
     * The kernel's count of segments retransmitted on the connection from {@code local} to {@code remote}
     * (TCP_INFO tcpi_total_retrans, "retrans:now/total" in {@code ss -ti}, absent when 0); empty when the
     * host has no such connection (any more).
     */
    public static OptionalLong retransmitted(Host host, InetSocketAddress local, InetSocketAddress remote) {
        List<String> command = List.of("nsenter", "--net=" + host.namespacePath(), "ss", "-tinH", "src", show(local),
                "dst", show(remote));
        String output = run(command, host);
        if (output.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher m = RETRANS.matcher(output);
        return OptionalLong.of(m.find() ? Long.parseLong(m.group(2)) : 0);
    }

    private static String run(List<String> command, Host host) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw NetspecFailure.of("could not run nsenter and ss (iproute2 and util-linux must be installed): "
                    + e.getMessage(), e);
        }
        try {
            // One connection's line is far below a pipe's buffer, so ss never blocks writing before it exits.
            if (!process.waitFor(BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw NetspecFailure.of("ss did not finish within " + BOUND.toMillis() + " ms inside " + host);
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw NetspecFailure.of("ss failed (exit " + process.exitValue() + ") inside " + host + " running "
                        + command + ": " + text.strip());
            }
            return text;
        } catch (IOException e) {
            process.destroyForcibly();
            throw NetspecFailure.of("reading ss inside " + host + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while running ss inside " + host, e);
        }
    }

    private static String show(InetSocketAddress a) {
        return HostPort.show(a);
    }
}
