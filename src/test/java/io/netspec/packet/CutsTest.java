package io.netspec.packet;

import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which frames a scenario's cuts take, frame by frame, and which they leave alone. */
class CutsTest {
    private static final InetSocketAddress WEB = Frames.at("192.168.1.10", 40000);
    private static final InetSocketAddress APP = Frames.at("192.168.1.11", 40001);
    private static final InetSocketAddress DB = Frames.at("10.0.0.5", 5432);
    private static final InetSocketAddress DB6 = Frames.at("fd00:2::5", 5432);
    private static final InetSocketAddress WEB6 = Frames.at("fd00:1::10", 40000);

    private final Cuts cuts = new Cuts();

    private Cuts.Verdict judge(String network, byte[] frame) {
        return cuts.judge(network, new Crossing("web", "gw", frame, System.nanoTime()), PacketDecoder.decode(frame));
    }

    private static List<InetAddress> of(InetSocketAddress... at) {
        return java.util.Arrays.stream(at).map(InetSocketAddress::getAddress).toList();
    }

    @Test
    void withNothingCutEveryFramePasses() {
        assertThat(judge("office", Frames.tcp(WEB, DB, Packet.SYN, 1, 0, 0))).isNull();
    }

    @Test
    void bothWaysCutsEveryPacketBetweenTheGroupsOnEveryNetworkAndNothingElse() {
        CutRule rule = CutRule.bothWays(of(WEB, APP, WEB6), of(DB, DB6), "hosts \"web, app\" cut off from \"db\"");
        cuts.add(rule);
        assertThat(judge("office", Frames.udp(WEB, DB, 10)).why()).isEqualTo("cut off: hosts \"web, app\" cut off from \"db\"");
        assertThat(judge("dc", Frames.udp(DB, APP, 10))).as("the reverse, on another network").isNotNull();
        assertThat(judge("dc", Frames.tcp(DB6, WEB6, Packet.ACK, 1, 1, 5))).as("IPv6").isNotNull();
        assertThat(judge("office", Frames.udp(WEB, APP, 10))).as("inside a group").isNull();
        assertThat(judge("office", Frames.udp(WEB, Frames.at("192.168.1.1", 53), 10))).as("to a third host").isNull();
        assertThat(rule.frames()).isEqualTo(3);
        assertThat(rule.firstFrameNanos()).isPositive();
        cuts.remove(rule);
        assertThat(judge("office", Frames.udp(WEB, DB, 10))).isNull();
    }

    @Test
    void everyOtherAddressMeansAnyAddressNotOfTheHost() {
        cuts.add(CutRule.bothWays(of(DB), null, "host \"db\" cut off from every other host"));
        assertThat(judge("dc", Frames.udp(DB, Frames.at("10.0.0.77", 1), 10))).isNotNull();
        assertThat(judge("dc", Frames.udp(Frames.at("172.16.0.1", 1), DB, 10))).isNotNull();
        assertThat(judge("office", Frames.udp(WEB, APP, 10))).isNull();
    }

    @Test
    void oneWayDropsOneDirectionOnTheNetworkItNamesOnly() {
        cuts.add(CutRule.oneWay("office", of(WEB), of(DB), "every packet from \"web\" to \"db\""));
        assertThat(judge("office", Frames.udp(WEB, DB, 10))).isNotNull();
        assertThat(judge("office", Frames.udp(DB, WEB, 10))).as("the reverse").isNull();
        assertThat(judge("dc", Frames.udp(WEB, DB, 10))).as("another network").isNull();
    }

    @Test
    void aRejectTakesSynsToTheHostOnlyAndSaysItAnswersWithAReset() {
        cuts.add(CutRule.reject("dc", of(DB), "TCP connections to \"db\" rejected"));
        Cuts.Verdict syn = judge("dc", Frames.tcp(WEB, DB, Packet.SYN, 100, 0, 0));
        assertThat(syn.reject()).isTrue();
        assertThat(syn.why()).isEqualTo("rejected: TCP connections to \"db\" rejected, answered with a reset");
        assertThat(judge("dc", Frames.tcp(WEB, DB, Packet.ACK | Packet.PSH, 101, 1, 10))).as("an open connection").isNull();
        assertThat(judge("dc", Frames.tcp(DB, WEB, Packet.SYN, 100, 0, 0))).as("a SYN from it").isNull();
        assertThat(judge("dc", Frames.udp(WEB, DB, 10))).as("UDP").isNull();
    }

    @Test
    void addressResolutionPassesEveryCut() throws Exception {
        cuts.add(CutRule.bothWays(of(WEB, WEB6), of(DB, DB6), "cut"));
        assertThat(judge("office", Frames.arpRequest("192.168.1.10", "10.0.0.5"))).isNull();
        assertThat(judge("office", icmpv6(WEB6.getAddress(), DB6.getAddress(), 136))).as("a neighbour advertisement").isNull();
        assertThat(judge("office", icmpv6(WEB6.getAddress(), DB6.getAddress(), 128))).as("an echo request").isNotNull();
    }

    @Test
    void aNetworkDownOrAPulledCableTakesEveryFrameArpIncluded() throws Exception {
        cuts.down("office", true);
        assertThat(judge("office", Frames.arpRequest("192.168.1.10", "192.168.1.20")).why())
                .isEqualTo("the network \"office\" is down");
        assertThat(judge("dc", Frames.udp(WEB, DB, 1))).isNull();
        cuts.down("office", false);
        cuts.pulled("gw", true);
        assertThat(judge("dc", Frames.udp(WEB, DB, 1)).why()).isEqualTo("the cable of host \"gw\" is pulled");
        assertThat(cuts.isPulled("gw")).isTrue();
    }

    @Test
    void aRuleNeedsTwoSidesThatDoNotOverlap() {
        assertThatThrownBy(() -> CutRule.bothWays(of(WEB), of(WEB, DB), "w")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an address cannot be on both sides of a cut");
        assertThatThrownBy(() -> CutRule.oneWay("x", List.of(), of(DB), "w")).hasMessageContaining("at least one address");
    }

    /** An IPv6 frame carrying an ICMPv6 message of {@code type}. */
    static byte[] icmpv6(InetAddress from, InetAddress to, int type) {
        byte[] icmp = ByteBuffer.allocate(24).put((byte) type).array();
        return Frames.ip(from, to, 58, icmp);
    }
}
