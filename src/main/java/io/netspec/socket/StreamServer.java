package io.netspec.socket;

import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A stream server (TCP or Unix-domain) that walks the textbook path (socket, bind, listen, accept,
 * read/write, close) and serves many clients at once from one selector thread named
 * {@code netspec-<kind>-<name>}. Closing it closes every connection and joins the thread, bounded.
 */
public abstract class StreamServer implements Target, Observed, AutoCloseable {
    /** How long {@link #close()} waits for the server thread to end. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(5);
    static final int BACKLOG = 4096;
    private static final int READ_BUFFER = 256 * 1024;

    private final String name;
    private final Behaviour behaviour;
    private final StreamCheck check;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final SocketAddress address;
    private final Thread loop;
    private final Transcript path = new Transcript();
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final List<ServerConnection> connections = new CopyOnWriteArrayList<>();
    /** Connections matched to a client that reached the server through a hop, so no other client claims them. */
    private final Map<ServerConnection, StreamClient> matched = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition accepted = lock.newCondition();
    private volatile boolean closing;
    private volatile Throwable failure;

    protected StreamServer(String kind, String name, Behaviour behaviour, StreamCheck check, ServerSocketChannel server,
                           SocketAddress requested) throws IOException {
        this.name = name;
        this.behaviour = behaviour;
        this.check = java.util.Objects.requireNonNull(check, "check");
        this.server = server;
        event("socket", "socket() → a " + kind + " stream socket");
        try {
            // Java's bind(address, backlog) makes both system calls: bind(2), then listen(2).
            server.bind(requested, BACKLOG);
            this.address = server.getLocalAddress();
            event("bind", "bind(" + Hosts.show(requested) + ") → bound to " + Hosts.show(address));
            event("listen", "listen(backlog " + BACKLOG + ")");
            server.configureBlocking(false);
            this.selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw new java.io.UncheckedIOException(new IOException("the " + kind + " " + behaviour.describe()
                    + " server \"" + name + "\" could not listen on " + Hosts.show(requested) + ": " + e.getMessage(), e));
        }
        this.loop = new Thread(this::run, "netspec-" + kind.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                + "-" + name);
        loop.setDaemon(true);
        loop.start();
    }

    // ---- the loop ---------------------------------------------------------------------------

