package io.netspec.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The network settings netspec itself gives a host's kernel, written under /proc/sys/net from a thread
 * inside the host: /proc/sys/net shows the namespace of the thread that opens it, so nothing outside the
 * host changes.
 */
final class Sysctls {
    private Sysctls() {
    }

    /**
     * Interfaces made from now on skip duplicate address detection, so their IPv6 link-local address
     * is usable at once, as the global ones (added with {@code nodad}) are: a router that forwards an
     * IPv6 packet asks for the next hop's MAC address from its link-local address, and would otherwise
     * hold the packet for about a second after the interface came up.
     */
    static Map<String, String> linkLocalAtOnce() {
        return Map.of("ipv6/conf/default/accept_dad", "0");
    }

    /** A router's: forwarding on, and no limit on its ICMP errors. */
    static Map<String, String> router() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("ipv4/ip_forward", "1");
        settings.put("ipv6/conf/all/forwarding", "1");
        // IPv6 forwards per interface: the router's interfaces are made after this, from "default".
        settings.put("ipv6/conf/default/forwarding", "1");
        // A router answers every probe of a path trace: no limit on its ICMP errors (by default a burst of
        // about 6 per peer, then 1 a second, so repeated traces would lose hops).
        settings.put("ipv4/icmp_ratelimit", "0");
        settings.put("ipv6/icmp/ratelimit", "0");
        return settings;
    }

    /**
     * Duplicate address detection on {@code ifName} (for a host given a taken IPv6 address on purpose),
     * with its first neighbour solicitation sent at once rather than after a random delay of up to a second.
     */
    static Map<String, String> detectDuplicates(String ifName) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("ipv6/conf/" + ifName + "/accept_dad", "1");
        settings.put("ipv6/conf/" + ifName + "/router_solicitation_delay", "0");
        return settings;
    }

    /**
     * No IPv6 on {@code ifName} (an interface of an IPv4 network): with it, the interface would send router
     * solicitations and MLD reports as it came up, which the switch floods to every port.
     */
    static Map<String, String> noIpv6(String ifName) {
        return Map.of("ipv6/conf/" + ifName + "/disable_ipv6", "1");
    }

    /** Writes {@code settings} on the calling thread, which must be inside the host's namespace (as it is made). */
    static void writeHere(Map<String, String> settings) throws IOException {
        for (Map.Entry<String, String> s : settings.entrySet()) {
            Files.writeString(Path.of("/proc/sys/net", s.getKey()), s.getValue());
        }
    }
}
