package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;
import io.netspec.text.Durations;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * A stream server (TCP or Unix-domain) that walks the textbook path (socket, bind, listen, accept,
 * read/write, close) and serves many clients at once from one selector thread named
 * {@code netspec-<kind>-<name>}. Closing it closes every connection and joins the thread, bounded.
 */
public abstract class StreamServer implements Target, Observed, AutoCloseable {
    /** How long {@link #close()} waits for the server thread to end. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(5);
    static final int BACKLOG = 4096;

    private final String name;
    private final Behaviour behaviour;
    private final StreamCheck check;
    private final SocketAddress address;
    private final ServerLoop loop;
    private final Thread thread;
    private final ServerEvents events = new ServerEvents();
    private final AcceptedConnections connections;
    private final LinkMatching linkMatching;
    private final SocketPlace place;

    protected StreamServer(String kind, String name, Behaviour behaviour, StreamCheck check, ServerSocketChannel server,
                           SocketAddress requested, SocketPlace place) throws IOException {
        this.name = name;
        this.place = place;
        this.behaviour = behaviour;
        this.check = Objects.requireNonNull(check, "check");
        event("socket", "socket() → a " + kind + " stream socket");
        try {
            // Java's bind(address, backlog) makes both system calls: bind(2), then listen(2).
            server.bind(requested, BACKLOG);
            this.address = server.getLocalAddress();
            this.connections = new AcceptedConnections(describe());
            this.linkMatching = new LinkMatching(address, describe(), connections);
            event("bind", "bind(" + Hosts.show(requested) + ") → bound to " + Hosts.show(address));
            event("listen", "listen(backlog " + BACKLOG + ")");
            server.configureBlocking(false);
            this.loop = new ServerLoop(events, describe(), server, behaviour, check, connections);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw NetspecFailure.of("the " + kind + " " + behaviour.describe()
                    + " server \"" + name + "\" could not listen on " + Hosts.show(requested) + ": " + e.getMessage(), e);
        }
        this.thread = Threads.start(kind, name, loop);
    }

    @Override
    public Optional<SocketPlace> place() {
        return Optional.ofNullable(place);
    }

    private void event(String step, String line) {
        events.event(step, line);
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
        return connections.list();
    }

    /** The system calls the server made, in order, repeats folded: socket, bind, listen, accept, read, write, … */
    @Override
    public List<String> calls() {
        return events.calls();
    }

    /** The server's side of the textbook path, one line per system call (the first 200). */
    public Transcript path() {
        return events.path();
    }

    /** The connection whose peer is {@code peer}, waiting at most {@code within} for the server to accept it. */
    public ServerConnection connectionFrom(SocketAddress peer, Duration within) throws InterruptedException {
        return connections.from(peer, within);
    }

    /** Waits at most {@code within} until the server has accepted {@code count} connections; returns how many it had. */
    public int awaitConnections(int count, Duration within) throws InterruptedException {
        return connections.await(count, within);
    }

    /** The reads of the server's only connection; refuses when it has none or more than one. */
    @Override
    public List<Integer> latestReads() {
        List<ServerConnection> all = connections();
        if (all.size() != 1) {
            throw NetspecFailure.of("\"" + name + "\" has " + all.size()
                    + " connections; reads are counted on a server with exactly one");
        }
        return all.get(0).readSizes();
    }

    /**
     * The reads of the server's only connection once complete: waits for the connection, then (when
     * {@code sent} knows its peer) for all that client sent, each at most {@code within}.
     */
    @Override
    public List<Integer> settledReads(BiFunction<SocketAddress, SocketAddress, OptionalLong> sent, Duration within) {
        try {
            awaitConnections(1, within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted waiting for a connection to " + describe(), e);
        }
        List<ServerConnection> all = connections();
        if (all.size() == 1) {
            ServerConnection c = all.get(0);
            sent.apply(address(), c.peer()).ifPresent(bytes -> c.awaitBytesRead(bytes, within));
        }
        return latestReads(); // with any other number of connections, it says why it cannot count
    }

    /**
     * Waits at most {@code within}, all told, until the server has accepted a connection and the peer of
     * every connection it accepted has closed its side.
     */
    @Override
    public void awaitAllPeersClosed(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        if (awaitConnections(1, within) == 0) {
            throw SocketExpectationError.expected(describe() + " to see a connection closed within "
                    + Durations.format(within), "it never accepted one");
        }
        for (ServerConnection c : connections()) {
            if (!c.awaitPeerClosed(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                throw SocketExpectationError.expected(describe() + " to see " + c + " closed within "
                        + Durations.format(within), "the peer has not closed it");
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
            throw NetspecFailure.of(describe() + " checks what it reads with " + check + " but " + client.describe()
                    + " checked what it sent with " + sent.kind() + "; give both the same check (set it before either starts)");
        }
        long want = client.bytesSent();
        if (linkMatching.reachesThroughAHop(client.target())) {
            return linkMatching.awaitExactly(client, sent, within);
        }
        ServerConnection c = connectionFrom(client.localAddress(), within);
        c.awaitBytesRead(want, within);
        if (c.bytesRead() != want || !c.digest().equals(sent)) {
            throw LinkMatching.notExactly(describe(), client, sent, within, "on " + c + " it read " + c.describeRead());
        }
        return c;
    }

    public long totalBytesRead() {
        return connections.list().stream().mapToLong(ServerConnection::bytesRead).sum();
    }

    /** True once the server was asked to stop: it accepts no more connections. */
    public boolean isClosed() {
        return loop.stopping();
    }

    /** A failure of the server's own loop, if one happened (a peer's reset is not one). */
    public Throwable failure() {
        return loop.failure();
    }

    @Override
    public void close() {
        loop.stop();
        try {
            thread.join(CLOSE_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping " + describe(), e);
        }
        if (thread.isAlive()) {
            throw NetspecFailure.of("the server thread of " + describe() + " did not stop within "
                    + Durations.format(CLOSE_BOUND));
        }
        afterClose();
    }

    /** What a subclass removes once the socket is closed, such as a Unix socket file. */
    protected void afterClose() {
    }

    @Override
    public String toString() {
        return describe();
    }
}
