package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The opening of a stream client's connection, each system call noted: socket, bind (only when asked),
 * connect with a bound. A failure closes what was opened and becomes a {@link ConnectFailure}.
 */
final class Dialer {
    private Dialer() {
    }

    /** A connected channel's selector (the channel registered with it) and its two ends. */
    record Dialed(Selector selector, SocketAddress local, SocketAddress remote, Duration connectTime) {
    }

    /** Binds (when {@code bindTo} is set) and connects {@code channel}, with its own selector. */
    static Dialed dial(SocketChannel channel, Target target, SocketAddress bindTo, Duration timeout,
                         Transcript transcript, CallLog calls) {
        Selector selector = null;
        long start = System.nanoTime();
        try {
            calls.note("socket");
            transcript.event("socket()");
            if (bindTo != null) {
                calls.note("bind");
                channel.bind(bindTo);
                transcript.event("bind(" + Hosts.show(bindTo) + ") → " + Hosts.show(channel.getLocalAddress()));
            }
            channel.configureBlocking(false);
            selector = Selector.open();
            calls.note("connect");
            long connectStart = System.nanoTime();
            connect(channel, selector, target.address(), timeout);
            Duration connectTime = Duration.ofNanos(System.nanoTime() - connectStart);
            SocketAddress local = channel.getLocalAddress();
            transcript.event("connect(" + Hosts.show(target.address()) + ") → " + connectedFrom(local, bindTo != null));
            channel.register(selector, 0);
            return new Dialed(selector, local, channel.getRemoteAddress(), connectTime);
        } catch (IOException e) {
            closeAll(channel, selector);
            throw ConnectFailure.of(target, timeout, Duration.ofNanos(System.nanoTime() - start), e);
        } catch (RuntimeException e) {
            closeAll(channel, selector);
            throw e;
        }
    }

    /** Where the client's end is; a Unix-domain client that bound no path has no address of its own to show. */
    static String connectedFrom(SocketAddress local, boolean bound) {
        if (local instanceof UnixDomainSocketAddress unix && unix.getPath().toString().isEmpty()) {
            return "connected (an unnamed Unix-domain socket: a client that binds no path has no address of its own)";
        }
        return "connected from " + Hosts.show(local) + (bound ? "" : " (local port chosen by the OS, no bind)");
    }

    private static void connect(SocketChannel channel, Selector selector, SocketAddress to, Duration timeout) throws IOException {
        long start = System.nanoTime();
        if (channel.connect(to)) {
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

    /** Closes the channel, then the selector; returns the first failure (any later one suppressed in it), or null. */
    static IOException hangUp(SocketChannel channel, Selector selector) {
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
        return failure;
    }

    private static void closeAll(SocketChannel channel, Selector selector) {
        try {
            channel.close();
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            throw NetspecFailure.of("closing a socket that failed to connect failed too", e);
        }
    }
}
