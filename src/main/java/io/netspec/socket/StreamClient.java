package io.netspec.socket;

import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A stream client (TCP or Unix-domain). Every call is bounded: the socket is non-blocking and each
 * wait goes through the client's own selector with a deadline. While it sends, it keeps reading
 * what arrives, so a client never deadlocks against an echo server however much it sends.
 */
public class StreamClient implements Observed, AutoCloseable {
    /** How long a send may take when the caller gives no bound. */
    public static final Duration SEND_BOUND = Duration.ofSeconds(10);
    private static final int CHUNK = 64 * 1024;
    /** Random data is generated and written in pieces of this size. */
    private static final int RANDOM_CHUNK = 256 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /**
     * How long a receive first polls the socket (non-blocking reads, yielding the core between them)
     * before it waits in the selector: an answer on loopback usually comes within this time, and
     * waking from epoll costs a few microseconds more than finding the bytes already there. Measured
     * on 2 shared cores: 20 µs with a yield came within 4% of a blocking read at the median and held up
     * under load, where busy-waiting without yielding did not (see docs/performance.md).
     * {@code -Dnetspec.socket.spinMicros=0} turns it off.
     */
    static final long SPIN_NANOS = Long.getLong("netspec.socket.spinMicros", 20) * 1000;
    private static final int KEPT_READ_SIZES = 100_000;
    /** Sends at least this large go through the client's own direct buffer of {@link #DIRECT_OUT} bytes. */
    private static final int DIRECT_FROM = 16 * 1024;
    private static final int DIRECT_OUT = 256 * 1024;

    private final String name;
    private final Target target;
    private final SocketChannel channel;
    private final Selector selector;
    private final SocketAddress local;
    private final SocketAddress remote;
    private final boolean bound;
    private final Transcript transcript = new Transcript();
    private RunningCheck sentCheck = StreamCheck.SHA_256.start();
    private RunningCheck receivedCheck = StreamCheck.SHA_256.start();
    private final ByteArrayOutputStream sentHead = new ByteArrayOutputStream();
    private final List<Integer> readSizes = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(CHUNK);
    private ByteBuffer directOut;
    private byte[] inbox = new byte[256];
    private int inboxStart;
    private int inboxEnd;
    private long bytesSent;
    private long bytesReceived;
    private int readMark;
    private List<Integer> lastReceiveReads = List.of();
    private final List<String> calls = new ArrayList<>();
    private boolean endOfStream;
    private PeerEnd peerEnd = PeerEnd.OPEN;
    private String resetBy;
    private boolean outputShut;
    private boolean closed;

    protected StreamClient(String name, Target target, SocketChannel channel, SocketAddress bindTo, Duration connectTimeout) {
        this.name = name;
        this.target = target;
        this.channel = channel;
        this.bound = bindTo != null;
        Selector sel = null;
        long start = System.nanoTime();
        try {
            call("socket");
            transcript.event("socket()");
            if (bindTo != null) {
                call("bind");
                channel.bind(bindTo);
                transcript.event("bind(" + Hosts.show(bindTo) + ") → " + Hosts.show(channel.getLocalAddress()));
            }
            channel.configureBlocking(false);
            sel = Selector.open();
            this.selector = sel;
            call("connect");
            connect(connectTimeout);
            this.local = channel.getLocalAddress();
            // Where the OS connected it: for a server bound to 0.0.0.0 or ::, a real address, not the wildcard.
            this.remote = channel.getRemoteAddress();
            transcript.event("connect(" + Hosts.show(target.address()) + ") → connected from " + Hosts.show(local)
                    + (bound ? "" : " (local port chosen by the OS, no bind)"));
            channel.register(selector, 0);
        } catch (IOException e) {
            closeAll(channel, sel);
            throw ConnectFailure.of(target, connectTimeout, Duration.ofNanos(System.nanoTime() - start), e);
        } catch (RuntimeException e) {
            closeAll(channel, sel);
            throw e;
        }
    }

