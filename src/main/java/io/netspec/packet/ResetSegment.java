package io.netspec.packet;

import java.nio.ByteBuffer;

/**
 * The TCP reset a firewall that rejects sends for a SYN, made as the host behind it would (RFC 793,
 * "Reset Generation", a segment to a closed port): from the SYN's destination to its source, sequence
 * number 0, RST and ACK set, acknowledging the SYN's sequence number plus its length (the SYN counts
 * one), window 0, no options; IPv4 (DF, TTL 64) or IPv6 (hop limit 64), checksums computed, Ethernet
 * addresses swapped (so behind a router the reset goes back to the router, which forwards it). The
 * client's kernel takes it as "connection refused" at once.
 */
final class ResetSegment {
    private static final int TCP_HEADER = 20;

    private ResetSegment() {
    }

    /** The reset answering {@code syn}, read as {@code packet} (an IPv4 or IPv6 TCP SYN). */
    static byte[] answering(byte[] syn, Packet packet) {
        boolean v6 = packet.source().getAddress().length == 16;
        int link = ((syn[12] & 0xFF) << 8 | syn[13] & 0xFF) == 0x8100 ? 18 : 14;
        int ipHeader = v6 ? 40 : 20;
        ByteBuffer f = ByteBuffer.allocate(link + ipHeader + TCP_HEADER);
        f.put(syn, 6, 6).put(syn, 0, 6).put(syn, 12, link - 12);
        byte[] from = packet.destination().getAddress();
        byte[] to = packet.source().getAddress();
        int ip = f.position();
        if (v6) {
            f.putInt(0x6000_0000).putShort((short) TCP_HEADER).put((byte) 6).put((byte) 64).put(from).put(to);
        } else {
            f.put((byte) 0x45).put((byte) 0).putShort((short) (20 + TCP_HEADER)).putShort((short) 0)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0).put(from).put(to);
            f.putShort(ip + 10, fold(sum(f.array(), ip, 20, 0)));
        }
        int tcp = f.position();
        f.putShort((short) packet.destinationPort()).putShort((short) packet.sourcePort()).putInt(0)
                .putInt((int) packet.seqEnd()).put((byte) (5 << 4)).put((byte) (Packet.RST | Packet.ACK))
                .putShort((short) 0).putShort((short) 0).putShort((short) 0);
        long pseudo = sum(from, 0, from.length, 0);
        pseudo = sum(to, 0, to.length, pseudo) + 6 + TCP_HEADER;
        f.putShort(tcp + 16, fold(sum(f.array(), tcp, TCP_HEADER, pseudo)));
        return f.array();
    }

    /** The one's-complement sum of 16-bit words (RFC 1071), added to {@code sum}. */
    static long sum(byte[] b, int from, int length, long sum) {
        for (int i = from; i < from + length - 1; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        if ((length & 1) == 1) {
            sum += (b[from + length - 1] & 0xFF) << 8;
        }
        return sum;
    }

    /** The checksum of a sum: carries folded in, then complemented. */
    static short fold(long sum) {
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
