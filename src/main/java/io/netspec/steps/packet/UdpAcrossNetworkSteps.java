package io.netspec.steps.packet;

import io.cucumber.java.en.Then;
import io.netspec.host.DroppedDatagrams;
import io.netspec.host.Host;
import io.netspec.packet.CaptureRing;
import io.netspec.socket.DatagramLedger;
import io.netspec.socket.SettledLedger;
import io.netspec.socket.UdpServer;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

import java.time.Duration;

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
        SettledLedger.atLeast(name, sink(name), least, "out of order", DatagramLedger.Snapshot::outOfOrder, settling(),
                world::log);
    }

    @Then("{text} received at least {count} datagrams twice")
    public void twice(String name, int least) {
        SettledLedger.atLeast(name, sink(name), least, "twice", DatagramLedger.Snapshot::duplicates, settling(), world::log);
    }

    @Then("{text} missed only the datagrams the network {text} dropped")
    public void missedOnlyDropped(String name, String network) {
        UdpServer sink = sink(name);
        CaptureRing ring = lab.treatment(network).capture().orElseThrow();
        DroppedDatagrams.missedOnlyDropped(name, sink, network, ring, world.all(Host.class), settling(), world::log);
    }

    private UdpServer sink(String name) {
        return world.lookup(name, UdpServer.class, "UDP sink server");
    }

    /** How long datagrams may keep arriving: five times the scenario's wait. */
    private Duration settling() {
        return world.defaultWait().multipliedBy(5);
    }
}
