package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The frames that crossed one network, oldest first, bounded both in frames and in bytes so a long
 * transfer cannot exhaust memory: when full, the oldest frames make room and are counted, and
 * {@link #limitNote()} says so. Thread-safe. Keeps the wall-clock time of its creation so monotonic
 * capture times turn into the absolute times a pcap file holds.
 */
public final class CaptureRing {
    /** Enough for a few MiB of TCP transfer in full-size frames; see docs/packets.md. */
    public static final int DEFAULT_FRAMES = 100_000;
    public static final long DEFAULT_BYTES = 32L << 20;

    private final int maxFrames;
    private final long maxBytes;
    private final long epochNanosAtStart;
    private final long nanoTimeAtStart;
    private final ArrayDeque<Captured> frames = new ArrayDeque<>();
    private long bytes;
    private long evicted;
    private long total;

    public CaptureRing(int maxFrames, long maxBytes) {
        if (maxFrames < 1 || maxBytes < 1) {
            throw ScenarioError.of("a capture of at most " + maxFrames + " frames and " + maxBytes
                    + " bytes; expected at least 1 of each");
        }
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        Instant now = Instant.now();
        this.nanoTimeAtStart = System.nanoTime();
        this.epochNanosAtStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    public static CaptureRing withDefaults() {
        return new CaptureRing(DEFAULT_FRAMES, DEFAULT_BYTES);
    }

    public synchronized void add(Captured c) {
        frames.addLast(c);
        bytes += c.frame().length;
        total++;
        while (frames.size() > maxFrames || bytes > maxBytes) {
            bytes -= frames.removeFirst().frame().length;
            evicted++;
        }
    }

    /**
     * The frames held now in the order they reached the switch (a copy). Frames from different hosts
     * are read by different threads, so they may be added a few microseconds out of that order. Only the
     * copy holds the ring: the switch's threads add to it while the copy is sorted (sorting 5,000 frames
     * under the lock had them wait up to 5.8 ms for it).
     */
    public List<Captured> frames() {
        Captured[] copy;
        synchronized (this) {
            copy = frames.toArray(new Captured[0]);
        }
        Arrays.sort(copy, Comparator.comparingLong(Captured::nanos));
        return List.of(copy);
    }

    public synchronized long total() {
        return total;
    }

    public synchronized long evicted() {
        return evicted;
    }

    /** Bytes of frame data held now (the ring's own bookkeeping adds about 200 bytes a frame). */
    public synchronized long heldBytes() {
        return bytes;
    }

    /** Said in the report when the ring was full at some point. */
    public synchronized Optional<String> limitNote() {
        if (evicted == 0) {
            return Optional.empty();
        }
        return Optional.of("the capture keeps at most " + maxFrames + " frames and " + (maxBytes >> 20)
                + " MiB; it reached that limit, so the first " + evicted + " of " + total
                + " frames are not in it");
    }

    /** Wall-clock nanoseconds since the epoch of a System.nanoTime() reading taken while this ring lived. */
    public long epochNanos(long nanoTime) {
        return epochNanosAtStart + (nanoTime - nanoTimeAtStart);
    }
}
