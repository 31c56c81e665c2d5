package io.netspec.socket;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * A UDP service netspec did not start (a DNS server, a memcached), addressed by host:port. UDP has no
 * connection to try, so nothing is checked up front: its answers (or their absence) are what steps check.
 */
public final class UdpService implements DatagramTarget {
    private final String name;
    private final InetSocketAddress address;

    private UdpService(String name, InetSocketAddress address) {
        this.name = name;
        this.address = address;
    }

    /** The UDP service at {@code hostPort} ({@code "127.0.0.1:53"}, {@code "[::1]:53"}); a socket path is refused. */
    public static UdpService at(String name, String hostPort) {
        SocketAddress address = Targets.parseAddress(hostPort);
        if (!(address instanceof InetSocketAddress inet)) {
            throw new IllegalArgumentException("the UDP service \"" + name + "\" at \"" + hostPort + "\": expected"
                    + " host:port such as \"127.0.0.1:53\" or \"[::1]:53\"; a UDP service is not reached by a socket path");
        }
        return new UdpService(name, inet);
    }

    public String name() {
        return name;
    }

    @Override
    public SocketAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return "the UDP service " + Targets.label(name, address);
    }

    @Override
    public String toString() {
        return describe();
    }
}
