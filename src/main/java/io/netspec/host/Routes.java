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
 * A router never routes through itself, and only routers forward, so a path crosses routers only. A
 * router that translates addresses leads from its inside (private side) out, never from outside in: the
 * networks it hides are routed nowhere beyond it.
 */
final class Routes {
    private Routes() {
    }

    /** A translating router entered on its outside hides its inside: no route leads there from outside. */
    private static boolean hides(Attachment entered, Attachment left) {
        return entered.side() == Attachment.Side.OUTSIDE && left.side() == Attachment.Side.INSIDE;
    }

    /**
     * The networks {@code host} can reach but is not on, each with its next hop, nearest first.
     * {@code networks}: each network's range and who is on it, networks in the order they were made
     * and hosts in the order they joined.
     */
    static Map<Cidr, IpAddress> of(String host, int family, Map<Cidr, List<Attachment>> networks) {
        Map<Cidr, IpAddress> firstHop = new LinkedHashMap<>();
        Deque<Cidr> frontier = new ArrayDeque<>();
        networks.forEach((cidr, on) -> {
            if (cidr.network().version() == family && on.stream().anyMatch(a -> a.host().equals(host))) {
                firstHop.put(cidr, null);  // on it: no route needed
                frontier.add(cidr);
            }
        });
        while (!frontier.isEmpty()) {
            Cidr at = frontier.poll();
            for (Attachment router : networks.get(at)) {
                if (!router.router() || router.host().equals(host)) {
                    continue;
                }
                IpAddress via = firstHop.get(at) == null ? router.address() : firstHop.get(at);
                networks.forEach((beyond, on) -> {
                    if (beyond.network().version() == family && !firstHop.containsKey(beyond)
                            && on.stream().anyMatch(a -> a.host().equals(router.host()) && !hides(router, a))) {
                        firstHop.put(beyond, via);
                        frontier.add(beyond);
                    }
                });
            }
        }
        Map<Cidr, IpAddress> routes = new LinkedHashMap<>();
        firstHop.forEach((cidr, via) -> {
            if (via != null) {
                routes.put(cidr, via);
            }
        });
        return routes;
    }
}
