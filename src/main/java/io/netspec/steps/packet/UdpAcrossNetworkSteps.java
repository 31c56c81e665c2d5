package io.netspec.steps.packet;

import io.cucumber.java.en.Then;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.host.Host;
import io.netspec.host.KernelCounters;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.Protocol;
import io.netspec.socket.DatagramLedger;
import io.netspec.socket.Hosts;
import io.netspec.socket.UdpServer;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;

import static org.awaitility.Awaitility.await;

/** What UDP shows across an impaired network: datagrams out of order, twice, and lost where the network dropped them. */
public final class UdpAcrossNetworkSteps {
    private final World world;
    private final PacketLab lab;

    public UdpAcrossNetworkSteps(World world, PacketLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Then("{text} received at least {count} datagrams out of order")
    public void outOfOrder(String name, int least) {
        atLeast(name, least, "out of order", DatagramLedger.Snapshot::outOfOrder);
    }

    @Then("{text} received at least {count} datagrams twice")
    public void twice(String name, int least) {
        atLeast(name, least, "twice", DatagramLedger.Snapshot::duplicates);
    }

    /** Fails unless the settled ledger of {@code name} counts at least {@code least} datagrams received {@code how}. */
    private void atLeast(String name, int least, String how, ToLongFunction<DatagramLedger.Snapshot> count) {
        DatagramLedger.Snapshot s = settled(name);
        if (count.applyAsLong(s) < least) {
            throw ExpectationFailure.of("expected \"" + name + "\" to receive at least " + least + " datagrams " + how
                    + ", but its ledger says " + s);
        }
    }

    @Then("{text} missed only the datagrams the network {text} dropped")
    public void missedOnlyDropped(String name, String network) {
        UdpServer sink = world.lookup(name, UdpServer.class, "UDP sink server");
        InetSocketAddress at = sink.address();
        CaptureRing ring = lab.treatment(network).capture().orElseThrow();
        if (ring.evicted() > 0) {
            throw NetspecFailure.of("the capture of \"" + network + "\" cannot tell what it dropped: "
                    + ring.limitNote().orElseThrow());
        }
        Host host = lab.hostAt(at.getAddress()).orElseThrow(() -> ScenarioError.of("\"" + name
                + "\" is not on a host of this scenario"));
        // Datagrams sent a moment ago may still be crossing: wait until neither the network nor the sink sees more.
        long[] last = {-1, -1};
        try {
            await("datagrams to \"" + name + "\" to settle").atMost(world.defaultWait().multipliedBy(5))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        long crossed = towards(ring, at).size();
                        long received = sink.ledger().snapshot().received();
                        // Nothing seen yet is no settled state: the first frames may wait for address resolution.
                        boolean still = crossed > 0 && crossed == last[0] && received == last[1];
                        last[0] = crossed;
                        last[1] = received;
                        return still;
                    });
        } catch (ConditionTimeoutException e) {
            world.log("datagrams to \"" + name + "\" were still arriving after "
                    + Durations.format(world.defaultWait().multipliedBy(5)));
        }
        List<Captured> towards = towards(ring, at);
        if (towards.isEmpty()) {
            throw ScenarioError.of("no UDP datagram to \"" + name + "\" (" + Hosts.show(at) + ") crossed the"
                    + " network \"" + network + "\"; expected some to compare with what it received");
        }
        long dropped = towards.stream().filter(c -> c.fate() == Fate.DROPPED).count();
        DatagramLedger.Snapshot s = sink.ledger().snapshot();
        long full = KernelCounters.counter(host, "Udp.RcvbufErrors");
        long missed = towards.size() - s.distinct();
        String counts = towards.size() + " datagrams crossed \"" + network + "\" towards it, the network dropped "
                + dropped + ", host \"" + host.name() + "\" dropped " + full + " for a full receive buffer"
                + " (RcvbufErrors), and \"" + name + "\" missed " + missed + " (ledger: " + s + ")";
        world.log(counts);
        if (missed < dropped || missed > dropped + full) {
            throw ExpectationFailure.of("expected \"" + name + "\" to miss only the datagrams the network \"" + network
                    + "\" dropped (and any its host dropped for a full receive buffer), but " + counts);
        }
    }

    private static List<Captured> towards(CaptureRing ring, InetSocketAddress at) {
        return ring.frames().stream().filter(c -> c.packet().protocol() == Protocol.UDP
                && at.equals(c.packet().destinationEndpoint())).toList();
    }

    private DatagramLedger.Snapshot settled(String name) {
        return settled(name, Long.MAX_VALUE);
    }

    /** The sink's ledger once {@code expected} datagrams arrived or it stopped growing for the default wait. */
    private DatagramLedger.Snapshot settled(String name, long expected) {
        UdpServer sink = world.lookup(name, UdpServer.class, "UDP sink server");
        long[] last = {-1};
        try {
            await("\"" + name + "\" to stop receiving").atMost(world.defaultWait().multipliedBy(5))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        long now = sink.ledger().snapshot().received();
                        boolean done = now >= expected || now == last[0];
                        last[0] = now;
                        return done;
                    });
        } catch (ConditionTimeoutException e) {
            world.log("\"" + name + "\" was still receiving after " + Durations.format(world.defaultWait().multipliedBy(5)));
        }
        return sink.ledger().snapshot();
    }
}