    private void run() {
        // Direct, so the kernel copies straight into it; a heap buffer costs a second copy per read.
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BUFFER);
        try {
            while (!closing) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key, buffer);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                failure = e;
                event("error", "the server loop failed: " + e);
            }
        } finally {
            for (ServerConnection c : connections) {
                c.close("close() as the server stops");
            }
            closeQuietly();
        }
    }

    private void handle(SelectionKey key, ByteBuffer buffer) throws IOException {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            acceptAll();
            return;
        }
        ServerConnection c = (ServerConnection) key.attachment();
        try {
            if (key.isWritable()) {
                c.flush();
            }
            if (key.isValid() && key.isReadable()) {
                buffer.clear();
                int n = ((SocketChannel) key.channel()).read(buffer);
                if (n < 0) {
                    event("read", "read() → end of stream: " + Hosts.show(c.peer()) + " closed its side");
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
                    behaviour.endOfStream(c);
                    // Only now, so whoever waits for the close also sees how the server answered it.
                    c.endOfStream();
                } else if (n > 0) {
                    buffer.flip();
                    c.read(buffer.duplicate());
                    event("read", () -> "read() " + n + " bytes from " + Hosts.show(c.peer()));
                    behaviour.data(c, buffer);
                }
            }
        } catch (IOException e) {
            // A peer that resets is a fact to report, not a server failure.
            c.close("close() after " + e.getMessage());
            c.endOfStream();
        }
    }

    private void acceptAll() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            SocketAddress peer = channel.getRemoteAddress();
            ServerConnection c = new ServerConnection(connections.size() + 1, peer, channel, this);
            c.key(channel.register(selector, SelectionKey.OP_READ, c));
            event("accept", "accept() → connection #" + c.number() + " from " + Hosts.show(peer));
            connections.add(c);
            lock.lock();
            try {
                accepted.signalAll();
            } finally {
                lock.unlock();
            }
            behaviour.accepted(c);
        }
    }

    void event(String step, String line) {
        event(step, () -> line);
    }

    /** Notes a system call; the line is only built while the transcript has room. */
    void event(String step, java.util.function.Supplier<String> line) {
        if (steps.size() < 1000 && (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step))) {
            steps.add(step);
        }
        path.event(line);
    }

    // ---- what steps ask ---------------------------------------------------------------------

    @Override
    public String name() {
        return name;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    /** How each connection checks what it read: SHA-256 unless the server was built with another check. */
    public StreamCheck check() {
        return check;
    }

    @Override
    public SocketAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return Targets.label(name, address);
    }

    public List<ServerConnection> connections() {
        return List.copyOf(connections);
    }

    /** The system calls the server made, in order, repeats folded: socket, bind, listen, accept, read, write, … */
    @Override
    public List<String> calls() {
        return List.copyOf(steps);
    }

    /** The server's side of the textbook path, one line per system call (the first 200). */
    public Transcript path() {
        return path;
    }

    /** The connection whose peer is {@code peer}, waiting at most {@code within} for the server to accept it. */
    public ServerConnection connectionFrom(SocketAddress peer, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (true) {
                List<ServerConnection> all = connections();
                for (ServerConnection c : all) {
                    if (c.peer().equals(peer)) {
                        return c;
                    }
                }
                if (!(peer instanceof java.net.InetSocketAddress) && all.size() == 1) {
                    return all.get(0);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("expected " + describe() + " to have accepted a connection from "
                            + Hosts.show(peer) + " within " + Durations.format(within) + ", but it had "
                            + (all.isEmpty() ? "accepted none" : "only " + all));
                }
                accepted.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits at most {@code within} until the server has accepted {@code count} connections; returns how many it had. */
    public int awaitConnections(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (connections.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                accepted.awaitNanos(left);
            }
            return connections.size();
        } finally {
            lock.unlock();
        }
    }

    /** The reads of the server's only connection; refuses when it has none or more than one. */
    @Override
    public List<Integer> latestReads() {
        List<ServerConnection> all = connections();
        if (all.size() != 1) {
            throw new IllegalStateException("\"" + name + "\" has " + all.size()
                    + " connections; reads are counted on a server with exactly one");
        }
        return all.get(0).readSizes();
    }

    /**
     * Waits at most {@code within}, all told, until the server has accepted a connection and the peer of
     * every connection it accepted has closed its side.
     */
    @Override
    public void awaitAllPeersClosed(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        if (awaitConnections(1, within) == 0) {
            throw new SocketExpectationError("expected " + describe() + " to see a connection closed within "
                    + Durations.format(within) + ", but it never accepted one");
        }
        for (ServerConnection c : connections()) {
            if (!c.awaitPeerClosed(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                throw new SocketExpectationError("expected " + describe() + " to see " + c + " closed within "
                        + Durations.format(within) + ", but the peer has not closed it");
            }
        }
    }

    /**
     * Waits until the server's connection from {@code client} has read as many bytes as the client sent,
     * then checks they are exactly the client's bytes (count and digest, SHA-256 or CRC32C). Finding the
     * connection and reading each wait at most {@code within}. A client that reached the server through
     * something in between (a Toxiproxy link) arrives from that hop's address, not its own: its connection
     * is then the one that read exactly its bytes.
     *
     * @return the connection, which read exactly what the client sent
     * @throws SocketExpectationError if it read other bytes, fewer, or more
     */
    public ServerConnection awaitExactly(StreamClient client, Duration within) throws InterruptedException {
        RunningCheck.Digest sent = client.sentDigest();
        if (sent.kind() != check) {
            throw new IllegalStateException(describe() + " checks what it reads with " + check + " but " + client.describe()
                    + " checked what it sent with " + sent.kind() + "; give both the same check (set it before either starts)");
        }
        long want = client.bytesSent();
        if (reachedThroughAHop(client.target())) {
            return awaitExactlyThrough(client, sent, within);
        }
        ServerConnection c = connectionFrom(client.localAddress(), within);
        c.awaitBytesRead(want, within);
        if (c.bytesRead() != want || !c.digest().equals(sent)) {
            throw notExactly(client, sent, within, "on " + c + " it read " + c.describeRead());
        }
        return c;
    }

    /** True if {@code target} is a hop (a link, or links in a row) that passes connections on to this server. */
    private boolean reachedThroughAHop(Target target) {
        Optional<Target> next = target.forwardsTo();
        for (int hops = 0; next.isPresent() && hops < 16; hops++) {
            if (next.get().address().equals(address)) {
                return true;
            }
            next = next.get().forwardsTo();
        }
        return false;
    }

    /**
     * Through a hop the connection can only be told by its bytes: the one that read exactly what the client
     * sent and that no other client was matched to before.
     */
    private ServerConnection awaitExactlyThrough(StreamClient client, RunningCheck.Digest sent, Duration within) {
        long want = client.bytesSent();
        if (want == 0) {
            throw new IllegalStateException(client.describe() + " reached " + describe() + " through "
                    + client.target().describe() + " and has sent nothing: its connection can only be told by its bytes,"
                    + " so send some before asking whether they arrived");
        }
        AtomicReference<ServerConnection> found = new AtomicReference<>();
        try {
            org.awaitility.Awaitility.await(describe() + " reading exactly what " + client.describe() + " sent")
                    .atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> {
                        for (ServerConnection c : connections) {
                            if (c.bytesRead() == want && c.digest().equals(sent)) {
                                StreamClient owner = matched.putIfAbsent(c, client);
                                if (owner == null || owner == client) {
                                    found.set(c);
                                    return true;
                                }
                            }
                        }
                        return false;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<ServerConnection> all = connections();
            String seen = all.isEmpty() ? "it accepted no connection"
                    : "none of its connections did: " + String.join("; ",
                    all.stream().map(c -> c + " read " + c.describeRead()).toList());
            throw notExactly(client, sent, within, "through " + client.target().describe()
                    + " (so from that hop's address, not the client's own), " + seen);
        }
        return found.get();
    }

    private SocketExpectationError notExactly(StreamClient client, RunningCheck.Digest sent, Duration within, String seen) {
        long want = client.bytesSent();
        byte[] head = client.sentHead();
        return new SocketExpectationError("expected " + describe() + " to have received exactly the " + want
                + " bytes " + client.describe() + " sent (" + sent + ", starting "
                + Payload.describe(head, (int) Math.min(want, head.length))
                + ") within " + Durations.format(within) + ", but " + seen);
    }

    public long totalBytesRead() {
        return connections.stream().mapToLong(ServerConnection::bytesRead).sum();
    }

    /** True once the server was asked to stop: it accepts no more connections. */
    public boolean isClosed() {
        return closing;
    }

    /** A failure of the server's own loop, if one happened (a peer's reset is not one). */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        closing = true;
        try {
            selector.wakeup();
        } catch (ClosedSelectorException e) {
            event("close", "the selector was already closed: " + e);
        }
        try {
            loop.join(CLOSE_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + describe(), e);
        }
        if (loop.isAlive()) {
            throw new IllegalStateException("the server thread of " + describe() + " did not stop within "
                    + Durations.format(CLOSE_BOUND));
        }
        afterClose();
    }

    /** What a subclass removes once the socket is closed, such as a Unix socket file. */
    protected void afterClose() {
    }

    private void closeQuietly() {
        List<IOException> errors = new ArrayList<>();
        try {
            server.close();
        } catch (IOException e) {
            errors.add(e);
        }
        try {
            selector.close();
        } catch (IOException e) {
            errors.add(e);
        }
        event("close", "close() of the listening socket" + (errors.isEmpty() ? "" : " reported " + errors));
    }

    @Override
    public String toString() {
        return describe();
    }
}
