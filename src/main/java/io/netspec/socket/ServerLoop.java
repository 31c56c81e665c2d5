package io.netspec.socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream server's one thread: a selector over the listening socket and every connection. It accepts,
 * reads (handing each read to the server's {@link Behaviour}), writes what was queued, and on stop
 * closes every connection and the listening socket. A peer's reset is a fact it reports, not a failure.
 */
final class ServerLoop implements Runnable {
    private static final int READ_BUFFER = 256 * 1024;

    private final ServerEvents events;
    /** The server as messages name it. */
    private final String server;
    private final ServerSocketChannel listening;
    private final Selector selector;
    private final Behaviour behaviour;
    private final StreamCheck check;
    private final AcceptedConnections connections;
    private volatile boolean closing;
    private volatile Throwable failure;

    /**
     * A loop over {@code listening}, bound and non-blocking, of the server described as {@code server}; it notes
     * its system calls in {@code events} and checks what each connection reads with {@code check}.
     */
    ServerLoop(ServerEvents events, String server, ServerSocketChannel listening, Behaviour behaviour, StreamCheck check,
               AcceptedConnections connections) throws IOException {
        this.events = events;
        this.server = server;
        this.listening = listening;
        this.behaviour = behaviour;
        this.check = check;
        this.connections = connections;
        this.selector = Selector.open();
        listening.register(selector, SelectionKey.OP_ACCEPT);
    }

    @Override
    public void run() {
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
                events.event("error", "the server loop failed: " + e);
            }
        } finally {
            for (ServerConnection c : connections.list()) {
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
                buffer.limit((int) Math.max(1, Math.min(buffer.capacity(), behaviour.readAtMost(c))));
                int n = ((SocketChannel) key.channel()).read(buffer);
                if (n < 0) {
                    events.event("read", "read() → end of stream: " + Hosts.show(c.peer()) + " closed its side");
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
                    behaviour.endOfStream(c);
                    // Only now, so whoever waits for the close also sees how the server answered it.
                    c.endOfStream();
                } else if (n > 0) {
                    buffer.flip();
                    c.read(buffer.duplicate());
                    events.event("read", () -> "read() " + n + " bytes from " + Hosts.show(c.peer()));
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
        while ((channel = listening.accept()) != null) {
            channel.configureBlocking(false);
            SocketAddress peer = channel.getRemoteAddress();
            ServerConnection c = new ServerConnection(connections.size() + 1, peer, channel, server, check, events);
            c.key(channel.register(selector, SelectionKey.OP_READ, c));
            events.event("accept", "accept() → connection #" + c.number() + " from " + Hosts.show(peer));
            connections.add(c);
            behaviour.accepted(c);
        }
    }

    /** Asks the loop to stop; it closes everything as it ends. */
    void stop() {
        closing = true;
        try {
            selector.wakeup();
        } catch (ClosedSelectorException e) {
            events.event("close", "the selector was already closed: " + e);
        }
    }

    /** A failure of the loop itself, if one happened. */
    Throwable failure() {
        return failure;
    }

    /** True once the loop was asked to stop: the server accepts no more connections. */
    boolean stopping() {
        return closing;
    }

    private void closeQuietly() {
        List<IOException> errors = new ArrayList<>();
        try {
            listening.close();
        } catch (IOException e) {
            errors.add(e);
        }
        try {
            selector.close();
        } catch (IOException e) {
            errors.add(e);
        }
        events.event("close", "close() of the listening socket" + (errors.isEmpty() ? "" : " reported " + errors));
    }
}
