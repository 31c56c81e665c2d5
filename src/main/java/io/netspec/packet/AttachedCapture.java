package io.netspec.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What of a network's capture goes into the scenario's report: all of it while it is small; for a
 * large transfer the first and the last {@link #KEPT_AT_EACH_END} frames, each cut to its headers
 * ({@link #HEADERS_SNAP} bytes, as {@code tcpdump -s 128} would). A report holds every scenario's
 * attachments in one file that a browser opens, so one long transfer must not make it tens of
 * megabytes; the handshake, the first data and the end of every connection stay in it.
 */
public record AttachedCapture(List<Captured> frames, int snapLength, Optional<String> note) {
    /** Frames and frame bytes a capture may have to be attached whole. */
    public static final int WHOLE_FRAMES = 1_000;
    public static final long WHOLE_BYTES = 1L << 20;
    /** Frames kept at each end of a larger capture. */
    public static final int KEPT_AT_EACH_END = 1_000;
    /** Bytes of each frame kept from a larger capture: Ethernet, IP and TCP headers with options. */
    public static final int HEADERS_SNAP = 128;

    public AttachedCapture {
        frames = List.copyOf(frames);
    }

    /** The part of {@code all} (a capture's frames, oldest first) to attach. */
    public static AttachedCapture of(List<Captured> all) {
        long bytes = all.stream().mapToLong(c -> c.frame().length).sum();
        if (all.size() <= WHOLE_FRAMES && bytes <= WHOLE_BYTES) {
            return new AttachedCapture(all, Pcap.SNAPLEN, Optional.empty());
        }
        List<Captured> kept = all;
        String which = "all " + all.size() + " frames";
        if (all.size() > 2 * KEPT_AT_EACH_END) {
            kept = new ArrayList<>(all.subList(0, KEPT_AT_EACH_END));
            kept.addAll(all.subList(all.size() - KEPT_AT_EACH_END, all.size()));
            which = "frames 1 to " + KEPT_AT_EACH_END + " and " + (all.size() - KEPT_AT_EACH_END + 1) + " to "
                    + all.size() + " of " + all.size();
        }
        return new AttachedCapture(kept, HEADERS_SNAP, Optional.of("the report holds " + which
                + " of this capture (" + bytes + " bytes of frames), each cut to its first " + HEADERS_SNAP
                + " bytes (headers); the checks of the scenario read the whole capture"));
    }
}
