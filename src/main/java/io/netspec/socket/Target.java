package io.netspec.socket;

import java.net.SocketAddress;
import java.util.Optional;

/** Something a client can reach: a server netspec started, an external service, a link, a literal address. */
public interface Target {
    /** Where to connect or send: an {@link java.net.InetSocketAddress} or a {@link java.net.UnixDomainSocketAddress}. */
    SocketAddress address();

    /** How messages name it, for example {@code "echo" (127.0.0.1:40321)}. */
    String describe();

    /**
     * What this target passes connections on to, if it is a hop in between (a Toxiproxy link): the
     * server then sees them come from the hop, not from the client.
     */
    default Optional<Target> forwardsTo() {
        return Optional.empty();
    }

    /**
     * The network namespace it listens in (this machine's own, or a host's), when netspec knows it; empty
     * for a literal address or a Unix-domain socket, which any place may try. See {@link Reach}.
     */
    default Optional<SocketPlace> place() {
        return Optional.empty();
    }

    /**
     * Whether it is reached with datagrams ({@link DatagramTarget}): the OS socket table then lists it
     * among UDP sockets, bound rather than listening.
     */
    default boolean datagram() {
        return false;
    }
}
