package io.netspec.steps.packet;

import io.cucumber.java.After;
import io.netspec.host.Host;
import io.netspec.host.NetworkReports;
import io.netspec.socket.UdpServer;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

/**
 * Every network captures from the step that made it on (HostSteps gives it its treatment); after a
 * scenario with networks, each one's capture is attached as a pcap file (Wireshark, tcpdump and tshark
 * open it), a packet table and a ladder diagram per TCP connection, beside what the network was set to
 * do and each host's own TCP and UDP counters ({@link NetworkReports}). Runs before the World closes the
 * networks (order above 0).
 */
public final class PacketHooks {
    private final World world;
    private final PacketLab lab;

    public PacketHooks(World world, PacketLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @After(order = 110)
    public void attachCaptures() {
        NetworkReports.attach(lab.networks(), lab::treatment, world.all(Host.class), world.all(UdpServer.class), world);
    }
}
