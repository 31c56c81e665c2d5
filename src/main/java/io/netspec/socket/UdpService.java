package io.netspec.socket;

import io.netspec.core.ScenarioError;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * A UDP service netspec did not start (a DNS server, a memcached), addressed by host:port. UDP has no
 * connection to try, so nothing is checked up front: its answers (or their absence) are what steps check.
 */
public final class UdpService extends RunningService implements DatagramTarget {
    private UdpService(String name, InetSocketAddress address) {
        super(name, address, "UDP", SocketPlace.HERE);
    }

    /** The UDP service at {@code hostPort} ({@code "127.0.0.1:53"}, {@code "[::1]:53"}); a socket path is refused. */
    public static UdpService at(String name, String hostPort) {
        SocketAddress address = Targets.parseAddress(hostPort);
        if (!(address instanceof InetSocketAddress inet)) {
            throw ScenarioError.of("the UDP service \"" + name + "\" at \"" + hostPort + "\": expected"
                    + " host:port such as \"127.0.0.1:53\" or \"[::1]:53\"; a UDP service is not reached by a socket path");
        }
        return new UdpService(name, inet);
    }
}
