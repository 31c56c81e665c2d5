package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The networks a packet crosses from a host to an address, hop by hop as the hosts' kernels forward it
 * with the routes {@link Routes} gives them: the sender's network towards the next router, that
 * router's network towards the next one, and so on to the network the address is on. Pure: works on
 * the topology's networks (range, and who is on each, in the order they were made).
 */
final class Crossings {
    private Crossings() {
    }

    /** The ranges of the networks crossed from {@code from} to {@code to}, in order; empty when it cannot get there. */
    static List<Cidr> of(String from, IpAddress to, Map<Cidr, List<Attachment>> networks) {
        Cidr target = networks.keySet().stream().filter(c -> c.network().version() == to.version() && c.contains(to))
                .findFirst().orElse(null);
        if (target == null) {
            return List.of();
        }
        List<Cidr> crossed = new ArrayList<>();
        String at = from;
        for (int hop = 0; hop <= networks.size(); hop++) {
            if (on(networks.get(target), at)) {
                crossed.add(target);
                return crossed;
            }
            IpAddress via = Routes.of(at, to.version(), networks).get(target);
            if (via == null) {
                return List.of();
            }
            String current = at;
            Cidr next = networks.entrySet().stream()
                    .filter(e -> e.getKey().network().version() == to.version() && on(e.getValue(), current)
                            && e.getKey().contains(via)).map(Map.Entry::getKey).findFirst().orElse(null);
            if (next == null) {
                return List.of();
            }
            crossed.add(next);
            at = networks.get(next).stream().filter(a -> a.address().equals(via)).map(Attachment::host).findFirst()
                    .orElse(null);
            if (at == null) {
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean on(List<Attachment> attachments, String host) {
        return attachments.stream().anyMatch(a -> a.host().equals(host));
    }
}
