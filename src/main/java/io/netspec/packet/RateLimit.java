package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.util.Locale;

/**
 * A link of a given rate: each frame leaves once the ones before it have (its bits at the rate), so
 * a burst queues; a queue longer than {@code queueNanos} of sending time drops the frame at its tail,
 * as a real router's buffer does. Guarded by its treatment.
 */
final class RateLimit {
    private final long bitsPerSecond;
    private final long queueNanos;
    private long freeAt;

    RateLimit(long bitsPerSecond, long queueNanos) {
        if (bitsPerSecond < 1_000 || bitsPerSecond > 100_000_000_000L) {
            throw ScenarioError.of("a rate of " + bitsPerSecond + " bit/s; expected between 1 kbit/s"
                    + " and 100 Gbit/s");
        }
        this.bitsPerSecond = bitsPerSecond;
        this.queueNanos = queueNanos;
    }

    /** When the frame has been sent (System.nanoTime()), or -1 when the queue is full and it is dropped. */
    long depart(long now, int bytes) {
        long start = Math.max(now, freeAt);
        if (start - now > queueNanos) {
            return -1;
        }
        freeAt = start + bytes * 8L * 1_000_000_000L / bitsPerSecond;
        return freeAt;
    }

    long bitsPerSecond() {
        return bitsPerSecond;
    }

    /** A rate in plain words: whole Mbit/s as such, else to the kbit/s. */
    static String words(long bitsPerSecond) {
        return bitsPerSecond % 1_000_000 == 0 ? bitsPerSecond / 1_000_000 + " Mbit/s"
                : String.format(Locale.ROOT, "%.3f Mbit/s", bitsPerSecond / 1e6);
    }
}
