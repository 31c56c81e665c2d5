package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Static routes computed from a topology alone (no namespaces): the next hop of each reachable network. */
class RoutesTest {
    private final Map<Cidr, List<Attachment>> networks = new LinkedHashMap<>();

    private RoutesTest network(String cidr) {
        networks.put(Cidr.parse(cidr), new ArrayList<>());
        return this;
    }

    private RoutesTest on(String cidr, String host, String address, boolean router) {
        networks.get(Cidr.parse(cidr)).add(new Attachment(host, IpAddress.parse(address), "02:00:00:00:00:01", "eth0", router));
        return this;
    }

    private Map<String, String> routes(String host, int family) {
        Map<String, String> shown = new LinkedHashMap<>();
        Routes.of(host, family, networks).forEach((cidr, via) -> shown.put(cidr.toString(), via.toString()));
        return shown;
    }

    /** office - gw1 - transit - gw2 - dc, and a host "monitor" on transit. */
    private RoutesTest chain() {
        return network("192.168.1.0/24").network("172.16.0.0/29").network("10.0.0.0/8")
                .on("192.168.1.0/24", "web", "192.168.1.10", false)
                .on("10.0.0.0/8", "db", "10.0.0.5", false)
                .on("192.168.1.0/24", "gw1", "192.168.1.1", true).on("172.16.0.0/29", "gw1", "172.16.0.1", true)
                .on("172.16.0.0/29", "gw2", "172.16.0.2", true).on("10.0.0.0/8", "gw2", "10.0.0.1", true)
                .on("172.16.0.0/29", "monitor", "172.16.0.3", false);
    }

    @Test
    void eachNetworkBeyondGoesThroughTheFirstRouterOnTheWay() {
        chain();
        assertThat(routes("gw1", 4)).containsExactly(Map.entry("10.0.0.0/8", "172.16.0.2"));
        assertThat(routes("gw2", 4)).containsExactly(Map.entry("192.168.1.0/24", "172.16.0.1"));
        assertThat(routes("web", 4)).containsExactly(Map.entry("172.16.0.0/29", "192.168.1.1"),
                Map.entry("10.0.0.0/8", "192.168.1.1"));
        assertThat(routes("monitor", 4)).containsExactly(Map.entry("192.168.1.0/24", "172.16.0.1"),
                Map.entry("10.0.0.0/8", "172.16.0.2"));
    }

    @Test
    void aShorterPathWinsAndTiesGoToTheRouterThatJoinedFirst() {
        chain();
        // A second way from office to dc through one router only: shorter than gw1 then gw2.
        on("192.168.1.0/24", "gw3", "192.168.1.3", true).on("10.0.0.0/8", "gw3", "10.0.0.3", true);
        assertThat(routes("web", 4)).containsEntry("10.0.0.0/8", "192.168.1.3").containsEntry("172.16.0.0/29", "192.168.1.1");
        // Two routers between the same two networks: the one that joined first.
        on("192.168.1.0/24", "gw4", "192.168.1.4", true).on("10.0.0.0/8", "gw4", "10.0.0.4", true);
        assertThat(routes("web", 4)).containsEntry("10.0.0.0/8", "192.168.1.3");
    }

    @Test
    void noRouteToTheHostsOwnNetworksNorAcrossFamiliesNorThroughPlainHosts() {
        chain();
        network("fd00:1::/64").on("fd00:1::/64", "web", "fd00:1::10", false);
        assertThat(routes("web", 4)).doesNotContainKey("192.168.1.0/24");
        assertThat(routes("web", 6)).isEmpty();
        // "db" joins a second network but is no router: nothing is reachable through it.
        network("10.9.0.0/16").on("10.9.0.0/16", "db", "10.9.0.5", false);
        assertThat(routes("web", 4)).doesNotContainKey("10.9.0.0/16");
        assertThat(routes("nobody", 4)).isEmpty();
    }

    @Test
    void aTranslatingRouterLeadsOutFromItsInsideButNoRouteLeadsIn() {
        network("192.168.1.0/24").network("203.0.113.0/24").network("198.51.100.0/24");
        networks.get(Cidr.parse("192.168.1.0/24")).add(new Attachment("pc", IpAddress.parse("192.168.1.10"), "02:00:00:00:00:01",
                "eth0", false));
        networks.get(Cidr.parse("192.168.1.0/24")).add(new Attachment("home", IpAddress.parse("192.168.1.1"), "02:00:00:00:00:02",
                "eth0", true, Attachment.Side.INSIDE));
        networks.get(Cidr.parse("203.0.113.0/24")).add(new Attachment("home", IpAddress.parse("203.0.113.1"), "02:00:00:00:00:03",
                "eth1", true, Attachment.Side.OUTSIDE));
        on("203.0.113.0/24", "isp", "203.0.113.254", true).on("198.51.100.0/24", "isp", "198.51.100.1", true)
                .on("198.51.100.0/24", "far", "198.51.100.20", false);
        assertThat(routes("pc", 4)).containsExactly(Map.entry("203.0.113.0/24", "192.168.1.1"),
                Map.entry("198.51.100.0/24", "192.168.1.1"));
        assertThat(routes("far", 4)).containsExactly(Map.entry("203.0.113.0/24", "198.51.100.1"));
        assertThat(routes("isp", 4)).isEmpty();
        assertThat(routes("home", 4)).containsExactly(Map.entry("198.51.100.0/24", "203.0.113.254"));
    }
}
