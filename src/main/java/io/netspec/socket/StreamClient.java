package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A stream client (TCP or Unix-domain). Every call is bounded: the socket is non-blocking and each
 * wait goes through the client's own selector with a deadline. Its parts: a {@link Dialer} opens the
 * connection, a {@link Sender} writes (reading what arrives meanwhile, so a client never deadlocks
 * against an echo server however much it sends), an {@link Inbox} reads and knows how the peer's side
 * stands, a {@link Receiver} takes from it what a step asks for, one {@link StreamLedger} per direction
 * counts and digests, and a {@link CallLog} lists the system calls.
 */
public class StreamClient implements Observed, AutoCloseable {
    /** How long a send may take when the caller gives no bound. */
    public static final Duration SEND_BOUND = Duration.ofSeconds(10);

    private final String name;
    private final Target target;
    private final SocketChannel channel;
    private final Selector selector;
    private final SocketAddress local;
    private final SocketAddress remote;
    private final boolean bound;
    private final Transcript transcript = new Transcript();
    private final CallLog calls = new CallLog();
    private final StreamLedger sent = new StreamLedger(StreamCheck.SHA_256, Payload.PREVIEW_BYTES);
    private final StreamLedger received = new StreamLedger(StreamCheck.SHA_256, 0);
    private final Inbox inbox;
    private final Sender sender;
    private final Receiver receiver;
    private boolean closed;
    private final Duration connectTime;

    protected StreamClient(String name, Target target, SocketChannel channel, SocketAddress bindTo, Duration connectTimeout) {
        this.name = name;
        this.target = target;
        this.channel = channel;
        this.bound = bindTo != null;
        Dialer.Dialed dialed = Dialer.dial(channel, target, bindTo, connectTimeout, transcript, calls);
        this.selector = dialed.selector();
        this.local = dialed.local();
        // Where the OS connected it: for a server bound to 0.0.0.0 or ::, a real address, not the wildcard.
        this.remote = dialed.remote();
        this.connectTime = dialed.connectTime();
        this.inbox = new Inbox(describe(), channel, selector, received, transcript, calls);
        this.receiver = new Receiver(describe(), inbox, received, transcript);
        this.sender = new Sender(this, channel, selector, inbox, sent, calls, transcript);
    }

    /** How long connect() took, from the call to the finished handshake (SYNs lost on the way included). */
    public Duration connectTime() {
        return connectTime;
    }

    public void send(byte[] bytes) {
        send(bytes, SEND_BOUND);
    }

    /** Sends every byte within {@code within}, reading what arrives meanwhile. */
    public synchronized void send(byte[] bytes, Duration within) {
        sender.send(bytes, within);
    }

    /**
     * Sends {@code count} bytes drawn from {@code random} (seeded by the caller), in chunks, as
     * {@link RandomBytes#fill} makes them: the same seed sends the same bytes and nothing repeats.
     */
    public synchronized void sendRandom(long count, RandomGenerator random, Duration within) {
        sender.sendRandom(count, random, within);
    }

    public void sendRandom(long count, RandomGenerator random) {
        sendRandom(count, random, SEND_BOUND);
    }

    /** Shuts the sending side (TCP half-close: FIN); the client can still receive. */
    public synchronized void shutdownOutput() {
        sender.shutdown();
    }

    /** Takes exactly {@code count} bytes, waiting at most {@code within}; fails naming what did arrive. */
    public synchronized byte[] receive(int count, Duration within) {
        return receiver.receive(count, within);
    }

    /** Receives exactly {@code expected} within {@code within}, or fails showing what arrived instead. */
    public synchronized byte[] receiveExactly(byte[] expected, Duration within) {
        return receiver.receiveExactly(expected, within);
    }

    /**
     * Waits at most {@code within} until {@code match} finds what it waits for in the bytes not taken yet,
     * takes the bytes it says and returns them; fails showing what did arrive, and at once when what
     * arrived can never match.
     */
    public synchronized byte[] receiveMatching(ReplyMatch match, Duration within) {
        return receiver.receiveMatching(match, within);
    }

