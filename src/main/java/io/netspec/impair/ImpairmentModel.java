package io.netspec.impair;

import java.util.random.RandomGenerator;

/**
 * The random decisions of an impaired path, one packet at a time, from one seeded source: whether it
 * is lost, how long it is delayed, whether it is duplicated or held back. Used by the UDP link (one
 * datagram at a time) and by a network's frame treatment (package {@code packet}, one frame at a
 * time). Kept apart from sockets and frames so its statistics can be checked over many seeds. Not
 * thread-safe: one per direction.
 */
public final class ImpairmentModel {
    /** What happens to one packet: lost, or sent after {@code delayNanos} (twice if duplicated). */
    public record Decision(boolean lost, long delayNanos, boolean duplicated, long duplicateDelayNanos,
                           boolean reordered) {
    }

    private final Impairment settings;
    private final RandomGenerator random;
    /** Gilbert-Elliott: probability of entering the bad (losing) state, and of leaving it. */
    private final double enterBad;
    private final double leaveBad;
    private boolean bad;

    public ImpairmentModel(Impairment settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
        this.leaveBad = 1.0 / settings.burstLength();
        this.enterBad = settings.loss() * leaveBad / (1 - settings.loss());
    }

    public Decision next() {
        boolean lost;
        if (settings.burstLength() > 1) {
            bad = bad ? random.nextDouble() >= leaveBad : random.nextDouble() < enterBad;
            lost = bad;
        } else {
            lost = settings.loss() > 0 && random.nextDouble() < settings.loss();
        }
        if (lost) {
            return new Decision(true, 0, false, 0, false);
        }
        long delay = delayNanos();
        boolean duplicated = settings.duplicate() > 0 && random.nextDouble() < settings.duplicate();
        long duplicateDelay = duplicated ? delayNanos() : 0;
        boolean reordered = settings.reorder() > 0 && random.nextDouble() < settings.reorder();
        return new Decision(false, delay, duplicated, duplicateDelay, reordered);
    }

    private long delayNanos() {
        long base = settings.delay().toNanos();
        long jitter = settings.jitter().toNanos();
        if (jitter == 0) {
            return base;
        }
        return Math.max(0, base + (long) ((random.nextDouble() * 2 - 1) * jitter));
    }
}
