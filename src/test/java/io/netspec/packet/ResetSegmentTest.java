package io.netspec.packet;

import io.netspec.testkit.packet.Frames;
import io.netspec.testkit.packet.Tcpdump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The reset a rejecting network answers a SYN with: RFC 793's numbers, checksums a real tcpdump finds correct. */
class ResetSegmentTest {
    private static final InetSocketAddress CLIENT = Frames.at("192.168.1.10", 40312);
    private static final InetSocketAddress SERVER = Frames.at("10.0.0.5", 5432);

    @Test
    void answersFromTheServerWithSequenceZeroAcknowledgingTheSyn() {
        byte[] syn = Frames.tcp(CLIENT, SERVER, Packet.SYN, 0xFFFF_FFFFL, 0, 0);
        Packet rst = PacketDecoder.decode(ResetSegment.answering(syn, PacketDecoder.decode(syn)));
        assertThat(rst.flagText()).isEqualTo("R.");
        assertThat(rst.sourceEndpoint()).isEqualTo(SERVER);
        assertThat(rst.destinationEndpoint()).isEqualTo(CLIENT);
        assertThat(rst.seq()).isZero();
        assertThat(rst.ack()).as("the SYN's sequence number plus one, wrapping").isZero();
        assertThat(rst.payloadLength()).isZero();
        byte[] frame = ResetSegment.answering(syn, PacketDecoder.decode(syn));
        assertThat(java.util.Arrays.copyOfRange(frame, 0, 6)).as("to the SYN's sender").isEqualTo(Frames.MAC_A);
        assertThat(java.util.Arrays.copyOfRange(frame, 6, 12)).isEqualTo(Frames.MAC_B);
        assertThat(ResetSegment.fold(ResetSegment.sum(frame, 14, 20, 0))).as("the IPv4 header sums to all ones").isZero();
    }

    @Test
    void aSynCarryingDataIsAcknowledgedWithItsLength() {
        byte[] syn = Frames.tcp(CLIENT, SERVER, Packet.SYN, 1000, 0, 5);
        assertThat(PacketDecoder.decode(ResetSegment.answering(syn, PacketDecoder.decode(syn))).ack()).isEqualTo(1006);
    }

    @Test
    void tcpdumpFindsEveryChecksumCorrectInIpv4AndIpv6(@TempDir Path dir) throws Exception {
        assumeTrue(Tcpdump.find().isPresent(), Tcpdump.MISSING);
        CaptureRing ring = CaptureRing.withDefaults();
        for (byte[] syn : List.of(Frames.tcp(CLIENT, SERVER, Packet.SYN, 123456789, 0, 0),
                Frames.tcp(Frames.at("fd00:1::10", 40000), Frames.at("fd00:2::5", 80), Packet.SYN, 42, 0, 0))) {
            byte[] rst = ResetSegment.answering(syn, PacketDecoder.decode(syn));
            ring.add(new Captured(System.nanoTime(), "db", "web", rst, PacketDecoder.decode(rst), Fate.PASSED, ""));
        }
        Path file = dir.resolve("resets.pcap");
        Files.write(file, Pcap.bytes(ring, ring.frames()));
        Process p = new ProcessBuilder(Tcpdump.find().orElseThrow().toString(), "-nn", "-vv", "-r", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("10.0.0.5.5432 > 192.168.1.10.40312: Flags [R.]", "ack 123456790",
                "fd00:2::5.80 > fd00:1::10.40000: Flags [R.]", "ack 43");
        assertThat(out).doesNotContain("incorrect", "bad cksum");
        assertThat(out.split("cksum 0x[0-9a-f]+ \\(correct\\)", -1)).as("two TCP checksums found correct: " + out).hasSize(3);
    }
}
