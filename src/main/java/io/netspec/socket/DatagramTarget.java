package io.netspec.socket;

/**
 * A target reached with datagrams rather than connections (a UDP server, a UDP link, a UDP service):
 * the OS socket table lists it among UDP sockets, bound rather than listening.
 */
public interface DatagramTarget extends Target {
    @Override
    default boolean datagram() {
        return true;
    }
}
