package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The sending side of a stream client: writes every byte by a deadline and, while the socket is full,
 * keeps reading through the client's {@link Inbox}, so a client never deadlocks against an echo server
 * however much it sends. Every byte written is recorded in the client's ledger.
 */
final class Sender {
    /** Sends at least this large go through the sender's own direct buffer of {@link #DIRECT_OUT} bytes. */
    private static final int DIRECT_FROM = 16 * 1024;
    private static final int DIRECT_OUT = 256 * 1024;
    /** Random data is generated and written in pieces of this size. */
    private static final int RANDOM_CHUNK = 256 * 1024;

    private final StreamClient client;
    private final SocketChannel channel;
    private final Selector selector;
    private final Inbox inbox;
    private final StreamLedger sent;
    private final CallLog calls;
    private final Transcript transcript;
    private ByteBuffer directOut;
    private boolean shut;

    Sender(StreamClient client, SocketChannel channel, Selector selector, Inbox inbox, StreamLedger sent,
           CallLog calls, Transcript transcript) {
        this.client = client;
        this.channel = channel;
        this.selector = selector;
        this.inbox = inbox;
        this.sent = sent;
        this.calls = calls;
        this.transcript = transcript;
    }

    /** Sends every byte of {@code bytes} within {@code within}, and notes them in the transcript. */
    void send(byte[] bytes, Duration within) {
        write(ByteBuffer.wrap(bytes), System.nanoTime() + within.toNanos(), within);
        if (!transcript.isFull()) {
            transcript.note("sent", Arrays.copyOf(bytes, Math.min(bytes.length, Payload.PREVIEW_BYTES)), bytes.length);
        }
    }

    /** Sends {@code count} bytes from {@code random} within {@code within}, and notes the first of them. */
    void sendRandom(long count, RandomGenerator random, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        byte[] chunk = new byte[(int) Math.min(RANDOM_CHUNK, Math.max(8, count))];
        byte[] head = null;
        long left = count;
        long before = sent.count();
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            RandomBytes.fill(chunk, n, random);
            if (head == null) {
                head = Arrays.copyOf(chunk, Math.min(n, Payload.PREVIEW_BYTES));
            }
            try {
                write(ByteBuffer.wrap(chunk, 0, n), deadline, within);
            } catch (SocketExpectationError e) {
                // Said of the whole request, not of the piece being written when it failed.
                throw new SocketExpectationError(client.describe() + " sent " + (sent.count() - before) + " of the " + count
                        + " bytes of random data it was to send within " + Durations.format(within) + ": " + e.getMessage(),
                        e.getCause());
            }
            left -= n;
        }
        transcript.note("sent random data,", head == null ? new byte[0] : head, count);
    }

    /** Writes the remaining bytes of {@code data} (a heap buffer) by {@code deadline}, which is {@code within} from the start. */
    private void write(ByteBuffer data, long deadline, Duration within) {
        int start = data.position();
        byte[] array = data.array();
        int total = data.remaining();
        try {
            SelectionKey key = channel.keyFor(selector);
            ByteBuffer out = null;
            while (data.hasRemaining()) {
                int n;
                if (data.remaining() < DIRECT_FROM) {
                    n = channel.write(data);
                } else {
                    // Through a direct buffer of our own, each byte copied once: handed a large heap buffer,
                    // the JDK copies all that remains into a temporary direct one on every call, however
                    // little of it the socket then takes.
                    if (out == null || !out.hasRemaining()) {
                        out = directOut();
                        int slice = Math.min(data.remaining(), out.capacity());
                        out.put(array, data.position(), slice).flip();
                    }
                    n = channel.write(out);
                    data.position(data.position() + n);
                }
                if (n > 0) {
                    calls.note("write");
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    int done = data.position() - start;
                    throw SocketExpectationError.expected(client.describe() + " to send " + total + " bytes within "
                            + Durations.format(within), "after " + Durations.format(within) + " only " + done
                            + " had left (the peer is not reading)");
                }
                key.interestOps(SelectionKey.OP_WRITE | (inbox.ended() ? 0 : SelectionKey.OP_READ));
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                key.interestOps(inbox.ended() ? 0 : SelectionKey.OP_READ);
                inbox.drain();
            }
        } catch (IOException e) {
            int done = data.position() - start;
            transcript.event("write() failed after " + (sent.count() + done) + " bytes in all: " + e.getMessage());
            throw new SocketExpectationError(client.describe() + " could not send to " + client.target().describe() + ": after "
                    + done + " of " + total + " bytes the OS said: " + e.getMessage() + " (" + (sent.count() + done)
                    + " bytes sent in all)", e);
        } finally {
            sent.add(array, start, data.position() - start);
        }
    }

    /** Shuts the sending side (TCP half-close: FIN); the client can still receive. */
    void shutdown() {
        try {
            calls.note("shutdown");
            channel.shutdownOutput();
            shut = true;
            transcript.event("shutdown(SHUT_WR): no more bytes will be sent");
        } catch (IOException e) {
            throw NetspecFailure.of(client.describe() + " could not shut its sending side: " + e.getMessage(), e);
        }
    }

    boolean isShut() {
        return shut;
    }

    /** The sender's direct buffer, cleared; made at the first large send. */
    private ByteBuffer directOut() {
        if (directOut == null) {
            directOut = ByteBuffer.allocateDirect(DIRECT_OUT);
        }
        return directOut.clear();
    }
}
