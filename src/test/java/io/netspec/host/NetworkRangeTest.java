package io.netspec.host;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a network's range reads: host count first, then where it sits in the classful view. */
class NetworkRangeTest {
    @Test
    void aClassfulNetworkIsNamedByItsClass() {
        assertThat(NetworkRange.parse("office", "192.168.1.0/24").describe())
                .isEqualTo("192.168.1.0/24 (192.168.1.0 to 192.168.1.255: 254 hosts, 192.168.1.1 to 192.168.1.254;"
                        + " a class C network)");
        assertThat(NetworkRange.parse("dc", "10.0.0.0").describe()).endsWith("16,777,214 hosts, 10.0.0.1 to 10.255.255.254;"
                + " a class A network)");
    }

    @Test
    void aSubnetIsNotReadAsItsWholeClass() {
        assertThat(NetworkRange.parse("lab", "10.1.0.0/24").describe())
                .isEqualTo("10.1.0.0/24 (10.1.0.0 to 10.1.0.255: 254 hosts, 10.1.0.1 to 10.1.0.254;"
                        + " a /24 inside class A, whose classful networks are /8)");
    }

    @Test
    void aRangeWiderThanItsClassSaysSo() {
        assertThat(NetworkRange.parse("wide", "192.0.0.0/3").describe())
                .endsWith("; wider than a classful network: it starts in class C, whose networks are /24)");
        assertThat(NetworkRange.parse("v6", "fd00:1::/64").describe()).doesNotContain("class");
    }

    @Test
    void rangesThatAreNeverNetworksOfHostsAreRefusedWithTheirRule() {
        assertThat(refusal("127.0.0.0/8")).contains("127.0.0.0/8 is loopback (RFC 1122)")
                .contains("so it is never a network of hosts");
        assertThat(refusal("127.0.0.0")).contains("is loopback");
        assertThat(refusal("127.0.0.0/24")).contains("is loopback").contains("(127.0.0.0/24 overlaps 127.0.0.0/8)");
        assertThat(refusal("224.0.0.0/24")).contains("224.0.0.0/4 is class D, multicast (RFC 5771)");
        assertThat(refusal("239.0.0.0/8")).contains("multicast");
        assertThat(refusal("0.0.0.0/0")).contains("0.0.0.0/0 is the whole IPv4 address space");
        assertThat(refusal("0.0.0.0/8")).contains("\"this network\" (RFC 1122)");
        assertThat(refusal("0.0.0.0")).contains("\"this network\"");
        assertThat(refusal("::/0")).contains("::/0 is the whole IPv6 address space");
        assertThat(refusal("::/64")).contains("unspecified address");
        assertThat(refusal("::1/128")).contains("::1 is loopback");
        assertThat(refusal("ff05::/16")).contains("ff00::/8 is multicast");
        assertThat(refusal("fe80::/64")).contains("fe80::/10 is link-local").contains("fd00:1::/64");
        assertThat(refusal("96.0.0.0/3")).contains("(96.0.0.0/3 overlaps 127.0.0.0/8)");
    }

    @Test
    void everyOtherRangeIsNotRefused() {
        for (String ok : new String[] {"10.0.0.0/8", "192.168.1.0/24", "169.254.0.0/16", "203.0.113.0/24", "1.0.0.0/8",
                "128.0.0.0/2", "fd00:1::/64", "2001:db8::/64"}) {
            assertThat(NetworkRange.parse("n", ok).cidr().toString()).isEqualTo(ok);
        }
        assertThatThrownBy(() -> NetworkRange.refusal("10.0.0.0/8")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a network on \"10.0.0.0/8\" to be refused, but it may be a network of hosts");
    }

    @Test
    void routersDoNotJoinIpv4LinkLocal() {
        assertThat(NeverHosts.forRouters(NetworkRange.parse("ll", "169.254.0.0/16").cidr())).get().asString()
                .contains("routers never forward them");
        assertThat(NeverHosts.forRouters(NetworkRange.parse("x", "10.0.0.0/8").cidr())).isEmpty();
    }

    private static String refusal(String range) {
        return NetworkRange.refusal(range);
    }
}
