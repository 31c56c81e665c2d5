package io.netspec.host;

import io.netspec.testkit.packet.GroupFrames;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

import static io.netspec.testkit.packet.GroupFrames.CHANGE_TO_EXCLUDE;
import static io.netspec.testkit.packet.GroupFrames.CHANGE_TO_INCLUDE;
import static org.assertj.core.api.Assertions.assertThat;

/** The switch's multicast decisions: reports are learnt and flooded, a group's frames go to its members only. */
class GroupMembersTest {
    private final GroupMembers groups = new GroupMembers();

    private void join(String host, String from, String group) {
        assertThat(groups.egress(host, GroupFrames.igmpv3(from, new GroupFrames.Record(CHANGE_TO_EXCLUDE, group))))
                .as("a report is flooded").isNull();
    }

    @Test
    void aGroupsFramesGoToItsMembersOnly() throws Exception {
        join("a", "192.168.1.11", "239.1.2.3");
        join("b", "192.168.1.12", "239.1.2.3");
        join("c", "192.168.1.13", "239.9.9.9");
        assertThat(groups.egress("studio", GroupFrames.datagram("192.168.1.20", "239.1.2.3"))).containsExactlyInAnyOrder("a", "b");
        assertThat(groups.egress("studio", GroupFrames.datagram("192.168.1.20", "239.7.7.7"))).isEmpty();
        assertThat(groups.isMember("a", InetAddress.getByName("239.1.2.3"))).isTrue();
        assertThat(groups.isMember("c", InetAddress.getByName("239.1.2.3"))).isFalse();
        assertThat(groups.reached(InetAddress.getByName("239.1.2.3"), Set.of(), Duration.ZERO)).containsExactlyInAnyOrder("a", "b");
        assertThat(groups.describe()).contains("239.1.2.3: members now a, b; 1 frame sent to it, forwarded to a, b")
                .contains("239.7.7.7: no member now; 1 frame sent to it, forwarded to no host");
    }

    @Test
    void aHostThatLeavesGetsNothingMore() throws Exception {
        join("a", "192.168.1.11", "239.1.2.3");
        join("b", "192.168.1.12", "239.1.2.3");
        groups.egress("b", GroupFrames.igmpv3("192.168.1.12", new GroupFrames.Record(CHANGE_TO_INCLUDE, "239.1.2.3")));
        assertThat(groups.egress("studio", GroupFrames.datagram("192.168.1.20", "239.1.2.3"))).containsExactly("a");
        groups.egress("a", GroupFrames.igmpv2("192.168.1.11", 0x17, "239.1.2.3"));
        assertThat(groups.egress("studio", GroupFrames.datagram("192.168.1.20", "239.1.2.3"))).isEmpty();
    }

    @Test
    void linkLocalGroupsAndAnythingElseAreFlooded() throws Exception {
        assertThat(groups.egress("a", GroupFrames.datagram("192.168.1.11", "224.0.0.251"))).isNull();
        assertThat(groups.egress("a", GroupFrames.datagram("fd00::11", "ff02::1:ff00:10"))).isNull();
        assertThat(groups.egress("a", GroupFrames.datagram("192.168.1.11", "192.168.1.255"))).isNull();
        assertThat(groups.egress("a", new byte[20])).isNull();
        assertThat(GroupMembers.linkLocalScope(InetAddress.getByName("ff05::1:3"))).isFalse();
        assertThat(GroupMembers.linkLocalScope(InetAddress.getByName("224.0.1.1"))).isFalse();
    }

    @Test
    void ipv6GroupsAreLearntFromMld() throws Exception {
        groups.egress("v6a", GroupFrames.mldv2("fe80::1", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "ff05::1:3")));
        assertThat(groups.egress("v6studio", GroupFrames.datagram("fd00::20", "ff05::1:3"))).containsExactly("v6a");
    }

    @Test
    void waitingForAJoinEndsWithTheJoinOrTheBound() throws Exception {
        InetAddress group = InetAddress.getByName("239.1.2.3");
        assertThat(groups.awaitMember("a", group, Duration.ofMillis(20))).isFalse();
        Thread joiner = new Thread(() -> join("a", "192.168.1.11", "239.1.2.3"));
        joiner.start();
        assertThat(groups.awaitMember("a", group, Duration.ofSeconds(10))).isTrue();
        joiner.join();
    }
}
