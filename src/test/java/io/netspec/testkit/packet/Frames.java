package io.netspec.testkit.packet;

import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.PacketDecoder;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Builds real Ethernet frames byte by byte (with correct IPv4 header checksums) for the tests. */
public final class Frames {
    public static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x0a};
    public static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x0b};

    private Frames() {
    }

    public static InetSocketAddress at(String address, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(address), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    public static byte[] tcp(InetSocketAddress from, InetSocketAddress to, int flags, long seq, long ack, int payload) {
        ByteBuffer t = ByteBuffer.allocate(20 + payload);
        t.putShort((short) from.getPort()).putShort((short) to.getPort()).putInt((int) seq).putInt((int) ack)
                .put((byte) (5 << 4)).put((byte) flags).putShort((short) 64240).putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < payload; i++) {
            t.put((byte) ('a' + i % 26));
        }
        return ip(from.getAddress(), to.getAddress(), 6, t.array());
    }

    /** A TCP segment advertising {@code window}; with a window scale option of {@code scale} when it is 0 or more. */
    public static byte[] tcp(InetSocketAddress from, InetSocketAddress to, int flags, long seq, long ack, int payload, int window,
                      int scale) {
        int header = scale >= 0 ? 24 : 20;
        ByteBuffer t = ByteBuffer.allocate(header + payload);
        t.putShort((short) from.getPort()).putShort((short) to.getPort()).putInt((int) seq).putInt((int) ack)
                .put((byte) ((header / 4) << 4)).put((byte) flags).putShort((short) window).putShort((short) 0).putShort((short) 0);
        if (scale >= 0) {
            t.put((byte) 1).put((byte) 3).put((byte) 3).put((byte) scale);
        }
        return ip(from.getAddress(), to.getAddress(), 6, t.array());
    }

    public static byte[] udp(InetSocketAddress from, InetSocketAddress to, int payload) {
        ByteBuffer u = ByteBuffer.allocate(8 + payload);
        u.putShort((short) from.getPort()).putShort((short) to.getPort()).putShort((short) (8 + payload)).putShort((short) 0);
        return ip(from.getAddress(), to.getAddress(), 17, u.array());
    }

    public static byte[] ip(InetAddress from, InetAddress to, int protocol, byte[] payload) {
        boolean v6 = from.getAddress().length == 16;
        ByteBuffer f = ByteBuffer.allocate(14 + (v6 ? 40 : 20) + payload.length);
        f.put(MAC_B).put(MAC_A).putShort((short) (v6 ? 0x86DD : 0x0800));
        if (v6) {
            f.putInt(0x6000_0000).putShort((short) payload.length).put((byte) protocol).put((byte) 64)
                    .put(from.getAddress()).put(to.getAddress());
        } else {
            int start = f.position();
            f.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 1)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) protocol).putShort((short) 0)
                    .put(from.getAddress()).put(to.getAddress());
            f.putShort(start + 10, checksum(f.array(), start, 20));
        }
        f.put(payload);
        return f.array();
    }

    public static byte[] arpRequest(String sender, String target) throws Exception {
        ByteBuffer f = ByteBuffer.allocate(42);
        f.put(new byte[] {-1, -1, -1, -1, -1, -1}).put(MAC_A).putShort((short) 0x0806)
                .putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1)
                .put(MAC_A).put(InetAddress.getByName(sender).getAddress()).put(new byte[6])
                .put(InetAddress.getByName(target).getAddress());
        return f.array();
    }

    private static short checksum(byte[] b, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (short) ~sum;
    }

    public static Captured captured(long nanos, byte[] frame, Fate fate) {
        return new Captured(nanos, "a", "b", frame, PacketDecoder.decode(frame), fate, "");
    }
}
