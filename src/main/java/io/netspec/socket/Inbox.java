package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Settings;
import io.netspec.text.Payload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The receiving side of a stream client: the one place that reads its socket. It keeps what arrived and
 * was not taken yet, records every read in the client's ledger, and knows how the peer's side stands
 * ({@link PeerEnd}) from the reads themselves. Waits are bounded by a deadline; a failure to wait is
 * reported in one way, naming the client.
 */
final class Inbox {
    private static final int CHUNK = 64 * 1024;
    /**
     * How long a receive first polls the socket (non-blocking reads, yielding the core between them)
     * before it waits in the selector: an answer on loopback usually comes within this time, and
     * waking from epoll costs a few microseconds more than finding the bytes already there. Measured
     * on 2 shared cores: 20 µs with a yield came within 4% of a blocking read at the median and held up
     * under load, where busy-waiting without yielding did not (see docs/performance.md).
     * {@code -Dnetspec.socket.spinMicros=0} turns it off ({@link Settings.Knob#SPIN_MICROS}).
     */
    static final long SPIN_NANOS = Settings.system().number(Settings.Knob.SPIN_MICROS, 20) * 1000;

    private final String owner;
    private final SocketChannel channel;
    private final Selector selector;
    private final StreamLedger received;
    private final Transcript transcript;
    private final CallLog calls;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(CHUNK);
    private byte[] bytes = new byte[256];
    private int start;
    private int end;
    private PeerEnd peerEnd = PeerEnd.OPEN;
    private String failure;

    Inbox(String owner, SocketChannel channel, Selector selector, StreamLedger received, Transcript transcript,
          CallLog calls) {
        this.owner = owner;
        this.channel = channel;
        this.selector = selector;
        this.received = received;
        this.transcript = transcript;
        this.calls = calls;
    }

    /** True once the peer closed or reset its side: nothing more will arrive. */
    boolean ended() {
        return peerEnd != PeerEnd.OPEN;
    }

    PeerEnd peerEnd() {
        return peerEnd;
    }

    /** Reads whatever the socket has now without waiting. */
    void drain() {
        while (!ended()) {
            readBuffer.clear();
            int n;
            try {
                n = channel.read(readBuffer);
            } catch (IOException e) {
                calls.note("read");  // a read that failed is a read(2) all the same
                peerEnd = PeerEnd.RESET;
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                transcript.event("read() failed: " + e.getMessage());
                return;
            }
            if (n < 0) {
                calls.note("read");  // as is one that found the end of the stream
                peerEnd = PeerEnd.CLOSED;
                transcript.event("read() → end of stream: the peer closed its side");
                return;
            }
            if (n == 0) {
                return;
            }
            calls.note("read");
            boolean more = n == readBuffer.capacity();
            received.read(readBuffer.array(), n);
            append(readBuffer.array(), n);
            if (!more) {
                // A short read emptied the socket's queue: another read now would only cost a system call.
                return;
            }
        }
    }

    private void append(byte[] from, int n) {
        if (end + n > bytes.length) {
            int held = end - start;
            byte[] bigger = held + n > bytes.length / 2 ? new byte[Math.max(bytes.length * 2, held + n)] : bytes;
            System.arraycopy(bytes, start, bigger, 0, held);
            bytes = bigger;
            start = 0;
            end = held;
        }
        System.arraycopy(from, 0, bytes, end, n);
        end += n;
    }

    /** Waits until {@code count} bytes are held, or the peer's side ended, or the deadline; reads as they come. */
    void await(long count, long deadline) {
        try {
            awaitOrFail(count, deadline);
        } catch (IOException e) {
            throw NetspecFailure.of(owner + " could not read: " + e.getMessage(), e);
        }
    }

    private void awaitOrFail(long count, long deadline) throws IOException {
        SelectionKey key = channel.keyFor(selector);
        if (key.interestOps() != SelectionKey.OP_READ && !ended()) {
            key.interestOps(SelectionKey.OP_READ);
        }
        if (held() < count && !ended() && SPIN_NANOS > 0) {
            // Poll first: the answer to a request on loopback is usually there within microseconds.
            // Yield rather than busy-wait: on a busy machine the peer may need this very core.
            long spinEnd = Math.min(deadline, System.nanoTime() + SPIN_NANOS);
            do {
                drain();
                if (held() >= count || ended()) {
                    break;
                }
                Thread.yield();
            } while (System.nanoTime() - spinEnd < 0);
        }
        while (held() < count && !ended()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                drain();
                return;
            }
            // Wait for the socket to become readable first: reading an empty socket only costs a system call.
            if (selector.select(Math.max(1, left / 1_000_000)) > 0) {
                selector.selectedKeys().clear();
                drain();
            }
        }
        if (ended() && key.isValid()) {
            key.interestOps(0);
        }
    }

    /** Bytes read and not taken yet. */
    int held() {
        return end - start;
    }

    /** A copy of the bytes held, left in place. */
    byte[] peek() {
        return Arrays.copyOfRange(bytes, start, end);
    }

    /** Takes the first {@code n} bytes held. */
    byte[] take(int n) {
        byte[] got = Arrays.copyOfRange(bytes, start, start + n);
        start += n;
        return got;
    }

    /** Takes every byte held and returns the first {@code keep} of them. */
    byte[] takeAll(int keep) {
        byte[] head = Arrays.copyOfRange(bytes, start, start + Math.min(held(), keep));
        start = end;
        return head;
    }

    /** How the peer's side ended, for the end of a message; empty while it is open. */
    String ending() {
        return switch (peerEnd) {
            case RESET -> "; the connection failed: " + failure;
            case CLOSED -> "; the peer closed the connection";
            case OPEN -> "";
        };
    }

    /** What was held, for a message: "it had no bytes" or "it had 3 bytes: …". */
    String seen() {
        byte[] got = peek();
        return got.length == 0 ? "it had no bytes"
                : "it had " + got.length + (got.length == 1 ? " byte: " : " bytes: ") + Payload.describe(got);
    }
}
