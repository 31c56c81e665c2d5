package io.netspec.bench;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** A full Ethernet, IPv4 and TCP frame for benchmarks that feed a treatment without hosts (checksums left 0). */
final class TcpFrame {
    private TcpFrame() {
    }

    static byte[] of(InetSocketAddress from, InetSocketAddress to, int payload) {
        ByteBuffer f = ByteBuffer.allocate(14 + 20 + 20 + payload);
        f.put(new byte[] {2, 0, 0, 0, 0, 2}).put(new byte[] {2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload)).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) 6).putShort((short) 0).put(from.getAddress().getAddress())
                .put(to.getAddress().getAddress());
        f.putShort((short) from.getPort()).putShort((short) to.getPort()).putInt(1).putInt(1).put((byte) (5 << 4))
                .put((byte) 0x10).putShort((short) 64240).putShort((short) 0).putShort((short) 0);
        return f.array();
    }
}
