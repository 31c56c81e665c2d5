package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The networks a packet crosses from a host to an address, from the topology alone (no namespaces). */
class CrossingsTest {
    private final Map<Cidr, List<Attachment>> networks = new LinkedHashMap<>();

    private CrossingsTest on(String cidr, String host, String address, boolean router) {
        networks.computeIfAbsent(Cidr.parse(cidr), c -> new ArrayList<>())
                .add(new Attachment(host, IpAddress.parse(address), "02:00:00:00:00:01", "eth0", router));
        return this;
    }

    private List<String> crossed(String from, String to) {
        return Crossings.of(from, IpAddress.parse(to), networks).stream().map(Cidr::toString).toList();
    }

    /** office - gw1 - transit - gw2 - dc; "lab" hangs off gw1; "island" has no router. */
    private void chain() {
        on("192.168.1.0/24", "web", "192.168.1.10", false).on("10.0.0.0/8", "db", "10.0.0.5", false)
                .on("192.168.1.0/24", "gw1", "192.168.1.1", true).on("172.16.0.0/29", "gw1", "172.16.0.1", true)
                .on("172.16.0.0/29", "gw2", "172.16.0.2", true).on("10.0.0.0/8", "gw2", "10.0.0.1", true)
                .on("172.20.0.0/16", "probe", "172.20.0.9", false).on("172.20.0.0/16", "gw1", "172.20.0.1", true)
                .on("198.51.100.0/24", "alone", "198.51.100.7", false);
    }

    @Test
    void onOneNetworkAPacketCrossesThatNetworkOnly() {
        chain();
        assertThat(crossed("web", "192.168.1.1")).containsExactly("192.168.1.0/24");
    }

    @Test
    void throughRoutersItCrossesEachNetworkOnTheWayInOrder() {
        chain();
        assertThat(crossed("web", "10.0.0.5")).containsExactly("192.168.1.0/24", "172.16.0.0/29", "10.0.0.0/8");
        assertThat(crossed("db", "192.168.1.10")).containsExactly("10.0.0.0/8", "172.16.0.0/29", "192.168.1.0/24");
        assertThat(crossed("probe", "10.0.0.5")).as("a network off the way is not crossed")
                .containsExactly("172.20.0.0/16", "172.16.0.0/29", "10.0.0.0/8");
    }

    @Test
    void withoutAWayThereIsNoCrossing() {
        chain();
        assertThat(crossed("web", "198.51.100.7")).isEmpty();
        assertThat(crossed("web", "203.0.113.1")).as("an address on no network").isEmpty();
    }

    @Test
    void ipv6FollowsItsOwnRoutes() {
        on("fd00:1::/64", "web", "fd00:1::10", false).on("fd00:1::/64", "gw", "fd00:1::1", true)
                .on("fd00:2::/64", "gw", "fd00:2::1", true).on("fd00:2::/64", "db", "fd00:2::5", false);
        assertThat(crossed("web", "fd00:2::5")).containsExactly("fd00:1::/64", "fd00:2::/64");
    }
}
