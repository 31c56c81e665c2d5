package io.netspec.ostable;

import io.netspec.address.HostPort;

import java.net.InetSocketAddress;

/** One line of /proc/net/tcp, tcp6, udp or udp6. */
public record InetSocketEntry(String protocol, InetSocketAddress local, InetSocketAddress remote, SocketState state,
                              long sendQueue, long receiveQueue, int uid, long inode) {
    public boolean isUdp() {
        return protocol.startsWith("udp");
    }

    /** The line as {@code netstat -an} would print it. */
    public String netstatLine() {
        return String.format("%-5s %6d %6d %-45s %-45s %s", protocol, receiveQueue, sendQueue, show(local),
                remote.getPort() == 0 ? wildcard(remote) : show(remote), state.netstatName(isUdp())).stripTrailing();
    }

    private static String show(InetSocketAddress a) {
        return HostPort.show(a);
    }

    private static String wildcard(InetSocketAddress a) {
        String host = HostPort.show(a);
        return host.substring(0, host.lastIndexOf(':')) + ":*";
    }
}