    /** Waits until as many bytes arrived in all as were sent, then compares their digests (SHA-256 or CRC32C). */
    public synchronized void receiveWhatWasSent(Duration within) {
        requireCheck();
        long want = sent.count();
        inbox.await(want - (received.count() - inbox.held()), System.nanoTime() + within.toNanos());
        if (received.count() < want) {
            throw SocketExpectationError.expected(describe() + " to receive the " + want + " bytes it sent within "
                    + Durations.format(within), "after " + Durations.format(within) + " it had received "
                    + received.count() + inbox.ending());
        }
        RunningCheck.Digest sentDigest = sent.digest();
        RunningCheck.Digest receivedDigest = received.digest();
        if (!receivedDigest.equals(sentDigest)) {
            throw SocketExpectationError.expected(describe() + " to receive exactly the " + want + " bytes it sent"
                    + " (" + sentDigest + ")", "the " + received.count() + " bytes it received give " + receivedDigest);
        }
        int took = inbox.held();
        transcript.note("received back", inbox.takeAll(Payload.PREVIEW_BYTES), took);
    }

    /** Waits at most {@code within} for bytes; fails if any arrive (for servers that must stay silent). */
    public synchronized void receiveNothing(Duration within) {
        receiver.receiveNothing(within);
    }

    /** Waits at most {@code within} for the peer to close (end of stream or reset); true if it did. */
    public boolean awaitPeerClosed(Duration within) {
        return awaitPeerEnd(within) != PeerEnd.OPEN;
    }

    /** Waits at most {@code within} for the peer's side to end; how it stands then ({@link PeerEnd#OPEN} if it did not). */
    public synchronized PeerEnd awaitPeerEnd(Duration within) {
        inbox.await(Long.MAX_VALUE, System.nanoTime() + within.toNanos());
        return inbox.peerEnd();
    }

    @Override
    public void awaitAllPeersClosed(Duration within) {
        if (!awaitPeerClosed(within)) {
            throw SocketExpectationError.expected(describe() + " to see " + target.describe()
                    + " close the connection within " + Durations.format(within), "it is still open");
        }
    }

    /** Bytes that arrived and were not taken yet: they may well have come in a single read. */
    public synchronized int awaitBuffered(int count, Duration within) {
        inbox.await(count, System.nanoTime() + within.toNanos());
        return inbox.held();
    }

    /**
     * How the client checks what it sends and receives, from the first byte on: SHA-256 (the default),
     * CRC32C, or {@link StreamCheck#NONE} to count only (benchmarks of the socket path alone).
     */
    public synchronized StreamClient checkedWith(StreamCheck check) {
        if (StreamLedger.checkBothWith(sent, received, check, describe())) {
            transcript.event(check == StreamCheck.NONE ? "counting only: no digest of what is sent or received"
                    : "checks what it sends and receives with " + check);
        }
        return this;
    }

    public synchronized StreamCheck check() {
        return sent.kind();
    }

    private void requireCheck() {
        if (sent.kind() == StreamCheck.NONE) {
            throw NetspecFailure.of(describe() + " counts only (a benchmark mode) and keeps no digest");
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
        return sent.count();
    }

    public synchronized long bytesReceived() {
        return received.count();
    }

    /** The digest of every byte sent so far. */
    public synchronized RunningCheck.Digest sentDigest() {
        requireCheck();
        return sent.digest();
    }

    /** The digest of every byte received so far. */
    public synchronized RunningCheck.Digest receivedDigest() {
        requireCheck();
        return received.digest();
    }

    /** The first bytes sent, for messages. */
    public synchronized byte[] sentHead() {
        return sent.head();
    }

    public synchronized List<Integer> readSizes() {
        return received.readSizes();
    }

    /** The reads that brought in the bytes of the latest receive (it may have used bytes already read earlier). */
    @Override
    public synchronized List<Integer> latestReads() {
        return receiver.latestReads();
    }

    /** The system calls the client made, in order, repeats folded: socket, connect, write, read, close. */
    @Override
    public List<String> calls() {
        return calls.list();
    }

    /** Bytes this client already read from the socket but not yet taken by a receive. */
    public synchronized int buffered() {
        return inbox.held();
    }

    public synchronized boolean peerClosed() {
        return inbox.ended();
    }

    /** How the peer's side stands, from the client's own reads: open, closed cleanly, or reset. */
    public synchronized PeerEnd peerEnd() {
        return inbox.peerEnd();
    }

    public Transcript transcript() {
        return transcript;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the connection as a step asks; a TCP client first keeps what the kernel counts of it. */
    public void closeAsAsked() {
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        calls.note("close");
        IOException failure = Dialer.hangUp(channel, selector);
        transcript.event("close()" + (sender.isShut() ? " after the half-close" : ""));
        if (failure != null) {
            throw NetspecFailure.of(describe() + " did not close cleanly: " + failure.getMessage(), failure);
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
