package io.netspec.socket;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/**
 * A UDP socket's membership of a multicast group, as a receiver takes it: {@code IP_ADD_MEMBERSHIP}
 * (IPv4) or {@code IPV6_JOIN_GROUP} (IPv6) on one interface, found by name where the socket lives (a
 * host's interfaces are seen from inside its namespace only). The kernel of that place then sends the
 * IGMP or MLD report; closing the socket leaves the group.
 */
final class GroupMembership {
    private GroupMembership() {
    }

    /** Joins {@code group} on {@code interfaceName}; returns the call as a transcript shows it. */
    static String join(DatagramSocket socket, InetAddress group, String interfaceName, SocketPlace place) throws IOException {
        DatagramChannel channel = socket.getChannel();
        if (channel == null || !group.isMulticastAddress()) {
            throw new IOException(group.getHostAddress() + " is no multicast group, or the socket cannot join one");
        }
        place.open(() -> {
            NetworkInterface at = NetworkInterface.getByName(interfaceName);
            if (at == null) {
                throw new IOException("there is no interface " + interfaceName + " in " + place.describe());
            }
            return channel.join(group, at);
        });
        return "setsockopt(" + (group instanceof Inet6Address ? "IPV6_JOIN_GROUP" : "IP_ADD_MEMBERSHIP") + ", "
                + group.getHostAddress() + " on " + interfaceName + ")";
    }
}
