package io.netspec.steps.packet;

import io.cucumber.java.After;
import io.netspec.core.NetspecFailure;
import io.netspec.host.Host;
import io.netspec.host.KernelCounters;
import io.netspec.host.Network;
import io.netspec.packet.AttachedCapture;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.LadderSvg;
import io.netspec.packet.NetworkTreatment;
import io.netspec.packet.PacketTable;
import io.netspec.packet.Pcap;
import io.netspec.packet.TcpConnection;
import io.netspec.packet.TcpConnections;
import io.netspec.socket.UdpServer;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Every network captures from the step that made it on (HostSteps gives it its treatment); after a
 * scenario with networks, each one's capture is attached as a pcap file (Wireshark, tcpdump and tshark
 * open it), a packet table and a ladder diagram per TCP connection, beside what the network was set to
 * do and each host's own TCP and UDP counters. Runs before the World closes the networks (order above 0).
 */
public final class PacketHooks {
    /** Ladders beyond this many connections are left out (the pcap and the table have them all). */
    static final int MAX_LADDERS = 20;

    private final World world;
    private final PacketLab lab;

    public PacketHooks(World world, PacketLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @After(order = 110)
    public void attachCaptures() {
        for (Network network : lab.networks()) {
            NetworkTreatment treatment = lab.treatment(network);
            CaptureRing ring = treatment.capture().orElseThrow();
            List<Captured> frames = ring.frames();
            String name = network.name();
            StringBuilder summary = new StringBuilder(treatment.describe()).append('\n')
                    .append(treatment.counts().describe()).append('\n')
                    .append("frames the switch itself could not write (TAP queue full): ").append(network.switchDrops())
                    .append('\n');
            ring.limitNote().ifPresent(n -> summary.append(n).append('\n'));
            treatment.wakeLatency().ifPresent(w -> summary.append("while frames waited: ").append(w).append('\n'));
            treatment.failure().ifPresent(f -> summary.append("a delayed frame could not be delivered: ").append(f)
                    .append('\n'));
            world.attach("what \"" + name + "\" did to its packets", summary.toString());
            if (frames.isEmpty()) {
                continue;
            }
            AttachedCapture attached = AttachedCapture.of(frames);
            String notes = ring.limitNote().map(n -> n + "\n").orElse("") + attached.note().map(n -> n + "\n").orElse("");
            world.attach("capture of \"" + name + "\" (pcap)", "application/vnd.tcpdump.pcap",
                    Pcap.bytes(ring, attached.frames(), attached.snapLength()));
            world.attach("packets of \"" + name + "\"", notes + PacketTable.text(attached.frames()));
            List<TcpConnection> connections = TcpConnections.of(frames);
            for (TcpConnection c : connections.subList(0, Math.min(MAX_LADDERS, connections.size()))) {
                String client = lab.nameOf(c.client().getAddress());
                String server = lab.nameOf(c.server().getAddress());
                world.attach(LadderSvg.caption(c, client, server, name), "image/svg+xml",
                        LadderSvg.render(c, client, server, name).getBytes(StandardCharsets.UTF_8));
            }
        }
        attachHostCounters();
        for (Network network : lab.networks()) {
            lab.treatment(network).failure().ifPresent(f -> {
                throw NetspecFailure.of("the network \"" + network.name() + "\" could not deliver a delayed"
                        + " frame: " + f.getMessage(), f);
            });
        }
    }

    private void attachHostCounters() {
        StringBuilder text = new StringBuilder();
        for (Host host : world.all(Host.class)) {
            Map<String, Long> c = KernelCounters.snmp(host);
            text.append("host \"").append(host.name()).append("\": TCP segments out ").append(c.get("Tcp.OutSegs"))
                    .append(", retransmitted ").append(c.get("Tcp.RetransSegs")).append("; UDP datagrams in ")
                    .append(c.get("Udp.InDatagrams")).append(", dropped by the host for a full receive buffer ")
                    .append(c.get("Udp.RcvbufErrors")).append(" (RcvbufErrors)\n");
        }
        // A UDP sink on a host: its ledger beside what its own host dropped for a full receive buffer,
        // so the network's drops are told from the receiver's.
        for (UdpServer sink : world.all(UdpServer.class)) {
            lab.hostAt(sink.address().getAddress()).ifPresent(host -> text.append("UDP server \"")
                    .append(sink.name()).append("\" on host \"").append(host.name()).append("\": ledger ")
                    .append(sink.ledger().snapshot()).append("; its host dropped ")
                    .append(KernelCounters.counter(host, "Udp.RcvbufErrors"))
                    .append(" datagrams for a full receive buffer (UdpRcvbufErrors, all of the host's sockets)\n"));
        }
        if (!text.isEmpty()) {
            world.attach("hosts' own TCP and UDP counters (/proc/net/snmp of each)", text.toString());
        }
    }
}
