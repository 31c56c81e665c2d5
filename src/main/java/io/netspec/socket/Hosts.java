package io.netspec.socket;

import io.netspec.address.HostPort;

import java.net.InetAddress;
import java.net.SocketAddress;

/** Addresses a server may bind to. Only literals: netspec never looks a name up in DNS. */
public final class Hosts {
    private static final InetAddress LOOPBACK = HostPort.host("127.0.0.1");
    private static final InetAddress LOOPBACK_V6 = HostPort.host("::1");

    private Hosts() {
    }

    /** 127.0.0.1, where every server binds unless a step names another address. */
    public static InetAddress loopback() {
        return LOOPBACK;
    }

    /** ::1, the IPv6 loopback address. */
    public static InetAddress loopbackV6() {
        return LOOPBACK_V6;
    }

    /**
     * An address literal such as {@code "::1"} or {@code "127.0.0.2"}, read by the strict parser of
     * {@code address}; {@code "localhost"} means 127.0.0.1.
     */
    public static InetAddress literal(String text) {
        return HostPort.host(text);
    }

    /** How messages show an address (see {@link HostPort#show}). */
    public static String show(SocketAddress address) {
        return HostPort.show(address);
    }
}
