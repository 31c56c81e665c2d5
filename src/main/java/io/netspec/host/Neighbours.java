package io.netspec.host;

import io.netspec.address.IpAddress;

import java.util.List;
import java.util.Optional;

/** A host's neighbour table (ARP for IPv4, neighbour discovery for IPv6) as iproute2 shows it inside the host. */
final class Neighbours {
    private Neighbours() {
    }

    /** The host's entry for {@code address} on {@code ifName} ("192.168.1.10 lladdr 02:… REACHABLE"), or "none". */
    static String entry(Host host, IpAddress address, String ifName) {
        String shown = host.configure(List.of("ip", "neigh", "show", "to", address.toString(), "dev", ifName), "").strip();
        return shown.isEmpty() ? "no entry for " + address : shown;
    }

    /** The MAC address of an entry as {@link #entry} gives it, if it has one. */
    static Optional<String> mac(String entry) {
        String[] words = entry.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("lladdr")) {
                return Optional.of(words[i + 1]);
            }
        }
        return Optional.empty();
    }
}
