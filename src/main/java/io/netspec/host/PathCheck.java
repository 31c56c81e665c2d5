package io.netspec.host;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Hosts;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/** The routers on the path from a host to an address, as traceroute finds them, against the routers expected. */
public final class PathCheck {
    private PathCheck() {
    }

    /** The routers a phrase names, separated by commas; a name of a host that does not forward is the scenario's error. */
    public static List<String> routers(String routers, Function<String, Host> hosts) {
        List<String> expected = new ArrayList<>();
        for (String name : routers.split(",")) {
            String router = name.strip();
            if (!hosts.apply(router).isRouter()) {
                throw ScenarioError.of("\"" + router + "\" is a host, not a router: a path goes through routers only;"
                        + " expected router names separated by commas, such as \"gw1, gw2\"");
            }
            expected.add(router);
        }
        return expected;
    }

    /**
     * Traces the path from {@code host} to {@code address}, attaches it, and fails unless it reached the address
     * through exactly the routers {@code expected}; returns the line a report logs.
     */
    public static String goesThrough(Host host, String address, List<String> expected, Topology topology,
                                     Function<String, Host> hosts, IntSupplier sequence, Duration wait, Evidence evidence) {
        Function<InetAddress, String> named = a -> topology.hostAt(a).map(name -> hosts.apply(name).toString())
                .orElse("an address on none of the scenario's networks");
        PathTrace trace = PathTrace.of(host, Hosts.literal(address), sequence, wait);
        evidence.attach("path from host \"" + host.name() + "\" to " + address, trace.describe(named));
        List<String> crossed = trace.routers().stream()
                .map(hop -> hop.map(a -> topology.hostAt(a).orElse(a.getHostAddress())).orElse("no answer"))
                .toList();
        String seen = (crossed.isEmpty() ? "no router" : "\"" + String.join(", ", crossed) + "\"")
                + ", then " + trace.ending(named);
        if (!trace.reached() || !crossed.equals(expected)) {
            throw ExpectationFailure.of("expected the path from host \"" + host.name() + "\" to " + address + " to "
                    + (expected.isEmpty() ? "cross no router" : "go through \"" + String.join(", ", expected) + "\"")
                    + " and reach it, but it went through " + seen);
        }
        return "the path from host \"" + host.name() + "\" to " + address + " went through " + seen;
    }
}
