package io.netspec.steps.packet;

import io.cucumber.java.en.Then;
import io.netspec.host.Retransmissions;
import io.netspec.measure.TimingCheck;
import io.netspec.packet.CaptureChecks;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.TcpConnection;
import io.netspec.packet.WindowStall;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

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
        world.log(CaptureChecks.handshake(connection(network, client, TcpConnection::handshake), network, client));
    }

    @Then("the capture of {text} shows {text} retransmitting data segment {count}")
    public void retransmitting(String network, String client, int number) {
        TcpConnection c = connection(network, client, CaptureChecks.retransmitted(CaptureChecks.segmentNumber(number)));
        world.log(CaptureChecks.retransmitting(c, network, client, number));
    }

    @Then("the capture of {text} shows that the sequence numbers of {text} count the bytes it sent")
    public void sequenceNumbersCountBytes(String network, String client) {
        long sent = lab.client(client).bytesSent();
        TcpConnection c = connection(network, client, CaptureChecks.carried(sent));
        world.log(CaptureChecks.sequenceNumbersCount(c, client, sent));
    }

    /** Waits (at most the scenario's wait) until the capture holds a zero-window stretch that long. */
    @Then("the capture of {text} shows the receiver of {text} advertising a zero window for at least {duration}")
    public void zeroWindow(String network, String client, Duration least) {
        TcpConnection c = connection(network, client, conn -> WindowStall.of(conn).filter(s -> s.length().compareTo(least) >= 0));
        world.log(WindowStall.require(c, least, "\"" + client + "\""));
    }

    /** The client's connection in the capture, once {@code ready} holds (or the default wait ran out). */
    private TcpConnection connection(String network, String clientName, Function<TcpConnection, Optional<?>> ready) {
        InetSocketAddress local = lab.client(clientName).localAddress();
        CaptureRing ring = lab.treatment(network).capture().orElseThrow();
        return CaptureChecks.connection(ring, network, clientName, local, ready, world.defaultWait(), world::log);
    }
}
