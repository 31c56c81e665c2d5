package io.netspec.host;

import io.netspec.address.IpAddress;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which side a translating router hides, and the nftables rules it gets. */
class TranslationTest {
    private static final Network LAN = new Network("lan", NetworkRange.parse("lan", "192.168.1.0/24"), 1);
    private static final Network FLAT = new Network("flat", NetworkRange.parse("flat", "10.1.0.0/16"), 2);
    private static final Network INTERNET = new Network("internet", NetworkRange.parse("internet", "203.0.113.0/24"), 3);
    private static final Network OTHER = new Network("other", NetworkRange.parse("other", "198.51.100.0/24"), 4);
    private static final Network V6LAN = new Network("v6lan", NetworkRange.parse("v6lan", "fd00:7::/64"), 5);

    private static Topology.Join at(Network network, String address) {
        return new Topology.Join(network, IpAddress.parse(address));
    }

    @Test
    void thePrivateSideIsHidden() {
        assertThat(Translator.inside("home", List.of(at(LAN, "192.168.1.1"), at(INTERNET, "203.0.113.1")), null))
                .containsExactly(LAN);
        assertThat(Translator.inside("home", List.of(at(INTERNET, "203.0.113.1"), at(LAN, "192.168.1.1")), null))
                .containsExactly(LAN);
        assertThat(Translator.isPrivate(V6LAN)).isTrue();
        assertThat(Translator.isPrivate(INTERNET)).isFalse();
    }

    @Test
    void twoPrivateOrTwoPublicSidesAreRefusedUnlessOneIsNamed() {
        List<Topology.Join> privateOnes = List.of(at(FLAT, "10.1.0.1"), at(LAN, "192.168.1.2"));
        assertThatThrownBy(() -> Translator.inside("inner", privateOnes, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both sides of the router \"inner\" are private (\"flat\" on 10.1.0.0/16, \"lan\" on"
                        + " 192.168.1.0/24)").hasMessageContaining("that translates the addresses of \"flat\"");
        assertThat(Translator.inside("inner", privateOnes, "flat")).containsExactly(FLAT);
        List<Topology.Join> publicOnes = List.of(at(OTHER, "198.51.100.1"), at(INTERNET, "203.0.113.1"));
        assertThatThrownBy(() -> Translator.inside("edge", publicOnes, null))
                .hasMessageContaining("neither side of the router \"edge\" is private");
        assertThatThrownBy(() -> Translator.inside("edge", publicOnes, "lan"))
                .hasMessageContaining("cannot translate the addresses of \"lan\": it is not on it");
        assertThatThrownBy(() -> Translator.inside("mixed", List.of(at(V6LAN, "fd00:7::1"), at(INTERNET, "203.0.113.1")), null))
                .hasMessageContaining("cannot translate between an IPv4 and an IPv6 network");
    }

    @Test
    void theRulesMasqueradeOutwardsAndRefuseInwards() {
        String table = TranslationRules.table(List.of(
                new Attachment("home", IpAddress.parse("192.168.1.1"), "02:00:00:01:00:03", "eth0", true, Attachment.Side.INSIDE),
                new Attachment("home", IpAddress.parse("203.0.113.1"), "02:00:00:02:00:02", "eth1", true, Attachment.Side.OUTSIDE)));
        assertThat(table).startsWith("table inet netspec {")
                .contains("iifname { \"eth0\" } oifname { \"eth1\" } masquerade")
                .contains("ct state established,related accept")
                .contains("iifname { \"eth1\" } oifname { \"eth0\" } ct status dnat accept")
                .contains("iifname { \"eth1\" } oifname { \"eth0\" } reject with icmpx type no-route")
                .contains("iifname { \"eth1\" } ip daddr 192.168.1.1 reject with icmpx type no-route");
        assertThat(table.indexOf("ct status dnat accept")).isLessThan(table.indexOf("oifname { \"eth0\" } reject"));
    }

    @Test
    void aPortForwardRewritesTheDestinationOfTcpAndUdp() throws Exception {
        Attachment outside = new Attachment("home", IpAddress.parse("203.0.113.1"), "02:00:00:02:00:02", "eth1", true,
                Attachment.Side.OUTSIDE);
        assertThat(TranslationRules.forward(outside, 8080, new InetSocketAddress(IpAddress.parse("192.168.1.10").toInetAddress(), 80)))
                .isEqualTo("add rule inet netspec prerouting iifname \"eth1\" ip daddr 203.0.113.1 meta l4proto { tcp, udp }"
                        + " th dport 8080 dnat ip to 192.168.1.10:80\n");
        Attachment v6 = new Attachment("home", IpAddress.parse("2001:db8:7::1"), "02:00:00:02:00:02", "eth1", true,
                Attachment.Side.OUTSIDE);
        assertThat(TranslationRules.forward(v6, 8080, new InetSocketAddress(IpAddress.parse("fd00:7::10").toInetAddress(), 80)))
                .contains("ip6 daddr 2001:db8:7::1").endsWith("dnat ip6 to [fd00:7::10]:80\n");
    }
}
