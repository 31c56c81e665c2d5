package io.netspec.host;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(NetworkRange.parse("wide", "192.0.0.0/2").describe())
                .endsWith("; wider than a classful network: it starts in class C, whose networks are /24)");
        assertThat(NetworkRange.parse("v6", "fd00:1::/64").describe()).doesNotContain("class");
    }
}
