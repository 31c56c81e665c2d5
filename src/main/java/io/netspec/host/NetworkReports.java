package io.netspec.host;

import io.netspec.core.Evidence;
import io.netspec.core.NetspecFailure;
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

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a scenario's networks did, for its report: per network what it was set to do and counted, its
 * capture as a pcap file, a packet table and a ladder diagram per TCP connection; then each host's own
 * TCP and UDP counters, and each UDP sink's ledger beside what its host dropped.
 */
public final class NetworkReports {
    /** Ladders beyond this many connections are left out (the pcap and the table have them all). */
    public static final int MAX_LADDERS = 20;

    private NetworkReports() {
    }

    /**
     * Attaches what each of {@code networks} did (its treatment from {@code treatment}) and the hosts'
     * counters; fails afterwards, with the first such network, when a network could not deliver a delayed frame.
     */
    public static void attach(List<Network> networks, Function<Network, NetworkTreatment> treatment, List<Host> hosts,
                              List<UdpServer> sinks, Evidence evidence) {
        for (Network network : networks) {
            attach(network, treatment.apply(network), a -> AddressOwners.nameOf(networks, a), evidence);
        }
        attachHostCounters(hosts, sinks, evidence);
        for (Network network : networks) {
            treatment.apply(network).failure().ifPresent(f -> {
                throw NetspecFailure.of("the network \"" + network.name() + "\" could not deliver a delayed"
                        + " frame: " + f.getMessage(), f);
            });
        }
    }

    private static void attach(Network network, NetworkTreatment treatment,
                               Function<InetAddress, String> nameOf, Evidence evidence) {
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
        evidence.attach("what \"" + name + "\" did to its packets", summary.toString());
        if (frames.isEmpty()) {
            return;
        }
        AttachedCapture attached = AttachedCapture.of(frames);
        String notes = ring.limitNote().map(n -> n + "\n").orElse("") + attached.note().map(n -> n + "\n").orElse("");
        evidence.attach("capture of \"" + name + "\" (pcap)", "application/vnd.tcpdump.pcap",
                Pcap.bytes(ring, attached.frames(), attached.snapLength()));
        evidence.attach("packets of \"" + name + "\"", notes + PacketTable.text(attached.frames()));
        List<TcpConnection> connections = TcpConnections.of(frames);
        for (TcpConnection c : connections.subList(0, Math.min(MAX_LADDERS, connections.size()))) {
            String client = nameOf.apply(c.client().getAddress());
            String server = nameOf.apply(c.server().getAddress());
            evidence.attach(LadderSvg.caption(c, client, server, name), "image/svg+xml",
                    LadderSvg.render(c, client, server, name).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void attachHostCounters(List<Host> hosts, List<UdpServer> sinks, Evidence evidence) {
        StringBuilder text = new StringBuilder();
        for (Host host : hosts) {
            Map<String, Long> c = KernelCounters.snmp(host);
            text.append("host \"").append(host.name()).append("\": TCP segments out ").append(c.get("Tcp.OutSegs"))
                    .append(", retransmitted ").append(c.get("Tcp.RetransSegs")).append("; UDP datagrams in ")
                    .append(c.get("Udp.InDatagrams")).append(", dropped by the host for a full receive buffer ")
                    .append(c.get("Udp.RcvbufErrors")).append(" (RcvbufErrors)\n");
        }
        // A UDP sink on a host: its ledger beside what its own host dropped for a full receive buffer,
        // so the network's drops are told from the receiver's.
        for (UdpServer sink : sinks) {
            AddressOwners.hostAt(hosts, sink.address().getAddress()).ifPresent(host -> text.append("UDP server \"")
                    .append(sink.name()).append("\" on host \"").append(host.name()).append("\": ledger ")
                    .append(sink.ledger().snapshot()).append("; its host dropped ")
                    .append(KernelCounters.counter(host, "Udp.RcvbufErrors"))
                    .append(" datagrams for a full receive buffer (UdpRcvbufErrors, all of the host's sockets)\n"));
        }
        if (!text.isEmpty()) {
            evidence.attach("hosts' own TCP and UDP counters (/proc/net/snmp of each)", text.toString());
        }
    }
}
