package io.netspec.host;

import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.Target;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The fault on the path to a target, in words for a chart's subtitle: a hop's, a network's treatment, or none. */
public final class PathFaults {
    private PathFaults() {
    }

    /**
     * What a client's round trips to {@code target} went through: what {@code hop} says of the target when it is a
     * hop that impairs (a link), else the treatment of the scenario's network (among {@code networks}) the
     * target is on, else no fault.
     */
    public static String of(Target target, List<Network> networks, Function<Target, Optional<String>> hop) {
        return hop.apply(target).or(() -> across(target, networks))
                .orElse("straight to " + target.describe() + ", no fault on the path");
    }

    /** A server on a host: the packets crossed its network, which may delay, drop or reorder them. */
    private static Optional<String> across(Target target, List<Network> networks) {
        if (target.address() instanceof InetSocketAddress to) {
            for (Network network : networks) {
                Optional<NetworkTreatment> treatment = network.networkTreatment();
                if (treatment.isPresent() && network.hosts().values().stream()
                        .anyMatch(a -> a.address().toInetAddress().equals(to.getAddress()))) {
                    return Optional.of("to " + target.describe() + " across the " + treatment.get().describe());
                }
            }
        }
        return Optional.empty();
    }
}
