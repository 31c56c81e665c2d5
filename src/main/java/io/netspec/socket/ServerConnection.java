package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Payload;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One connection a stream server accepted: what it read (count, digest, the first bytes, the
 * size of every read) and whether the peer closed. Only the server's loop thread changes it;
 * the getters may be read from anywhere.
 */
public final class ServerConnection {
    /** How many bytes of what a connection read are kept to show in messages. */
    static final int KEPT_BYTES = 64 * 1024;

    private final int number;
    private final SocketAddress peer;
    private final SocketChannel channel;
    /** The server as messages name it. */
    private final String server;
    private final ServerEvents events;
    private final StreamLedger read;
    private final Deque<ByteBuffer> pending = new ArrayDeque<>();
    private final CountDownLatch peerClosed = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private SelectionKey key;
    private Object state;
    private volatile long bytesWritten;
    private boolean closeWhenFlushed;

    ServerConnection(int number, SocketAddress peer, SocketChannel channel, String server, StreamCheck check,
                     ServerEvents events) {
        this.number = number;
        this.peer = peer;
        this.channel = channel;
        this.server = server;
        this.events = events;
        this.read = new StreamLedger(check, KEPT_BYTES);
    }

    void key(SelectionKey key) {
        this.key = key;
    }

    // ---- what the loop does -----------------------------------------------------------------

    /** Counts, hashes and keeps the head of {@code data} (a direct or heap buffer); leaves its position alone. */
    void read(ByteBuffer data) {
        read.read(data);
    }

    /** Writes now what the socket takes, queues the rest and stops reading until it is out (back-pressure). */
    public void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (pending.isEmpty()) {
            bytesWritten += channel.write(buffer);
        }
        if (buffer.hasRemaining()) {
            pending.add(buffer);
            key.interestOps(SelectionKey.OP_WRITE);
        }
        events.event("write", () -> "write() " + bytes.length + " bytes to " + Hosts.show(peer));
    }

    void flush() throws IOException {
        while (!pending.isEmpty()) {
            ByteBuffer head = pending.peek();
            bytesWritten += channel.write(head);
            if (head.hasRemaining()) {
                return;
            }
            pending.poll();
        }
        if (closeWhenFlushed) {
            close("close() after the peer closed");
        } else if (key.isValid()) {
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    void endOfStream() {
        peerClosed.countDown();
    }

    /** Closes once everything queued has been written. */
    public void closeWhenFlushed() throws IOException {
        closeWhenFlushed = true;
        if (pending.isEmpty()) {
            close("close() after the peer closed");
        }
    }

    /** Closes the connection now, whatever is still queued. */
    public void close(String why) {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            events.event("close", "close() of the connection from " + Hosts.show(peer) + " failed: " + e);
        } finally {
            closed.countDown();
        }
        events.event("close", why + " (connection from " + Hosts.show(peer) + ")");
    }

    /** Stops reading: the peer's data piles up in the kernel, as with a server that never answers. */
    public void stopReading() {
        key.interestOps(0);
    }

    @SuppressWarnings("unchecked")
    <T> T state(Supplier<T> initial) {
        if (state == null) {
            state = initial.get();
        }
        return (T) state;
    }

    // ---- what steps ask ---------------------------------------------------------------------

    public int number() {
        return number;
    }

    public SocketAddress peer() {
        return peer;
    }

    public long bytesRead() {
        return read.count();
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    /** The digest of everything read so far (SHA-256 unless the server was given another check). */
    public RunningCheck.Digest digest() {
        if (read.kind() == StreamCheck.NONE) {
            throw NetspecFailure.of(this + " of " + server + " counts only and keeps no digest");
        }
        return read.digest();
    }

    public byte[] keptBytes() {
        return read.head();
    }

    public List<Integer> readSizes() {
        return read.readSizes();
    }

    /** Waits at most {@code within} until the connection has read {@code count} bytes; returns how many it had. */
    public long awaitBytesRead(long count, Duration within) {
        try {
            Awaitility.await("connection #" + number + " of " + server + " reading " + count + " bytes")
                    .atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> read.count() >= count || isClosed());
        } catch (ConditionTimeoutException e) {
            return read.count();
        }
        return read.count();
    }

    public boolean peerHasClosed() {
        return peerClosed.getCount() == 0;
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Waits at most {@code within} for the peer to close its side; true if it did. */
    public boolean awaitPeerClosed(Duration within) throws InterruptedException {
        return peerClosed.await(within.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Shows what was read: count, digest and the first bytes as text and hex. */
    public String describeRead() {
        byte[] head = keptBytes();
        long bytesRead = read.count();
        return bytesRead + " bytes (" + (read.kind() == StreamCheck.NONE ? "no digest kept" : digest()) + "), starting "
                + Payload.describe(head, (int) Math.min(bytesRead, head.length));
    }

    @Override
    public String toString() {
        return "connection #" + number + " from " + Hosts.show(peer);
    }
}
