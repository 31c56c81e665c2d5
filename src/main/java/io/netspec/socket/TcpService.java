package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;

import java.net.SocketAddress;
import java.time.Duration;

/** Something already listening that netspec did not start (a Redis, a script), addressed by host:port. */
public final class TcpService extends RunningService {
    private TcpService(String name, SocketAddress address, SocketPlace place) {
        super(name, address, "TCP", place);
    }

    /**
     * A service at {@code hostPort}; it must accept a TCP connection within {@code within}, or this fails
     * with the OS error, so a scenario never runs against a service that is not up.
     */
    public static TcpService at(String name, String hostPort, Duration within) {
        return at(name, hostPort, within, SocketPlace.HERE);
    }

    /** A service at {@code hostPort} that must accept a connection made from {@code place} (a host) within {@code within}. */
    public static TcpService at(String name, String hostPort, Duration within, SocketPlace place) {
        SocketAddress address = Targets.parseAddress(hostPort);
        TcpService service = new TcpService(name, address, place);
        try {
            TcpClient.connect(name + " probe", service, within, null, place).close();
            return service;
        } catch (ConnectFailure e) {
            throw NetspecFailure.of("the TCP service \"" + name + "\" at " + Hosts.show(address)
                    + " is not up: expected it to accept a connection" + (place == SocketPlace.HERE ? "" : " made from "
                    + place.describe()) + " within " + Durations.format(within)
                    + ", but " + e.osError(), e);
        }
    }
}
