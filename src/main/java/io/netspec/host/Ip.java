package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.netns.Namespace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * iproute2's {@code ip} run inside a namespace through {@code nsenter --net=/proc/<jvm pid>/fd/<fd>},
 * several commands in one process ({@code ip -batch -}). Never {@code ip netns add}: nothing outlives the JVM.
 */
final class Ip {
    private Ip() {
    }

    /** Runs {@code commands} (each as written after "ip") inside {@code namespace}; fails with ip's own words. */
    static void batch(Namespace namespace, List<String> commands, Duration bound) {
        batch(namespace, null, commands, bound);
    }

    /** As {@link #batch(Namespace, List, Duration)}, for one address family ("-4" or "-6"; null: both); returns what ip printed. */
    static String batch(Namespace namespace, String family, List<String> commands, Duration bound) {
        List<String> command = new ArrayList<>(List.of("nsenter", "--net=" + namespace.path(), "ip"));
        if (family != null) {
            command.add(family);
        }
        command.addAll(List.of("-batch", "-"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw NetspecFailure.of("could not run nsenter and ip (iproute2 and util-linux must be installed): "
                    + e.getMessage(), e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw NetspecFailure.of("ip did not finish within " + bound.toMillis() + " ms inside "
                        + namespace + ": " + commands);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw NetspecFailure.of("ip failed (exit " + process.exitValue() + ") inside " + namespace
                        + " running " + commands + ": " + output);
            }
            return output;
        } catch (IOException e) {
            process.destroyForcibly();
            throw NetspecFailure.of("talking to ip inside " + namespace + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while running ip inside " + namespace, e);
        }
    }

    /**
     * Whether the routes through {@code ifName} (IPv4 and IPv6, main table) are as the kernel marks them once
     * its link watch has seen the carrier {@code up} or not: none flagged {@code linkdown}, or every one.
     */
    static boolean routesSeeCarrier(Namespace namespace, String ifName, boolean up, Duration bound) {
        for (String family : List.of("-4", "-6")) {
            for (String route : batch(namespace, family, List.of("route show dev " + ifName), bound).split("\n")) {
                if (!route.isBlank() && route.contains(" linkdown") == up) {
                    return false;
                }
            }
        }
        return true;
    }
}
