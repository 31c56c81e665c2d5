package io.netspec.socket;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Where a socket is made. A socket belongs to the network namespace of the thread that creates it and
 * keeps it for life, so a host opens its endpoints' channels on its own thread inside its namespace;
 * the channel then works from any thread. {@link #HERE}: the JVM's own namespace.
 */
public interface SocketPlace {
    /** Makes a socket (or anything else) here, where this place is. */
    <T> T open(Opening<T> opening) throws IOException;

    /** Where a server binds by default in this place (127.0.0.1 here; a host's own address on a host). */
    default String describe() {
        return "this machine";
    }

    /**
     * The address a client socket binds here to send towards {@code target}: loopback in the JVM's own
     * namespace; on a host, its own loopback for a loopback target, else its own address of the target's
     * family. Never a wildcard, so a client listens on nothing beyond its place's own addresses.
     */
    default InetAddress clientAddress(InetAddress target) {
        return target instanceof Inet6Address ? Hosts.loopbackV6() : Hosts.loopback();
    }

    /**
     * How many segments the kernel retransmitted on the TCP connection from {@code local} to {@code remote}
     * in this place (TCP_INFO, as {@code ss -ti} shows it); empty when this place has no such connection
     * (any more), or does not read kernel counters (the JVM's own namespace).
     */
    default OptionalLong retransmitted(InetSocketAddress local, InetSocketAddress remote) {
        return OptionalLong.empty();
    }

    /** The address a server binds here unless its step names one: 127.0.0.1 (or ::1); a host's own address of that family on a host. */
    default InetAddress serverAddress(int family) {
        return family == 6 ? Hosts.loopbackV6() : Hosts.loopback();
    }

    /**
     * Runs tasks inside this place, one after another, without waiting for them: for a library that makes its
     * sockets on threads of its own executor (the JDK's HTTP client). Empty here: such a library's own
     * threads are already in this machine's namespace.
     */
    default Optional<Executor> tasks() {
        return Optional.empty();
    }

    /** The making of one socket. */
    @FunctionalInterface
    interface Opening<T> {
        T open() throws IOException;
    }

    /** The namespace this JVM runs in. */
    SocketPlace HERE = new SocketPlace() {
        @Override
        public <T> T open(Opening<T> opening) throws IOException {
            return opening.open();
        }
    };
}
