package io.netspec.packet;

import io.netspec.core.Requirement;
import io.netspec.testkit.Skip;
import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Frames;
import io.netspec.testkit.packet.Tcpdump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a capture goes into the report: a small one whole, a large one's ends cut to their headers. */
class AttachedCaptureTest {
    private static CaptureRing transfer(int segments) {
        CaptureRing ring = CaptureRing.withDefaults();
        long now = System.nanoTime();
        for (int i = 0; i < segments; i++) {
            byte[] frame = Frames.tcp(Conversation.CLIENT, Conversation.SERVER, Packet.ACK | Packet.PSH,
                    1 + 1448L * i, 1, 1448);
            ring.add(Frames.captured(now + 1000L * i, frame, Fate.PASSED));
        }
        return ring;
    }

    @Test
    void aSmallCaptureIsAttachedWhole() {
        List<Captured> frames = transfer(100).frames();
        AttachedCapture attached = AttachedCapture.of(frames);
        assertThat(attached.frames()).hasSize(100);
        assertThat(attached.snapLength()).isEqualTo(Pcap.SNAPLEN);
        assertThat(attached.note()).isEmpty();
    }

    @Test
    void aLargeCaptureKeepsBothEndsCutToTheirHeadersAndSaysSo() throws Exception {
        CaptureRing ring = transfer(5_000);
        List<Captured> frames = ring.frames();
        AttachedCapture attached = AttachedCapture.of(frames);
        assertThat(attached.frames()).hasSize(2 * AttachedCapture.KEPT_AT_EACH_END);
        assertThat(attached.frames().get(0)).isSameAs(frames.get(0));
        assertThat(attached.frames().get(attached.frames().size() - 1)).isSameAs(frames.get(frames.size() - 1));
        assertThat(attached.note()).get().asString().contains("frames 1 to 1000 and 4001 to 5000 of 5000")
                .contains("first 128 bytes");

        byte[] file = Pcap.bytes(ring, attached.frames(), attached.snapLength());
        Pcap.File read = Pcap.read(new ByteArrayInputStream(file));
        assertThat(read.frames()).hasSize(2_000);
        assertThat(read.frames().get(0).bytes()).hasSize(128);
        assertThat(read.frames().get(0).originalLength()).isEqualTo(frames.get(0).frame().length);
        assertThat(file.length).isLessThan(1 << 20);
    }

    @Test
    void tcpdumpReadsACaptureCutToItsHeaders(@TempDir Path dir) throws Exception {
        Skip.unless(Tcpdump.find().isPresent(), Requirement.TCPDUMP, () -> Tcpdump.MISSING);
        CaptureRing ring = transfer(10);
        Path file = dir.resolve("cut.pcap");
        Files.write(file, Pcap.bytes(ring, ring.frames(), AttachedCapture.HEADERS_SNAP));
        Process p = new ProcessBuilder(Tcpdump.find().orElseThrow().toString(), "-r", file.toString(), "-nn", "-S")
                .redirectError(dir.resolve("err").toFile()).redirectOutput(dir.resolve("out").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("tcpdump -r finished within 20 s").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
        List<String> lines = new ArrayList<>(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8).lines().toList());
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).contains("192.168.1.10.40000 > 192.168.1.20.7").contains("length 1448");
    }
}
