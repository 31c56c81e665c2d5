package io.netspec.host;

import io.netspec.address.Cidr;

import java.util.List;
import java.util.Optional;

/**
 * Ranges that are never a network of hosts, each with the rule that says why: the whole address space,
 * "this network" and the unspecified address, loopback, multicast, and IPv6 link-local. A network's range
 * is refused when it overlaps any of them (holds part of one, or lies inside one). IPv4 link-local
 * (169.254.0.0/16) is allowed: hosts given addresses there reach each other on their one network, and
 * routers do not join it ({@link #forRouters}).
 */
final class NeverHosts {
    private record Block(Cidr cidr, String rule) {
    }

    private static final List<Block> BLOCKS = List.of(
            new Block(Cidr.parse("0.0.0.0/8"), "0.0.0.0/8 is \"this network\" (RFC 1122): 0.0.0.0 is the unspecified"
                    + " address, which means \"no address yet\", and no address in 0.0.0.0/8 may be a destination"),
            new Block(Cidr.parse("127.0.0.0/8"), "127.0.0.0/8 is loopback (RFC 1122): every host has all of it inside"
                    + " itself, so an address there never leaves the host that sends to it"),
            new Block(Cidr.parse("224.0.0.0/4"), "224.0.0.0/4 is class D, multicast (RFC 5771): its addresses name"
                    + " groups, not hosts; a host joins a group with a UDP sink \"in the multicast group\""),
            new Block(Cidr.parse("::/128"), "::/128 is the unspecified address (RFC 4291), which means \"no address yet\""),
            new Block(Cidr.parse("::1/128"), "::1 is loopback (RFC 4291): every host has it inside itself, so it never"
                    + " leaves the host that sends to it"),
            new Block(Cidr.parse("ff00::/8"), "ff00::/8 is multicast (RFC 4291): its addresses name groups, not hosts;"
                    + " a host joins a group with a UDP sink \"in the multicast group\""),
            new Block(Cidr.parse("fe80::/10"), "fe80::/10 is link-local (RFC 4291): every IPv6 interface already has its"
                    + " own link-local address there, made from its MAC address, and reaching one needs a zone such as"
                    + " %eth0; use a unique-local range such as \"fd00:1::/64\""));

    private static final Cidr IPV4_LINK_LOCAL = Cidr.parse("169.254.0.0/16");

    private NeverHosts() {
    }

    /** Why {@code range} can never be a network of hosts, or empty when it can be one. */
    static Optional<String> rule(Cidr range) {
        if (range.length() == 0) {
            return Optional.of(range + " is the whole IPv" + range.network().version() + " address space, which holds"
                    + " loopback, multicast and the unspecified address: a network of hosts is a part of it");
        }
        for (Block block : BLOCKS) {
            if (range.contains(block.cidr()) || block.cidr().contains(range)) {
                return Optional.of(block.rule() + ", so it is never a network of hosts"
                        + (block.cidr().equals(range) ? "" : " (" + range + " overlaps " + block.cidr() + ")"));
            }
        }
        return Optional.empty();
    }

    /** Why a router cannot join a network on {@code range}, or empty when it can. */
    static Optional<String> forRouters(Cidr range) {
        if (range.contains(IPV4_LINK_LOCAL.network()) || IPV4_LINK_LOCAL.contains(range)) {
            return Optional.of(range + " is link-local (169.254.0.0/16, RFC 3927): its addresses mean something on"
                    + " one network only, and routers never forward them");
        }
        return Optional.empty();
    }
}
