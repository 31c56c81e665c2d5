package io.netspec.host;

import io.netspec.socket.Hosts;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The nftables rules of a router that translates addresses, as text for {@code nft -f -}: one table,
 * {@value #TABLE} (family inet: IPv4 and IPv6), in the router's own namespace.
 * <ul>
 *   <li>postrouting: what it forwards from an inside interface out of an outside one leaves with the
 *       router's own address there ({@code masquerade});</li>
 *   <li>forward: answers pass back in (connection tracking); from outside in, only what a port forward
 *       let in; anything else from outside to inside is refused with ICMP "network unreachable", as the
 *       Internet treats a private address;</li>
 *   <li>input: the router's own inside addresses do not answer from outside;</li>
 *   <li>prerouting: each port forward ({@code dnat} to an inside host and port).</li>
 * </ul>
 */
final class TranslationRules {
    static final String TABLE = "netspec";

    private TranslationRules() {
    }

    /** The table for a router with these attachments (each {@link Attachment.Side#INSIDE} or OUTSIDE). */
    static String table(List<Attachment> attachments) {
        String in = names(attachments, Attachment.Side.INSIDE);
        String out = names(attachments, Attachment.Side.OUTSIDE);
        StringBuilder input = new StringBuilder();
        for (Attachment a : attachments) {
            if (a.side() == Attachment.Side.INSIDE) {
                input.append("\t\tiifname ").append(out).append(a.address().isIpv4() ? " ip daddr " : " ip6 daddr ")
                        .append(a.address()).append(" reject with icmpx type no-route\n");
            }
        }
        return "table inet " + TABLE + " {\n"
                + "\tchain prerouting {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t}\n"
                + "\tchain postrouting {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
                + "\t\tiifname " + in + " oifname " + out + " masquerade\n\t}\n"
                + "\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n"
                + "\t\tct state established,related accept\n"
                + "\t\tiifname " + out + " oifname " + in + " ct status dnat accept\n"
                + "\t\tiifname " + out + " oifname " + in + " reject with icmpx type no-route\n\t}\n"
                + "\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n" + input + "\t}\n"
                + "}\n";
    }

    /** The rule that forwards {@code port} (TCP and UDP) of {@code outside}'s address to {@code target}. */
    static String forward(Attachment outside, int port, InetSocketAddress target) {
        boolean v6 = target.getAddress() instanceof Inet6Address;
        String family = v6 ? "ip6" : "ip";
        return "add rule inet " + TABLE + " prerouting iifname \"" + outside.interfaceName() + "\" " + family + " daddr "
                + outside.address() + " meta l4proto { tcp, udp } th dport " + port + " dnat " + family + " to "
                + Hosts.show(target) + "\n";
    }

    private static String names(List<Attachment> attachments, Attachment.Side side) {
        return "{ " + String.join(", ", attachments.stream().filter(a -> a.side() == side)
                .map(a -> "\"" + a.interfaceName() + "\"").toList()) + " }";
    }
}
