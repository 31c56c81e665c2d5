package io.netspec.packet;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic pcap file format (what tcpdump -w writes and Wireshark, tcpdump and tshark read): a
 * 24-byte file header, then per frame a 16-byte record header and the frame's bytes. netspec writes
 * nanosecond timestamps (magic 0xa1b23c4d) and Ethernet link type 1; it reads both the microsecond
 * and nanosecond forms, in either byte order.
 */
public final class Pcap {
    public static final int LINKTYPE_ETHERNET = 1;
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final int MAGIC_NANOS = 0xa1b23c4d;
    static final int SNAPLEN = 262_144;

    /** One frame read from a pcap file: when (nanoseconds since the epoch), its bytes (as captured) and its length on the wire. */
    public record Frame(long epochNanos, byte[] bytes, int originalLength) {
    }

    /** A pcap file read whole: its link type and its frames. */
    public record File(int linkType, List<Frame> frames) {
        /** The frames as a capture netspec can analyse: times in epoch nanoseconds, every frame passed. */
        public List<Captured> captured() {
            if (linkType != LINKTYPE_ETHERNET) {
                throw ScenarioError.of("a pcap file of link type " + linkType + "; netspec reads"
                        + " Ethernet (link type 1) only");
            }
            return frames.stream().map(f -> new Captured(f.epochNanos(), null, null, f.bytes(),
                    PacketDecoder.decode(f.bytes()), Fate.PASSED, "")).toList();
        }
    }

    private Pcap() {
    }

    /** Writes the frames of a capture, in order, as a pcap file. */
    public static void write(CaptureRing ring, List<Captured> frames, OutputStream out) throws IOException {
        write(ring, frames, SNAPLEN, out);
    }

    /**
     * Writes the frames of a capture, each cut to its first {@code snapLength} bytes (the file says so, as
     * tcpdump -s does: every record keeps the frame's length on the wire).
     */
    public static void write(CaptureRing ring, List<Captured> frames, int snapLength, OutputStream out) throws IOException {
        if (snapLength < 64 || snapLength > SNAPLEN) {
            throw ScenarioError.of("\"a snap length of " + snapLength + " bytes\" is not 64 to " + SNAPLEN);
        }
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC_NANOS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(snapLength).putInt(LINKTYPE_ETHERNET);
        out.write(header.array());
        ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (Captured c : frames) {
            long epochNanos = ring.epochNanos(c.nanos());
            record.clear();
            int kept = Math.min(c.frame().length, snapLength);
            record.putInt((int) (epochNanos / 1_000_000_000L)).putInt((int) (epochNanos % 1_000_000_000L))
                    .putInt(kept).putInt(c.frame().length);
            out.write(record.array());
            out.write(c.frame(), 0, kept);
        }
        out.flush();
    }

    public static byte[] bytes(CaptureRing ring, List<Captured> frames) {
        return bytes(ring, frames, SNAPLEN);
    }

    /** Like {@link #write(CaptureRing, List, int, OutputStream)}, into memory. */
    public static byte[] bytes(CaptureRing ring, List<Captured> frames, int snapLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(ring, frames, snapLength, out);
        } catch (IOException e) {
            throw NetspecFailure.of("writing a pcap file to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Reads a whole pcap file; a file that is not pcap is refused with what its first bytes were. */
    public static File read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] head = new byte[24];
        data.readFully(head);
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int magic = h.getInt(0);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            order = ByteOrder.BIG_ENDIAN;
            magic = Integer.reverseBytes(magic);
        }
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            throw ScenarioError.of(String.format("not a pcap file: it starts with 0x%08x; expected the"
                    + " magic number 0xa1b2c3d4 or 0xa1b23c4d", h.getInt(0)));
        }
        long fractionUnit = magic == MAGIC_NANOS ? 1 : 1000;
        h.order(order);
        int linkType = h.getInt(20);
        List<Frame> frames = new ArrayList<>();
        byte[] recordHead = new byte[16];
        while (true) {
            try {
                data.readFully(recordHead);
            } catch (EOFException end) {
                return new File(linkType, frames);
            }
            ByteBuffer r = ByteBuffer.wrap(recordHead).order(order);
            long seconds = r.getInt(0) & 0xFFFF_FFFFL;
            long fraction = r.getInt(4) & 0xFFFF_FFFFL;
            int captured = r.getInt(8);
            int original = r.getInt(12);
            if (captured < 0 || captured > SNAPLEN * 4) {
                throw ScenarioError.of("a pcap record of " + captured + " bytes after " + frames.size()
                        + " frames; expected at most " + SNAPLEN * 4);
            }
            byte[] bytes = new byte[captured];
            data.readFully(bytes);
            frames.add(new Frame(seconds * 1_000_000_000L + fraction * fractionUnit, bytes, original));
        }
    }
}
