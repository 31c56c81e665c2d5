package io.netspec.host;

import io.netspec.address.AddressClass;
import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;

import java.net.InetAddress;
import java.time.Duration;

/**
 * A UDP sink on a host that is a member of a multicast group: the host's own kernel joins the group on
 * its interface on one network (and sends the IGMP or MLD report), and the sink is ready once that
 * network's switch has seen the report, so a datagram sent to the group right after reaches it.
 */
public final class MulticastSink {
    private MulticastSink() {
    }

    /**
     * Starts the sink {@code name} on {@code host}, bound to {@code group:port} and joined on the host's
     * interface on {@code network} (null: its first network of the group's family); waits at most
     * {@code wait} for the switch to see the join.
     */
    public static UdpServer start(String name, Host host, String group, long port, Network network, Duration wait) {
        IpAddress address = group(group);
        if (port < 1 || port > 65_535) {
            throw ScenarioError.of("port " + port + " cannot be the port of the multicast group " + group
                    + ": expected 1 to 65535");
        }
        Network on = network == null ? firstOfFamily(host, address) : network;
        Attachment at = on.hosts().get(host.name());
        if (at == null) {
            throw ScenarioError.of("host \"" + host.name() + "\" is not on \"" + on.name() + "\", so it cannot join "
                    + group + " there: a host joins a group on a network it is on (" + networksOf(host) + ")");
        }
        if (at.address().version() != address.version()) {
            throw ScenarioError.of(group + " is an IPv" + address.version() + " group and \"" + on.name() + "\" an IPv"
                    + at.address().version() + " network: a group is joined on a network of its own family");
        }
        InetAddress inet = address.toInetAddress();
        UdpServer sink = UdpServer.sink().named(name).inside(host).inGroup(inet, (int) port, at.interfaceName()).start();
        if (!GroupMembers.linkLocalScope(inet) && !on.awaitMember(host.name(), inet, wait)) {
            sink.close();
            throw NetspecFailure.of("host \"" + host.name() + "\" joined " + group + " on " + at.interfaceName()
                    + ", but the switch of \"" + on.name() + "\" saw no IGMP or MLD report of it within "
                    + Durations.format(wait));
        }
        return sink;
    }

    /** The group {@code text} names: a class D address or an IPv6 multicast address, else fails naming the rule. */
    static IpAddress group(String text) {
        IpAddress address;
        try {
            address = IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("\"" + text + "\" cannot be a multicast group: " + e.getMessage(), e);
        }
        if (!address.toInetAddress().isMulticastAddress()) {
            throw ScenarioError.of("\"" + text + "\" cannot be a multicast group: a group is a class D address"
                    + " (224.0.0.0/4: 224.0.0.0 to 239.255.255.255) or an IPv6 multicast address (ff00::/8), and "
                    + address + " is " + (address.isIpv4() ? "class " + AddressClass.of(address) : "not in ff00::/8"));
        }
        return address;
    }

    private static Network firstOfFamily(Host host, IpAddress group) {
        return host.networks().stream().filter(n -> n.cidr().network().version() == group.version()).findFirst()
                .orElseThrow(() -> ScenarioError.of("host \"" + host.name() + "\" is on no IPv" + group.version()
                        + " network, so it cannot join " + group + ": a group is joined on a network of its own family ("
                        + networksOf(host) + ")"));
    }

    private static String networksOf(Host host) {
        return host.networks().isEmpty() ? "it is on none" : "it is on " + String.join(", ", host.networks().stream()
                .map(n -> "\"" + n.name() + "\" (" + n.cidr() + ")").toList());
    }
}
