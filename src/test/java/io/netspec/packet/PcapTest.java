package io.netspec.packet;

import io.netspec.core.Requirement;
import io.netspec.testkit.Skip;
import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Tcpdump;
import io.netspec.testkit.packet.TcpdumpReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** netspec's pcap files, read back by netspec and by a real tcpdump. */
class PcapTest {
    private static CaptureRing conversationRing() {
        CaptureRing ring = CaptureRing.withDefaults();
        long now = System.nanoTime();
        int i = 0;
        for (Captured c : Conversation.withSegment3Lost()) {
            ring.add(new Captured(now + 1_234_567L * i++, c.from(), c.to(), c.frame(), c.packet(), c.fate(), ""));
        }
        return ring;
    }

    @Test
    void writesWhatItReadsBack() throws Exception {
        CaptureRing ring = conversationRing();
        byte[] file = Pcap.bytes(ring, ring.frames());
        Pcap.File read = Pcap.read(new ByteArrayInputStream(file));
        assertThat(read.linkType()).isEqualTo(Pcap.LINKTYPE_ETHERNET);
        assertThat(read.frames()).hasSize(ring.frames().size());
        for (int i = 0; i < read.frames().size(); i++) {
            Captured c = ring.frames().get(i);
            assertThat(read.frames().get(i).bytes()).isEqualTo(c.frame());
            assertThat(read.frames().get(i).epochNanos()).isEqualTo(ring.epochNanos(c.nanos()));
        }
        assertThat(file).hasSize(24 + ring.frames().stream().mapToInt(c -> 16 + c.frame().length).sum());
    }

    @Test
    void refusesAFileThatIsNotPcap() {
        assertThatThrownBy(() -> Pcap.read(new ByteArrayInputStream(new byte[24])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a pcap file: it starts with 0x00000000");
    }

    @Test
    void tcpdumpReadsTheSameFramesNetspecWrote(@TempDir Path dir) throws Exception {
        Skip.unless(Tcpdump.find().isPresent(), Requirement.TCPDUMP, () -> Tcpdump.MISSING);
        CaptureRing ring = conversationRing();
        assertThat(TcpdumpReadBack.mismatches(ring, ring.frames(), dir)).isEmpty();
    }
}
