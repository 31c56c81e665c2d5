package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Static routes, as an administrator would write them: for one host, each network of one address
 * family that it is not on but can reach through routers, with the next hop (a router's address on
 * one of the host's own networks) on a shortest path: fewest routers crossed. Ties go to the network
 * made first and the router that joined it first, so the same topology always gives the same routes.
 * A router never routes through itself, and only routers forward, so a path crosses routers only.
 */
final class Routes {
    private Routes() {
    }

    /** The networks {@code host} can reach but is not on, each with its next hop, nearest first. */
    static Map<Cidr, IpAddress> of(String host, int family, List<Network> networks) {
        Map<Network, IpAddress> firstHop = new LinkedHashMap<>();
        Deque<Network> frontier = new ArrayDeque<>();
        for (Network n : networks) {
            if (n.cidr().network().version() == family && n.hosts().containsKey(host)) {
                firstHop.put(n, null);  // on it: no route needed
                frontier.add(n);
            }
        }
        while (!frontier.isEmpty()) {
            Network at = frontier.poll();
            for (Attachment router : at.hosts().values()) {
                if (!router.router() || router.host().equals(host)) {
                    continue;
                }
                IpAddress via = firstHop.get(at) == null ? router.address() : firstHop.get(at);
                for (Network beyond : networks) {
                    if (beyond.cidr().network().version() == family && !firstHop.containsKey(beyond)
                            && beyond.hosts().containsKey(router.host())) {
                        firstHop.put(beyond, via);
                        frontier.add(beyond);
                    }
                }
            }
        }
        Map<Cidr, IpAddress> routes = new LinkedHashMap<>();
        firstHop.forEach((network, via) -> {
            if (via != null) {
                routes.put(network.cidr(), via);
            }
        });
        return routes;
    }
}
