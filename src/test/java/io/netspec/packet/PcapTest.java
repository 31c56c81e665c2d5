package io.netspec.packet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** netspec's pcap files, read back by netspec and by a real tcpdump. */
class PcapTest {
    /** tcpdump -nn -S -tt --time-stamp-precision=nano, one TCP line (no seq on a segment with no data, SYN or FIN). */
    private static final Pattern LINE = Pattern.compile("^(\\d+\\.\\d{9}) IP (\\S+) > (\\S+): Flags \\[([^]]*)],"
            + "(?: seq (\\d+)(?::\\d+)?,)?(?: ack (\\d+),)? win \\d+, length (\\d+)$");

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
        assumeTrue(Tcpdump.find().isPresent(), Tcpdump.MISSING);
        CaptureRing ring = conversationRing();
        Path file = dir.resolve("office.pcap");
        Files.write(file, Pcap.bytes(ring, ring.frames()));
        Process p = new ProcessBuilder(Tcpdump.find().get().toString(), "-r", file.toString(), "-nn", "-S", "-tt",
                "--time-stamp-precision=nano").redirectError(dir.resolve("stderr").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("tcpdump -r finished").isTrue();
        assertThat(p.exitValue()).as("tcpdump -r exit status; stderr: %s", Files.readString(dir.resolve("stderr")))
                .isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(ring.frames().size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches()) {
                mismatches.add("line " + (i + 1) + " unreadable: " + lines.get(i));
                continue;
            }
            Captured c = ring.frames().get(i);
            Packet packet = c.packet();
            long nanos = ring.epochNanos(c.nanos());
            String expected = String.format("%d.%09d %s.%d > %s.%d [%s] seq %s ack %s length %d", nanos / 1_000_000_000L,
                    nanos % 1_000_000_000L, packet.source().getHostAddress(), packet.sourcePort(),
                    packet.destination().getHostAddress(), packet.destinationPort(), packet.flagText(),
                    packet.seqEnd() != packet.seq() ? Long.toString(packet.seq()) : "null",
                    packet.has(Packet.ACK) ? Long.toString(packet.ack()) : "null", packet.payloadLength());
            String seen = m.group(1) + " " + m.group(2) + " > " + m.group(3) + " [" + m.group(4) + "] seq " + m.group(5)
                    + " ack " + m.group(6) + " length " + m.group(7);
            if (!expected.equals(seen)) {
                mismatches.add("frame " + (i + 1) + ": netspec saw " + expected + ", tcpdump read " + seen);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
