package io.netspec.fault;

import io.netspec.address.HostPort;
import io.netspec.core.Threads;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The receiving end of the reference reliable-delivery protocol over UDP, the way TCP does it:
 * every DATA datagram carries a sequence number; the receiver keeps early arrivals aside, hands
 * messages over strictly in order, drops copies it already has, and answers each datagram with a
 * cumulative acknowledgement (the next sequence number it wants). See {@link ReliableSender}.
 */
public final class ReliableReceiver implements Target, AutoCloseable {
    static final byte DATA = 1;
    static final byte ACK = 2;

    private final String name;
    private final DatagramSocket socket;
    private final TreeMap<Integer, byte[]> early = new TreeMap<>();
    private final List<byte[]> delivered = new ArrayList<>();
    private int expected;
    private long datagrams;
    private long copies;
    private volatile String failure;
    private final Thread loop;

    public ReliableReceiver(String name) throws IOException {
        this.name = name;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.loop = Threads.start("reliable-receiver", name, this::run);
    }

    private void run() {
        ReceiveLoop.run(socket, this::answer,
                e -> failure = "the reliable-delivery receiver \"" + name + "\" stopped receiving: " + e);
    }

    private void answer(DatagramPacket p) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(p.getData(), 0, p.getLength());
        if (p.getLength() < 5 || in.get() != DATA) {
            return; // not ours: the protocol ignores what it cannot parse, as TCP drops bad segments
        }
        int seq = in.getInt();
        byte[] payload = new byte[in.remaining()];
        in.get(payload);
        int ack = accept(seq, payload);
        ByteBuffer out = ByteBuffer.allocate(5).put(ACK).putInt(ack);
        socket.send(new DatagramPacket(out.array(), 5, p.getSocketAddress()));
    }

    private synchronized int accept(int seq, byte[] payload) {
        datagrams++;
        if (seq < expected || early.containsKey(seq)) {
            copies++;
        } else {
            early.put(seq, payload);
            while (early.containsKey(expected)) {
                delivered.add(early.remove(expected));
                expected++;
            }
        }
        return expected;
    }

    /** The messages handed over, in the order they were. */
    public synchronized List<byte[]> delivered() {
        return List.copyOf(delivered);
    }

    /**
     * Where the messages handed over differ from the sender's messages 0 to {@code count - 1}, as
     * {@code " position 3 held \"message 4\";"} per wrong position (shortened); empty when none differ.
     */
    public synchronized String wrongPositions(int count) {
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < Math.min(count, delivered.size()) && wrong.length() < 300; i++) {
            if (!Arrays.equals(delivered.get(i), ReliableSender.message(i))) {
                wrong.append(" position ").append(i).append(" held \"")
                        .append(new String(delivered.get(i), StandardCharsets.US_ASCII)).append("\";");
            }
        }
        return wrong.toString();
    }

    /** Why the receiver stopped before it was closed, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public synchronized long datagrams() {
        return datagrams;
    }

    public synchronized long copies() {
        return copies;
    }

    @Override
    public SocketAddress address() {
        return socket.getLocalSocketAddress();
    }

    @Override
    public String describe() {
        return "the reliable-delivery receiver \"" + name + "\" (" + HostPort.show(socket.getLocalSocketAddress()) + ")";
    }

    @Override
    public void close() {
        socket.close();
        Threads.join(loop, Threads.JOIN_BOUND, describe());
    }
}
