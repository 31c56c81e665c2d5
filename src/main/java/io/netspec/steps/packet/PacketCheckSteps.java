package io.netspec.steps.packet;

import io.cucumber.java.en.Then;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.host.Retransmissions;
import io.netspec.measure.TimingCheck;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.NetworkTreatment;
import io.netspec.packet.TcpConnection;
import io.netspec.packet.TcpConnections;
import io.netspec.packet.WindowStall;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpClient;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/** What the kernel's TCP did, seen in a network's capture and in the hosts' own counters. */
public final class PacketCheckSteps {
    private final World world;
    private final PacketLab lab;

    public PacketCheckSteps(World world, PacketLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Then("{text} took between {duration} and {duration} to connect")
    public void connectTime(String name, Duration low, Duration high) {
        world.log(TimingCheck.check("the time \"" + name + "\" took to connect", lab.client(name).connectTime(), low, high,
                world.lateness(), TimingCheck.Waits.timers(3, "waits (the kernel's SYN timers, netspec's switch)"),
                "from connect() to the finished handshake"));
    }

    @Then("{text} retransmitted at least {count} segment(s)")
    public void retransmitted(String name, int least) {
        Retransmissions.ofClient(name, lab.client(name), least, world.defaultWait(), world::log);
    }

    @Then("host {text} sent at least {count} TCP retransmission(s)")
    public void hostRetransmissions(String name, int least) {
        Retransmissions.ofHost(lab.host(name), least, world.defaultWait(), world::log);
    }

    @Then("the capture of {text} shows the three-way handshake of {text}")
    public void handshake(String network, String client) {
        TcpConnection c = connection(network, client, TcpConnection::handshake);
        TcpConnection.Handshake h = c.handshake().orElseThrow(() -> ExpectationFailure.of("expected the capture of \""
                + network + "\" to show the three-way handshake of \"" + client + "\" (SYN, SYN-ACK, ACK), but "
                + c.describe() + " has " + c.syns().size() + " SYN(s) and no SYN-ACK answered by an ACK"));
        world.log("handshake of \"" + client + "\": SYN seq " + h.syn().packet().seq() + ", SYN-ACK seq "
                + h.synAck().packet().seq() + " ack " + h.synAck().packet().ack() + ", ACK ack " + h.ack().packet().ack());
    }

    @Then("the capture of {text} shows {text} retransmitting data segment {count}")
    public void retransmitting(String network, String client, int number) {
        if (number < 1) {
            throw ScenarioError.of("data segment " + number + "; expected a segment number of 1 or more"
                    + " (the first data segment is 1)");
        }
        TcpConnection c = connection(network, client, conn -> conn.clientSegments().stream()
                .filter(s -> s.number() == number && !s.retransmissions().isEmpty()).findFirst());
        List<TcpConnection.Segment> segments = c.clientSegments();
        if (segments.size() < number) {
            throw ExpectationFailure.of("expected the capture of \"" + network + "\" to show \"" + client
                    + "\" retransmitting data segment " + number + ", but it sent only " + segments.size()
                    + " data segment(s) on " + c.describe());
        }
        TcpConnection.Segment s = segments.get(number - 1);
        if (s.retransmissions().isEmpty()) {
            throw ExpectationFailure.of("expected the capture of \"" + network + "\" to show \"" + client
                    + "\" retransmitting data segment " + number + " (seq " + c.relative(s.seq()) + ", " + s.length()
                    + " bytes), but it was sent once (" + s.first().fateText() + ")");
        }
        world.log("\"" + client + "\" sent data segment " + number + " (seq " + c.relative(s.seq()) + ", " + s.length()
                + " bytes) " + (1 + s.retransmissions().size()) + " times; first " + s.first().fateText());
    }

    @Then("the capture of {text} shows that the sequence numbers of {text} count the bytes it sent")
    public void sequenceNumbersCountBytes(String network, String client) {
        long sent = lab.client(client).bytesSent();
        TcpConnection c = connection(network, client, conn -> Optional.of(conn).filter(x -> x.clientBytes() >= sent));
        List<String> gaps = c.sequenceGaps();
        if (!gaps.isEmpty() || c.clientBytes() != sent) {
            throw ExpectationFailure.of("expected the sequence numbers of \"" + client + "\" to count the " + sent
                    + " bytes it sent, but " + (gaps.isEmpty() ? "they account for " + c.clientBytes() + " bytes"
                    : String.join("; ", gaps)) + " (" + c.describe() + ")");
        }
        world.log("the sequence numbers of \"" + client + "\" run from ISN + 1 over " + sent + " bytes in "
                + c.clientSegments().size() + " data segments: one number a byte, not a packet");
    }

    /** Waits (at most the scenario's wait) until the capture holds a zero-window stretch that long. */
    @Then("the capture of {text} shows the receiver of {text} advertising a zero window for at least {duration}")
    public void zeroWindow(String network, String client, Duration least) {
        TcpConnection c = connection(network, client, conn -> WindowStall.of(conn).filter(s -> s.length().compareTo(least) >= 0));
        world.log(WindowStall.require(c, least, "\"" + client + "\""));
    }

    /** The client's connection in the capture, once {@code ready} holds (or the default wait ran out). */
    private TcpConnection connection(String network, String clientName, java.util.function.Function<TcpConnection,
            Optional<?>> ready) {
        TcpClient client = lab.client(clientName);
        NetworkTreatment treatment = lab.treatment(network);
        CaptureRing ring = treatment.capture().orElseThrow();
        if (ring.total() == 0) {
            throw ScenarioError.of("the capture of \"" + network + "\" is empty: no frame crossed it;"
                    + " expected traffic between its hosts first");
        }
        InetSocketAddress local = client.localAddress();
        try {
            await("the connection of \"" + clientName + "\" in the capture of \"" + network + "\"")
                    .atMost(world.defaultWait()).pollInterval(Duration.ofMillis(20))
                    .until(() -> TcpConnections.ofClient(ring.frames(), local).flatMap(ready).isPresent());
        } catch (ConditionTimeoutException e) {
            world.log("waited " + Durations.format(world.defaultWait()) + " for the capture of \"" + network
                    + "\"; checking what it holds");
        }
        List<Captured> frames = ring.frames();
        return TcpConnections.ofClient(frames, local).orElseThrow(() -> ExpectationFailure.of("expected the capture of \""
                + network + "\" to hold the connection of \"" + clientName + "\" from " + Hosts.show(local)
                + ", but it has none; TCP connections in it: " + TcpConnections.of(frames).stream()
                .map(TcpConnection::describe).toList() + ring.limitNote().map(n -> " (" + n + ")").orElse("")));
    }

    /** Reads a growing count until it reaches {@code least} or the default wait runs out; returns the last reading. */
}