    private void connect(Duration timeout) throws IOException {
        long start = System.nanoTime();
        if (channel.connect(target.address())) {
            return;
        }
        SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
        long left = timeout.toNanos();
        while (left > 0) {
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            if (channel.finishConnect()) {
                key.interestOps(0);
                return;
            }
            left = timeout.toNanos() - (System.nanoTime() - start);
        }
        throw new SocketTimeoutException("no answer to the connection attempt within " + Durations.format(timeout));
    }

    private static void closeAll(SocketChannel channel, Selector selector) {
        try {
            channel.close();
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing a socket that failed to connect failed too", e);
        }
    }

    // ---- sending ------------------------------------------------------------------------------

    public void send(byte[] bytes) {
        send(bytes, SEND_BOUND);
    }

    /** Sends every byte within {@code within}, reading what arrives meanwhile. */
    public synchronized void send(byte[] bytes, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        write(ByteBuffer.wrap(bytes), deadline, within);
        if (!transcript.isFull()) {
            transcript.note("sent", Arrays.copyOf(bytes, Math.min(bytes.length, Payload.PREVIEW_BYTES)), bytes.length);
        }
    }

    /**
     * Sends {@code count} bytes drawn from {@code random} (seeded by the caller), in chunks. Every 8 bytes
     * are one {@code nextLong()} of the generator, little-endian (the last few bytes: the low bytes of one
     * more), so the same seed sends the same bytes and nothing repeats; this is several times faster
     * than {@code nextBytes}, which hands out a long one byte at a time.
     */
    public synchronized void sendRandom(long count, RandomGenerator random, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        byte[] chunk = new byte[(int) Math.min(RANDOM_CHUNK, Math.max(8, count))];
        byte[] head = null;
        long left = count;
        long before = bytesSent;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            fill(chunk, n, random);
            if (head == null) {
                head = Arrays.copyOf(chunk, Math.min(n, Payload.PREVIEW_BYTES));
            }
            try {
                write(ByteBuffer.wrap(chunk, 0, n), deadline, within);
            } catch (SocketExpectationError e) {
                // Said of the whole request, not of the piece being written when it failed.
                throw new SocketExpectationError(describe() + " sent " + (bytesSent - before) + " of the " + count
                        + " bytes of random data it was to send within " + Durations.format(within) + ": " + e.getMessage(),
                        e.getCause());
            }
            left -= n;
        }
        transcript.note("sent random data,", head == null ? new byte[0] : head, count);
    }

    /** Fills the first {@code n} bytes of {@code chunk} from {@code random}, as {@link #sendRandom} does. */
    public static void fill(byte[] chunk, int n, RandomGenerator random) {
        int whole = n & ~7;
        for (int i = 0; i < whole; i += 8) {
            LONGS.set(chunk, i, random.nextLong());
        }
        if (whole < n) {
            long last = random.nextLong();
            for (int i = whole; i < n; i++, last >>>= 8) {
                chunk[i] = (byte) last;
            }
        }
    }

    public void sendRandom(long count, RandomGenerator random) {
        sendRandom(count, random, SEND_BOUND);
    }

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
                    call("write");
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    int done = data.position() - start;
                    throw new SocketExpectationError("expected " + describe() + " to send " + total + " bytes within "
                            + Durations.format(within) + ", but after " + Durations.format(within) + " only " + done
                            + " had left (the peer is not reading)");
                }
                key.interestOps(SelectionKey.OP_WRITE | (endOfStream ? 0 : SelectionKey.OP_READ));
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                key.interestOps(endOfStream ? 0 : SelectionKey.OP_READ);
                drain();
            }
        } catch (IOException e) {
            int done = data.position() - start;
            transcript.event("write() failed after " + (bytesSent + done) + " bytes in all: " + e.getMessage());
            throw new SocketExpectationError(describe() + " could not send to " + target.describe() + ": after " + done + " of " + total
                    + " bytes the OS said: " + e.getMessage() + " (" + (bytesSent + done) + " bytes sent in all)", e);
        } finally {
            int done = data.position() - start;
            sentCheck.update(array, start, done);
            if (sentHead.size() < Payload.PREVIEW_BYTES) {
                sentHead.write(array, start, Math.min(done, Payload.PREVIEW_BYTES - sentHead.size()));
            }
            bytesSent += done;
        }
    }

    /** The client's direct send buffer, cleared; made at the first large send. */
    private ByteBuffer directOut() {
        if (directOut == null) {
            directOut = ByteBuffer.allocateDirect(DIRECT_OUT);
        }
        return directOut.clear();
    }

    /** Shuts the sending side (TCP half-close: FIN); the client can still receive. */
    public synchronized void shutdownOutput() {
        try {
            call("shutdown");
            channel.shutdownOutput();
            outputShut = true;
            transcript.event("shutdown(SHUT_WR): no more bytes will be sent");
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not shut its sending side: " + e.getMessage(), e);
        }
    }

    // ---- receiving ------------------------------------------------------------------------------

    /** Reads whatever the socket has now without waiting; false once the peer closed. */
    private void drain() throws IOException {
        while (!endOfStream) {
            readBuffer.clear();
            int n;
            try {
                n = channel.read(readBuffer);
            } catch (IOException e) {
                endOfStream = true;
                peerEnd = PeerEnd.RESET;
                resetBy = e.getMessage();
                transcript.event("read() failed: " + e.getMessage());
                return;
            }
            if (n < 0) {
                endOfStream = true;
                peerEnd = PeerEnd.CLOSED;
                transcript.event("read() → end of stream: the peer closed its side");
                return;
            }
            if (n == 0) {
                return;
            }
            call("read");
            boolean more = n == readBuffer.capacity();
            if (readSizes.size() < KEPT_READ_SIZES) {
                readSizes.add(n);
            }
            receivedCheck.update(readBuffer.array(), 0, n);
            bytesReceived += n;
            append(readBuffer.array(), n);
            if (!more) {
                // A short read emptied the socket's queue: another read now would only cost a system call.
                return;
            }
        }
    }

    private void append(byte[] bytes, int n) {
        if (inboxEnd + n > inbox.length) {
            int held = inboxEnd - inboxStart;
            byte[] bigger = held + n > inbox.length / 2 ? new byte[Math.max(inbox.length * 2, held + n)] : inbox;
            System.arraycopy(inbox, inboxStart, bigger, 0, held);
            inbox = bigger;
            inboxStart = 0;
            inboxEnd = held;
        }
        System.arraycopy(bytes, 0, inbox, inboxEnd, n);
        inboxEnd += n;
    }

    /** Waits until {@code count} bytes are waiting, or the peer closed, or the deadline; reads as they come. */
    private void awaitInbox(long count, long deadline) throws IOException {
        SelectionKey key = channel.keyFor(selector);
        if (key.interestOps() != SelectionKey.OP_READ && !endOfStream) {
            key.interestOps(SelectionKey.OP_READ);
        }
        if (inboxEnd - inboxStart < count && !endOfStream && SPIN_NANOS > 0) {
            // Poll first: the answer to a request on loopback is usually there within microseconds.
            // Yield rather than busy-wait: on a busy machine the peer may need this very core.
            long spinEnd = Math.min(deadline, System.nanoTime() + SPIN_NANOS);
            do {
                drain();
                if (inboxEnd - inboxStart >= count || endOfStream) {
                    break;
                }
                Thread.yield();
            } while (System.nanoTime() - spinEnd < 0);
        }
        while (inboxEnd - inboxStart < count && !endOfStream) {
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
        if (endOfStream && key.isValid()) {
            key.interestOps(0);
        }
    }

    /**
     * Takes exactly {@code count} bytes, waiting at most {@code within}; fails naming what did arrive.
     */
    public synchronized byte[] receive(int count, Duration within) {
        try {
            awaitInbox(count, System.nanoTime() + within.toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not read: " + e.getMessage(), e);
        }
        int held = inboxEnd - inboxStart;
        if (held < count) {
            byte[] got = Arrays.copyOfRange(inbox, inboxStart, inboxEnd);
            throw new SocketExpectationError("expected " + describe() + " to receive " + count + " bytes within "
                    + Durations.format(within) + ", but " + seen(got) + ending());
        }
        byte[] got = Arrays.copyOfRange(inbox, inboxStart, inboxStart + count);
        inboxStart += count;
        lastReceiveReads = List.copyOf(readSizes.subList(Math.min(readMark, readSizes.size()), readSizes.size()));
        readMark = readSizes.size();
        if (!transcript.isFull()) {
            transcript.note("received", Arrays.copyOf(got, Math.min(count, Payload.PREVIEW_BYTES)), count);
        }
        return got;
    }

    /** Receives exactly {@code expected} within {@code within}, or fails showing what arrived instead. */
    public synchronized byte[] receiveExactly(byte[] expected, Duration within) {
        byte[] got;
        try {
            got = receive(expected.length, within);
        } catch (SocketExpectationError e) {
            throw new SocketExpectationError("expected " + describe() + " to receive " + Payload.describe(expected)
                    + " within " + Durations.format(within) + ", but " + seen(Arrays.copyOfRange(inbox, inboxStart, inboxEnd))
                    + ending());
        }
        if (!Arrays.equals(got, expected)) {
            throw new SocketExpectationError("expected " + describe() + " to receive " + Payload.describe(expected)
                    + ", but it received " + Payload.describe(got));
        }
        return got;
    }

    /** Waits until as many bytes arrived in all as were sent, then compares their digests (SHA-256 or CRC32C). */
    public synchronized void receiveWhatWasSent(Duration within) {
        requireCheck();
        long want = bytesSent;
        long have = inboxEnd - inboxStart;
        try {
            awaitInbox(want - (bytesReceived - have), System.nanoTime() + within.toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not read: " + e.getMessage(), e);
        }
        if (bytesReceived < want) {
            throw new SocketExpectationError("expected " + describe() + " to receive the " + want + " bytes it sent within "
                    + Durations.format(within) + ", but after " + Durations.format(within) + " it had received "
                    + bytesReceived + ending());
        }
        RunningCheck.Digest sent = sentCheck.digest();
        RunningCheck.Digest received = receivedCheck.digest();
        if (!received.equals(sent)) {
            throw new SocketExpectationError("expected " + describe() + " to receive exactly the " + want + " bytes it sent"
                    + " (" + sent + "), but the " + bytesReceived + " bytes it received give " + received);
        }
        int took = inboxEnd - inboxStart;
        byte[] head = Arrays.copyOfRange(inbox, inboxStart, inboxStart + Math.min(took, Payload.PREVIEW_BYTES));
        inboxStart = inboxEnd;
        transcript.note("received back", head, took);
    }

    /** Waits at most {@code within} for bytes; fails if any arrive (for servers that must stay silent). */
    public synchronized void receiveNothing(Duration within) {
        try {
            awaitInbox(1, System.nanoTime() + within.toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not read: " + e.getMessage(), e);
        }
        if (inboxEnd > inboxStart) {
            throw new SocketExpectationError("expected " + describe() + " to receive nothing for "
                    + Durations.format(within) + ", but " + seen(Arrays.copyOfRange(inbox, inboxStart, inboxEnd)));
        }
        transcript.event("received nothing for " + Durations.format(within) + ending());
    }

    /** Waits at most {@code within} for the peer to close (end of stream or reset); true if it did. */
    public synchronized boolean awaitPeerClosed(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            awaitInbox(Long.MAX_VALUE, deadline);
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not read: " + e.getMessage(), e);
        }
        return endOfStream;
    }

    @Override
    public void awaitAllPeersClosed(Duration within) {
        if (!awaitPeerClosed(within)) {
            throw new SocketExpectationError("expected " + describe() + " to see " + target.describe()
                    + " close the connection within " + Durations.format(within) + ", but it is still open");
        }
    }

    /** Bytes that arrived and were not taken yet: they may well have come in a single read. */
    public synchronized int awaitBuffered(int count, Duration within) {
        try {
            awaitInbox(count, System.nanoTime() + within.toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(describe() + " could not read: " + e.getMessage(), e);
        }
        return inboxEnd - inboxStart;
    }

    private String seen(byte[] got) {
        return got.length == 0 ? "it had no bytes"
                : "it had " + got.length + (got.length == 1 ? " byte: " : " bytes: ") + Payload.describe(got);
    }

    private String ending() {
        if (resetBy != null) {
            return "; the connection failed: " + resetBy;
        }
        return endOfStream ? "; the peer closed the connection" : "";
    }

    /**
     * How the client checks what it sends and receives, from the first byte on: SHA-256 (the default),
     * CRC32C, or {@link StreamCheck#NONE} to count only (benchmarks of the socket path alone).
     */
    public synchronized StreamClient checkedWith(StreamCheck check) {
        if (check == sentCheck.kind()) {
            return this;
        }
        if (bytesSent > 0 || bytesReceived > 0) {
            throw new IllegalStateException(describe() + " already checked " + (bytesSent + bytesReceived) + " bytes with "
                    + sentCheck.kind() + "; choose " + check + " before the first byte");
        }
        sentCheck = check.start();
        receivedCheck = check.start();
        transcript.event(check == StreamCheck.NONE ? "counting only: no digest of what is sent or received"
                : "checks what it sends and receives with " + check);
        return this;
    }

    public synchronized StreamCheck check() {
        return sentCheck.kind();
    }

    private void requireCheck() {
        if (sentCheck.kind() == StreamCheck.NONE) {
            throw new IllegalStateException(describe() + " counts only (a benchmark mode) and keeps no digest");
        }
    }

    // ---- what steps ask ---------------------------------------------------------------------

    @Override
    public String name() {
        return name;
    }

    public Target target() {
        return target;
    }

    public String describe() {
        return "\"" + name + "\"";
    }

    public SocketAddress localAddress() {
        return local;
    }

    /** The address the OS connected the client to (a server bound to a wildcard shows its real address here). */
    public SocketAddress remoteAddress() {
        return remote;
    }

    /** True if the client bound its socket itself; otherwise the OS chose its address at connect. */
    public boolean boundExplicitly() {
        return bound;
    }

    public synchronized long bytesSent() {
        return bytesSent;
    }

    public synchronized long bytesReceived() {
        return bytesReceived;
    }

    /** The digest of every byte sent so far. */
    public synchronized RunningCheck.Digest sentDigest() {
        requireCheck();
        return sentCheck.digest();
    }

    /** The digest of every byte received so far. */
    public synchronized RunningCheck.Digest receivedDigest() {
        requireCheck();
        return receivedCheck.digest();
    }

    /** The first bytes sent, for messages. */
    public synchronized byte[] sentHead() {
        return sentHead.toByteArray();
    }

    public synchronized List<Integer> readSizes() {
        return List.copyOf(readSizes);
    }

    /** The reads that brought in the bytes of the latest receive (it may have used bytes already read earlier). */
    public synchronized List<Integer> lastReceiveReads() {
        return lastReceiveReads;
    }

    /** The same as {@link #lastReceiveReads()}. */
    @Override
    public List<Integer> latestReads() {
        return lastReceiveReads();
    }

    /** The system calls the client made, in order, repeats folded: socket, connect, write, read, close. */
    @Override
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private void call(String step) {
        if (calls.size() < 1000 && (calls.isEmpty() || !calls.get(calls.size() - 1).equals(step))) {
            calls.add(step);
        }
    }

    /** Bytes this client already read from the socket but not yet taken by a receive. */
    public synchronized int buffered() {
        return inboxEnd - inboxStart;
    }

    public synchronized boolean peerClosed() {
        return endOfStream;
    }

    /** How the peer's side stands, from the client's own reads: open, closed cleanly, or reset. */
    public synchronized PeerEnd peerEnd() {
        return peerEnd;
    }

    public Transcript transcript() {
        return transcript;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        call("close");
        IOException failure = null;
        try {
            channel.close();
        } catch (IOException e) {
            failure = e;
        }
        try {
            selector.close();
        } catch (IOException e) {
            // The channel's failure, if any, is the one to report; this one travels with it.
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        transcript.event("close()" + (outputShut ? " after the half-close" : ""));
        if (failure != null) {
            throw new UncheckedIOException(describe() + " did not close cleanly: " + failure.getMessage(), failure);
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
