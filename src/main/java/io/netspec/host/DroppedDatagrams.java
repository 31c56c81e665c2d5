package io.netspec.host;

import io.netspec.address.HostPort;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.Protocol;
import io.netspec.socket.DatagramLedger;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Whether a UDP sink on a host missed only the datagrams a network dropped: the datagrams that crossed
 * the network towards it (its capture) against the sink's ledger, allowing what its own host dropped for
 * a full receive buffer.
 */
public final class DroppedDatagrams {
    private static final Duration POLL = Duration.ofMillis(200);

    private DroppedDatagrams() {
    }

    /**
     * Waits (at most {@code wait}) until neither the network nor the sink sees more datagrams, then fails
     * unless the sink {@code name} missed at least what {@code network} dropped and at most that plus what its
     * host dropped; the counts go to {@code log}.
     */
    public static void missedOnlyDropped(String name, UdpServer sink, String network, CaptureRing ring, List<Host> hosts,
                                         Duration wait, Consumer<String> log) {
        InetSocketAddress at = sink.address();
        if (ring.evicted() > 0) {
            throw NetspecFailure.of("the capture of \"" + network + "\" cannot tell what it dropped: "
                    + ring.limitNote().orElseThrow());
        }
        Host host = AddressOwners.hostAt(hosts, at.getAddress()).orElseThrow(() -> ScenarioError.of("\"" + name
                + "\" is not on a host of this scenario"));
        settle(name, sink, ring, wait, log);
        List<Captured> towards = towards(ring, at);
        if (towards.isEmpty()) {
            throw ScenarioError.of("no UDP datagram to \"" + name + "\" (" + HostPort.show(at) + ") crossed the"
                    + " network \"" + network + "\"; expected some to compare with what it received");
        }
        long dropped = towards.stream().filter(c -> c.fate() == Fate.DROPPED).count();
        DatagramLedger.Snapshot s = sink.ledger().snapshot();
        long full = KernelCounters.counter(host, "Udp.RcvbufErrors");
        long missed = towards.size() - s.distinct();
        String counts = towards.size() + " datagrams crossed \"" + network + "\" towards it, the network dropped "
                + dropped + ", host \"" + host.name() + "\" dropped " + full + " for a full receive buffer"
                + " (RcvbufErrors), and \"" + name + "\" missed " + missed + " (ledger: " + s + ")";
        log.accept(counts);
        if (missed < dropped || missed > dropped + full) {
            throw ExpectationFailure.of("expected \"" + name + "\" to miss only the datagrams the network \"" + network
                    + "\" dropped (and any its host dropped for a full receive buffer), but " + counts);
        }
    }

    /** Datagrams sent a moment ago may still be crossing: waits until neither the network nor the sink sees more. */
    private static void settle(String name, UdpServer sink, CaptureRing ring, Duration wait, Consumer<String> log) {
        InetSocketAddress at = sink.address();
        long[] last = {-1, -1};
        try {
            await("datagrams to \"" + name + "\" to settle").atMost(wait).pollInterval(POLL).until(() -> {
                long crossed = towards(ring, at).size();
                long received = sink.ledger().snapshot().received();
                // Nothing seen yet is no settled state: the first frames may wait for address resolution.
                boolean still = crossed > 0 && crossed == last[0] && received == last[1];
                last[0] = crossed;
                last[1] = received;
                return still;
            });
        } catch (ConditionTimeoutException e) {
            log.accept("datagrams to \"" + name + "\" were still arriving after " + Durations.format(wait));
        }
    }

    private static List<Captured> towards(CaptureRing ring, InetSocketAddress at) {
        return ring.frames().stream().filter(c -> c.packet().protocol() == Protocol.UDP
                && at.equals(c.packet().destinationEndpoint())).toList();
    }
}
