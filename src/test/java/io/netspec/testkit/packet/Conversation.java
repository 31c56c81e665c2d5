package io.netspec.testkit.packet;

import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.Packet;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static io.netspec.packet.Packet.ACK;
import static io.netspec.packet.Packet.FIN;
import static io.netspec.packet.Packet.PSH;
import static io.netspec.packet.Packet.SYN;

/**
 * A TCP conversation built frame by frame: a handshake (client ISN 1000, server ISN 5000), five data
 * segments of 100 bytes from the client (segment 3 dropped on its first transmission and sent again
 * after segment 5), the server's ACKs, and a FIN each way.
 */
public final class Conversation {
    public static final InetSocketAddress CLIENT = Frames.at("192.168.1.10", 40000);
    public static final InetSocketAddress SERVER = Frames.at("192.168.1.20", 7);

    private final List<Captured> frames = new ArrayList<>();
    private long nanos = 1_000_000_000L;

    public static List<Captured> withSegment3Lost() {
        Conversation c = new Conversation();
        c.client(SYN, 1000, 0, 0, Fate.PASSED);
        c.server(SYN | ACK, 5000, 1001, 0);
        c.client(ACK, 1001, 5001, 0, Fate.PASSED);
        c.client(PSH | ACK, 1001, 5001, 100, Fate.PASSED);
        c.client(PSH | ACK, 1101, 5001, 100, Fate.PASSED);
        c.client(PSH | ACK, 1201, 5001, 100, Fate.DROPPED);
        c.client(PSH | ACK, 1301, 5001, 100, Fate.PASSED);
        c.client(PSH | ACK, 1401, 5001, 100, Fate.PASSED);
        c.server(ACK, 5001, 1201, 0);
        c.client(PSH | ACK, 1201, 5001, 100, Fate.PASSED);
        c.server(ACK, 5001, 1501, 0);
        c.client(FIN | ACK, 1501, 5001, 0, Fate.PASSED);
        c.server(FIN | ACK, 5001, 1502, 0);
        c.client(ACK, 1502, 5002, 0, Fate.PASSED);
        return c.frames;
    }

    public List<Captured> frames() {
        return frames;
    }

    public void client(int flags, long seq, long ack, int length, Fate fate) {
        frames.add(Frames.captured(nanos += 1_000_000, Frames.tcp(CLIENT, SERVER, flags, seq, ack, length), fate));
    }

    public void server(int flags, long seq, long ack, int length) {
        frames.add(Frames.captured(nanos += 1_000_000, Frames.tcp(SERVER, CLIENT, flags, seq, ack, length),
                Fate.PASSED));
    }
}
