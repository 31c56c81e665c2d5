package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The sending end of the reference reliable-delivery protocol: a sliding window of numbered DATA
 * datagrams; each one not acknowledged within the retransmission timeout is sent again, until the
 * cumulative acknowledgement passes it. Lost data and lost acknowledgements both end in a resend.
 */
public final class ReliableSender {
    /** How a transfer went. */
    public record Report(int messages, long datagramsSent, long retransmissions, Duration elapsed) {
        public String describe() {
            return messages + " messages in " + elapsed.toMillis() + " ms: " + datagramsSent + " DATA datagrams sent, "
                    + retransmissions + " of them retransmissions";
        }
    }

    private final int window;
    private final Duration retransmitAfter;

    public ReliableSender(int window, Duration retransmitAfter) {
        if (window < 1) {
            throw ScenarioError.of("a window of " + window + " datagrams; expected 1 or more");
        }
        this.window = window;
        this.retransmitAfter = retransmitAfter;
    }

    /** The defaults the scenarios use: 32 datagrams in flight, resend after 20 ms (loopback round trips are far shorter). */
    public static ReliableSender standard() {
        return new ReliableSender(32, Duration.ofMillis(20));
    }

    /** Message {@code i} is the text "message i". */
    public static byte[] message(int i) {
        return ("message " + i).getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends messages 0 to {@code count - 1} to {@code target}, failing if they are not all acknowledged within {@code within}. */
    public Report send(Target target, int count, Duration within) throws IOException {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        long[] sentAt = new long[count];
        long sent = 0;
        long resent = 0;
        int base = 0;
        int next = 0;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout(2);
            byte[] ackBuf = new byte[16];
            DatagramPacket ack = new DatagramPacket(ackBuf, ackBuf.length);
            while (base < count) {
                long now = System.nanoTime();
                if (now > deadline) {
                    throw NetspecFailure.of("the reliable-delivery sender had " + base + " of " + count
                            + " messages acknowledged by " + target.describe() + " after " + within.toMillis()
                            + " ms (" + sent + " datagrams sent, " + resent + " retransmissions)");
                }
                for (int seq = base; seq < Math.min(count, base + window); seq++) {
                    boolean fresh = seq >= next;
                    if (fresh || now - sentAt[seq] >= retransmitAfter.toNanos()) {
                        byte[] payload = message(seq);
                        ByteBuffer data = ByteBuffer.allocate(5 + payload.length).put(ReliableReceiver.DATA).putInt(seq)
                                .put(payload);
                        socket.send(new DatagramPacket(data.array(), data.capacity(), target.address()));
                        sentAt[seq] = now;
                        sent++;
                        if (fresh) {
                            next = seq + 1;
                        } else {
                            resent++;
                        }
                    }
                }
                try {
                    ack.setLength(ackBuf.length);
                    socket.receive(ack);
                    ByteBuffer in = ByteBuffer.wrap(ack.getData(), 0, ack.getLength());
                    if (ack.getLength() == 5 && in.get() == ReliableReceiver.ACK) {
                        base = Math.max(base, in.getInt());
                    }
                } catch (SocketTimeoutException e) {
                    continue; // no acknowledgement yet: the loop checks the timers again
                }
            }
        }
        return new Report(count, sent, resent, Duration.ofNanos(System.nanoTime() - start));
    }
}
