package io.netspec.packet;

import io.netspec.testkit.packet.GroupFrames;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

import static io.netspec.testkit.packet.GroupFrames.BLOCK_OLD_SOURCES;
import static io.netspec.testkit.packet.GroupFrames.CHANGE_TO_EXCLUDE;
import static io.netspec.testkit.packet.GroupFrames.CHANGE_TO_INCLUDE;
import static io.netspec.testkit.packet.GroupFrames.MODE_IS_INCLUDE;
import static io.netspec.testkit.packet.GroupFrames.ALLOW_NEW_SOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** IGMP and MLD reports read as the joins and leaves they are, whatever their version. */
class GroupReportsTest {
    @Test
    void anIgmpv3ReportJoinsAndLeavesGroups() {
        byte[] frame = GroupFrames.igmpv3("192.168.1.11", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "239.1.2.3"),
                new GroupFrames.Record(CHANGE_TO_INCLUDE, "239.9.9.9"),
                new GroupFrames.Record(ALLOW_NEW_SOURCES, "232.1.1.1", List.of("10.0.0.5")),
                new GroupFrames.Record(BLOCK_OLD_SOURCES, "232.2.2.2", List.of("10.0.0.6")),
                new GroupFrames.Record(MODE_IS_INCLUDE, "232.3.3.3"));
        GroupReports.Report report = GroupReports.of(frame).orElseThrow();
        assertThat(report.protocol()).isEqualTo("IGMPv3");
        assertThat(report.changes()).extracting(Object::toString)
                .containsExactly("join 239.1.2.3", "leave 239.9.9.9", "join 232.1.1.1", "leave 232.3.3.3");
        assertThat(report.summary()).isEqualTo("IGMPv3 report: join 239.1.2.3, leave 239.9.9.9, join 232.1.1.1, leave 232.3.3.3");
    }

    @Test
    void igmpv2ReportsAndLeaves() {
        assertThat(GroupReports.of(GroupFrames.igmpv2("192.168.1.11", 0x16, "239.1.2.3")).orElseThrow().summary())
                .isEqualTo("IGMPv2 report: join 239.1.2.3");
        assertThat(GroupReports.of(GroupFrames.igmpv2("192.168.1.11", 0x17, "239.1.2.3")).orElseThrow().summary())
                .isEqualTo("IGMPv2 report: leave 239.1.2.3");
    }

    @Test
    void mldReportsBehindTheirHopByHopHeader() {
        byte[] v2 = GroupFrames.mldv2("fe80::1", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "ff05::1:3"),
                new GroupFrames.Record(CHANGE_TO_INCLUDE, "ff05::1:4"));
        assertThat(GroupReports.of(v2).orElseThrow().summary()).isEqualTo("MLDv2 report: join ff05::1:3, leave ff05::1:4");
        assertThat(GroupReports.of(GroupFrames.mldv1("fe80::1", 131, "ff05::1:3")).orElseThrow().summary())
                .isEqualTo("MLDv1 report: join ff05::1:3");
        assertThat(GroupReports.of(GroupFrames.mldv1("fe80::1", 132, "ff05::1:3")).orElseThrow().summary())
                .isEqualTo("MLDv1 report: leave ff05::1:3");
    }

    @Test
    void aDatagramToAGroupIsNoReportButHasItsDestination() throws Exception {
        byte[] datagram = GroupFrames.datagram("192.168.1.20", "239.1.2.3");
        assertThat(GroupReports.of(datagram)).isEmpty();
        assertThat(GroupReports.destination(datagram)).contains(InetAddress.getByName("239.1.2.3"));
        assertThat(GroupReports.destination(GroupFrames.datagram("fd00::20", "ff05::1:3")))
                .contains(InetAddress.getByName("ff05::1:3"));
    }

    @Test
    void cutFramesSayNothing() {
        byte[] frame = GroupFrames.igmpv3("192.168.1.11", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "239.1.2.3"));
        for (int length = 0; length < frame.length; length++) {
            byte[] cut = Arrays.copyOf(frame, length);
            assertThatCode(() -> GroupReports.of(cut)).as("a report cut to %d bytes", length).doesNotThrowAnyException();
            assertThatCode(() -> PacketDecoder.decode(cut)).as("a report cut to %d bytes", length).doesNotThrowAnyException();
        }
        assertThat(GroupReports.of(frame).orElseThrow().changes()).hasSize(1);
        assertThat(GroupReports.destination(new byte[10])).isEmpty();
    }

    @Test
    void aCaptureShowsWhoJoinedWhat() throws Exception {
        byte[] join = GroupFrames.igmpv3("192.168.1.11", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "239.1.2.3"));
        Captured fromA = new Captured(1, "a", null, join, PacketDecoder.decode(join), Fate.PASSED, "");
        assertThat(GroupReports.joining(List.of(fromA), "a", InetAddress.getByName("239.1.2.3"))).contains(fromA);
        assertThat(GroupReports.joining(List.of(fromA), "b", InetAddress.getByName("239.1.2.3"))).isEmpty();
        assertThat(GroupReports.joining(List.of(fromA), "a", InetAddress.getByName("239.9.9.9"))).isEmpty();
        assertThat(GroupReports.all(List.of(fromA))).containsExactly("a: IGMPv3 report: join 239.1.2.3");
    }

    @Test
    void theDecoderNamesIgmpAndSaysWhatItJoins() {
        Packet p = PacketDecoder.decode(GroupFrames.igmpv3("192.168.1.11", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "239.1.2.3")));
        assertThat(p.protocol()).isEqualTo(Protocol.IGMP);
        assertThat(p.summary()).isEqualTo("IGMPv3 report: join 239.1.2.3");
        assertThat(PacketDecoder.decode(GroupFrames.mldv2("fe80::1", new GroupFrames.Record(CHANGE_TO_EXCLUDE, "ff05::1:3")))
                .summary()).isEqualTo("MLDv2 report: join ff05::1:3");
    }
}
