package io.netspec.fault;

import io.netspec.core.Evidence;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.Target;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The faults each link carried, for the report and a chart's subtitle: what the scenario was up against. */
public final class LinkReports {
    private LinkReports() {
    }

    /** Attaches the toxics of each Toxiproxy link and the settings and counts of each UDP link. */
    public static void attach(List<Link> links, List<UdpRelay> relays, Evidence evidence) {
        for (Link link : links) {
            StringBuilder text = new StringBuilder(link.describe()).append(", Toxiproxy proxy ")
                    .append(link.proxyName()).append('\n');
            if (link.applied().isEmpty()) {
                text.append("  no toxics\n");
            }
            link.applied().forEach(toxic -> text.append("  ").append(toxic).append('\n'));
            evidence.attach("toxics of the link \"" + link.name() + "\"", text.toString());
        }
        for (UdpRelay relay : relays) {
            evidence.attach("UDP link settings and counts", relay.counts());
        }
    }

    /** What {@code target} does to what passes through it, when it is a link: its toxics, in words. */
    public static Optional<String> through(Target target) {
        if (target instanceof Link link) {
            return Optional.of("through the link \"" + link.name() + "\": " + (link.applied().isEmpty() ? "no toxics"
                    : String.join(", ", link.applied())));
        }
        return Optional.empty();
    }

    /**
     * Runs {@code check}; when it fails, the failure also names what the UDP links ({@code relays}) could not pass
     * on, as datagrams that went missing may have been stopped by one: in the failure, not only in the report.
     */
    public static void withRelayFailures(Supplier<List<UdpRelay>> relays, Runnable check) {
        try {
            check.run();
        } catch (SocketExpectationError e) {
            List<String> failures = relays.get().stream().flatMap(relay -> relay.failure().stream()).toList();
            if (failures.isEmpty()) {
                throw e;
            }
            throw new SocketExpectationError(e.getMessage() + "; meanwhile " + String.join("; ", failures), e);
        }
    }
}
