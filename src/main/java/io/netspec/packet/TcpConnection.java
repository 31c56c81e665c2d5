package io.netspec.packet;

import io.netspec.address.HostPort;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packets of one TCP connection in a capture, in capture order, with the client (the side that
 * sent the first SYN) told apart from the server. Sequence numbers count bytes: SYN and FIN count
 * one each, every payload byte one; this class reads a capture in those terms.
 */
public final class TcpConnection {
    /** The three packets that open a connection, as they crossed the network (the SYN that got through). */
    public record Handshake(Captured syn, Captured synAck, Captured ack) {
    }

    /** A data segment the client sent: its number (1 = first), its first transmission, and any retransmissions. */
    public record Segment(int number, Captured first, List<Captured> retransmissions) {
        public long seq() {
            return first.packet().seq();
        }

        public int length() {
            return first.packet().payloadLength();
        }
    }

    private final InetSocketAddress client;
    private final InetSocketAddress server;
    private final List<Captured> packets;

    TcpConnection(InetSocketAddress client, InetSocketAddress server, List<Captured> packets) {
        this.client = client;
        this.server = server;
        this.packets = List.copyOf(packets);
    }

    public InetSocketAddress client() {
        return client;
    }

    public InetSocketAddress server() {
        return server;
    }

    public List<Captured> packets() {
        return packets;
    }

    public boolean fromClient(Captured c) {
        return client.equals(c.packet().sourceEndpoint());
    }

    /** The client's initial sequence number, when its SYN is in the capture. */
    public Optional<Long> clientIsn() {
        return packets.stream().filter(c -> fromClient(c) && c.packet().isSyn()).findFirst().map(c -> c.packet().seq());
    }

    public Optional<Long> serverIsn() {
        return packets.stream().filter(c -> !fromClient(c) && c.packet().isSynAck()).findFirst()
                .map(c -> c.packet().seq());
    }

    /**
     * The window a segment advertised, in bytes: its window field shifted by its sender's window scale where
     * both SYN and SYN-ACK of this connection carried the option (RFC 7323; a SYN's own window is never
     * scaled); the field as it is where the handshake is not in the capture.
     */
    public long advertisedWindow(Captured c) {
        Packet p = c.packet();
        if (p.has(Packet.SYN)) {
            return p.window();
        }
        int clientScale = packets.stream().filter(x -> fromClient(x) && x.packet().isSyn()).findFirst()
                .map(x -> x.packet().windowScale()).orElse(-1);
        int serverScale = packets.stream().filter(x -> !fromClient(x) && x.packet().isSynAck()).findFirst()
                .map(x -> x.packet().windowScale()).orElse(-1);
        if (clientScale < 0 || serverScale < 0) {
            return p.window();
        }
        return (long) p.window() << (fromClient(c) ? clientScale : serverScale);
    }

    /** The handshake that opened the connection: the SYN the server answered, its SYN-ACK, and the client's ACK of it. */
    public Optional<Handshake> handshake() {
        Captured synAck = null;
        Captured syn = null;
        for (Captured c : packets) {
            Packet p = c.packet();
            if (fromClient(c) && p.isSyn() && c.fate() != Fate.DROPPED && synAck == null) {
                syn = c;
            } else if (!fromClient(c) && p.isSynAck() && syn != null && p.ack() == syn.packet().seqEnd()
                    && c.fate() != Fate.DROPPED) {
                synAck = c;
            } else if (fromClient(c) && synAck != null && p.has(Packet.ACK) && !p.has(Packet.SYN)
                    && p.ack() == synAck.packet().seqEnd() && p.seq() == syn.packet().seqEnd()) {
                return Optional.of(new Handshake(syn, synAck, c));
            }
        }
        return Optional.empty();
    }

    /** The SYNs the client sent, dropped ones included, in order. */
    public List<Captured> syns() {
        return packets.stream().filter(c -> fromClient(c) && c.packet().isSyn()).toList();
    }

    /**
     * The client's data segments: a segment whose sequence number is at or past the highest the
     * client had sent is a first transmission (numbered from 1); one below it is a retransmission of
     * the segment whose bytes it repeats.
     */
    public List<Segment> clientSegments() {
        List<Segment> segments = new ArrayList<>();
        List<List<Captured>> again = new ArrayList<>();
        long next = -1;
        for (Captured c : packets) {
            Packet p = c.packet();
            if (!fromClient(c) || !p.isData()) {
                continue;
            }
            if (next < 0 || (int) (p.seq() - next) >= 0) {
                again.add(new ArrayList<>());
                segments.add(new Segment(segments.size() + 1, c, again.get(again.size() - 1)));
                next = p.seqEnd();
                continue;
            }
            for (int i = segments.size() - 1; i >= 0; i--) {
                Segment s = segments.get(i);
                if ((int) (p.seq() - s.seq()) >= 0 && (int) (p.seq() - (s.seq() + s.length())) < 0) {
                    again.get(i).add(c);
                    break;
                }
            }
        }
        List<Segment> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            result.add(new Segment(s.number(), s.first(), List.copyOf(again.get(i))));
        }
        return result;
    }

    /**
     * Where the client's sequence numbers do not count its bytes: the first data byte is not ISN + 1,
     * or a first transmission does not start where the one before it ended. Empty when they count.
     */
    public List<String> sequenceGaps() {
        List<String> gaps = new ArrayList<>();
        Optional<Long> isn = clientIsn();
        List<Segment> segments = clientSegments();
        long expected = isn.map(i -> (i + 1) & 0xFFFF_FFFFL).orElse(segments.isEmpty() ? 0 : segments.get(0).seq());
        for (Segment s : segments) {
            if (s.seq() != expected) {
                gaps.add("data segment " + s.number() + " starts at sequence number " + relative(s.seq())
                        + ", expected " + relative(expected) + " (the bytes before it counted one each)");
            }
            expected = (s.seq() + s.length()) & 0xFFFF_FFFFL;
        }
        return gaps;
    }

    /** Bytes the client's sequence numbers account for: from ISN + 1 to the end of its last data segment. */
    public long clientBytes() {
        List<Segment> segments = clientSegments();
        if (segments.isEmpty()) {
            return 0;
        }
        Segment last = segments.get(segments.size() - 1);
        long start = clientIsn().map(i -> i + 1).orElse(segments.get(0).seq());
        return (last.seq() + last.length() - start) & 0xFFFF_FFFFL;
    }

    /** A client sequence number relative to its ISN (as Wireshark shows it), or as is without a SYN. */
    public long relative(long seq) {
        return clientIsn().map(i -> (seq - i) & 0xFFFF_FFFFL).orElse(seq);
    }

    public String describe() {
        return "TCP " + endpoint(client) + " -> " + endpoint(server) + " (" + packets.size() + " packets)";
    }

    static String endpoint(InetSocketAddress a) {
        return HostPort.show(a);
    }
}
