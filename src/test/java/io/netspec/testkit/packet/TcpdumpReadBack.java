package io.netspec.testkit.packet;

import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Packet;
import io.netspec.packet.Pcap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes frames as netspec's pcap file, reads it with a real {@code tcpdump -r}, and lists every
 * difference between what tcpdump read and what netspec saw: one line a frame, and for IPv4 TCP
 * the time, addresses, ports, flags, sequence and acknowledgement numbers and payload length.
 */
public final class TcpdumpReadBack {
    /** tcpdump -nn -S -tt --time-stamp-precision=nano, one IPv4 TCP line (no seq on a segment with no data, SYN or FIN). */
    private static final Pattern LINE = Pattern.compile("^(\\d+\\.\\d{9}) IP (\\S+) > (\\S+): Flags \\[([^]]*)],"
            + "(?: seq (\\d+)(?::\\d+)?,)?(?: ack (\\d+),)? win \\d+,(?: options \\[[^]]*],)? length (\\d+)$");

    private TcpdumpReadBack() {
    }

    public static List<String> mismatches(CaptureRing ring, List<Captured> frames, Path dir)
            throws IOException, InterruptedException {
        Path file = dir.resolve("capture.pcap");
        Path stderr = dir.resolve("tcpdump.err");
        Path stdout = dir.resolve("tcpdump.out");
        Files.write(file, Pcap.bytes(ring, frames));
        Process p = new ProcessBuilder(Tcpdump.find().orElseThrow().toString(), "-r", file.toString(), "-nn", "-S",
                "-tt", "--time-stamp-precision=nano").redirectError(stderr.toFile()).redirectOutput(stdout.toFile())
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return List.of("tcpdump -r did not finish within 20 s");
        }
        List<String> mismatches = new ArrayList<>();
        if (p.exitValue() != 0) {
            mismatches.add("tcpdump -r exited " + p.exitValue() + ": " + Files.readString(stderr));
        }
        List<String> lines = Files.readString(stdout, StandardCharsets.UTF_8).lines().toList();
        if (lines.size() != frames.size()) {
            mismatches.add("tcpdump read " + lines.size() + " frames, netspec wrote " + frames.size());
        }
        for (int i = 0; i < Math.min(lines.size(), frames.size()); i++) {
            Captured c = frames.get(i);
            Packet packet = c.packet();
            if (!packet.isTcp() || packet.source().getAddress().length != 4) {
                continue;
            }
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches()) {
                mismatches.add("line " + (i + 1) + " unreadable: " + lines.get(i));
                continue;
            }
            long nanos = ring.epochNanos(c.nanos());
            String expected = String.format("%d.%09d %s.%d > %s.%d [%s] seq %s ack %s length %d",
                    nanos / 1_000_000_000L, nanos % 1_000_000_000L, packet.source().getHostAddress(),
                    packet.sourcePort(), packet.destination().getHostAddress(), packet.destinationPort(),
                    packet.flagText(), packet.seqEnd() != packet.seq() ? Long.toString(packet.seq()) : "null",
                    packet.has(Packet.ACK) ? Long.toString(packet.ack()) : "null", packet.payloadLength());
            String seen = m.group(1) + " " + m.group(2) + " > " + m.group(3) + " [" + m.group(4) + "] seq " + m.group(5)
                    + " ack " + m.group(6) + " length " + m.group(7);
            if (!expected.equals(seen)) {
                mismatches.add("frame " + (i + 1) + ": netspec saw " + expected + ", tcpdump read " + seen);
            }
        }
        return mismatches;
    }
}
