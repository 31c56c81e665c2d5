package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import io.netspec.netns.LinkChanges;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default gateways and static routes of a topology's hosts, as given so far: a host on a network with
 * exactly one router gets that router as its default gateway; every router, and every host whose default
 * gateway is not the way to some network, gets a static route to each network it can reach through
 * routers ({@link Routes}). Decided again for every host whenever hosts join; only what changed is sent
 * to each host. Guarded by its topology.
 */
final class StaticRoutes {
    private final Map<String, IpAddress> gateways = new LinkedHashMap<>();
    /** The static routes each host was given, by host and family ("gw/4"). */
    private final Map<String, Map<Cidr, IpAddress>> routes = new LinkedHashMap<>();

    /**
     * Gives each host the one router of its network as default gateway, and static routes where that
     * gateway is not the way (or there is none), per address family; only what changed is applied, in
     * one batch per host. Routers are looked up once per network, so this costs little per host.
     */
    void apply(Collection<Network> networks, Collection<Host> hosts) {
        Map<Cidr, List<Attachment>> routers = new LinkedHashMap<>();
        networks.forEach(n -> routers.put(n.cidr(), n.routers()));
        if (routers.values().stream().allMatch(List::isEmpty) && routes.isEmpty() && gateways.isEmpty()) {
            return;  // no router anywhere, and none before: nothing to route
        }
        for (Host host : hosts) {
            Map<Cidr, List<Attachment>> seen = new LinkedHashMap<>();
            routers.forEach((cidr, on) -> seen.put(cidr, new ArrayList<>(on)));
            List<Network> on = host.networks();
            List<Attachment> at = host.attachments();
            for (int i = 0; i < on.size(); i++) {
                if (!at.get(i).router()) {
                    seen.get(on.get(i).cidr()).add(at.get(i));  // where the host itself is
                }
            }
            LinkChanges changes = new LinkChanges();
            for (int family : new int[] {4, 6}) {
                IpAddress gateway = host.isRouter() ? null : gatewayFor(host, family, routers);
                Map<Cidr, IpAddress> wanted = new LinkedHashMap<>(Routes.of(host.name(), family, seen));
                wanted.values().removeIf(via -> via.equals(gateway));
                applyRoutes(host, family, wanted, changes);
                if (!host.isRouter()) {
                    applyGateway(host, family, gateway, changes);
                }
            }
            host.apply(changes);
        }
    }

    private void applyRoutes(Host host, int family, Map<Cidr, IpAddress> wanted, LinkChanges changes) {
        String key = host.name() + "/" + family;
        Map<Cidr, IpAddress> had = routes.getOrDefault(key, Map.of());
        had.keySet().stream().filter(cidr -> !wanted.containsKey(cidr))
                .forEach(cidr -> changes.noRoute(cidr.network().toInetAddress(), cidr.length()));
        wanted.forEach((cidr, via) -> {
            if (!via.equals(had.get(cidr))) {
                changes.route(cidr.network().toInetAddress(), cidr.length(), via.toInetAddress());
            }
        });
        if (wanted.isEmpty()) {
            routes.remove(key);
        } else {
            routes.put(key, wanted);
        }
    }

    private void applyGateway(Host host, int family, IpAddress gateway, LinkChanges changes) {
        String key = host.name() + "/" + family;
        if (Objects.equals(gateway, gateways.get(key))) {
            return;
        }
        InetAddress any = family == 4 ? IpAddress.parse("0.0.0.0").toInetAddress() : IpAddress.parse("::").toInetAddress();
        if (gateway != null) {
            changes.route(any, 0, gateway.toInetAddress());
            gateways.put(key, gateway);
        } else {
            changes.noRoute(any, 0);
            gateways.remove(key);
        }
    }

    private static IpAddress gatewayFor(Host host, int family, Map<Cidr, List<Attachment>> routers) {
        for (Network network : host.networks()) {
            if (network.cidr().network().version() != family) {
                continue;
            }
            List<Attachment> others = routers.get(network.cidr()).stream().filter(a -> !a.host().equals(host.name())).toList();
            if (others.size() == 1) {
                return others.get(0).address();
            }
        }
        return null;
    }

    /** The default gateway {@code host} was given for {@code family} (4 or 6), or null. */
    IpAddress gateway(String host, int family) {
        return gateways.get(host + "/" + family);
    }

    /** Every default route and static route given, a line each. */
    void describe(StringBuilder text) {
        gateways.forEach((key, via) -> text.append("default route of ").append(key).append(" via ").append(via).append('\n'));
        routes.forEach((key, each) -> each.forEach((cidr, via) -> text.append("route of ").append(key).append(" to ")
                .append(cidr).append(" via ").append(via).append('\n')));
    }
}
