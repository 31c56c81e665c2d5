package io.netspec.host;

import io.netspec.netns.Namespace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * iproute2's {@code ip} run inside a namespace ({@link InsideCommand}), several commands in one process
 * ({@code ip -batch -}).
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
        List<String> command = new ArrayList<>(List.of("ip"));
        if (family != null) {
            command.add(family);
        }
        command.addAll(List.of("-batch", "-"));
        return InsideCommand.run(namespace, command, String.join("\n", commands) + "\n", bound).strip();
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
