package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * When a flapping network is down: once in each period of {@code every}, for {@code down}, at an offset
 * into the period drawn uniformly from 0 to {@code every - down} by a random stream of the schedule's
 * own ({@code seed}: the scenario's seed mixed with the network's name), so the network is down exactly
 * {@code down} of every {@code every}, the outages never overlap or run into the next period, and the same
 * seed gives the same schedule. Windows come one after another from {@link #next}; not thread-safe.
 */
public final class FlapSchedule {
    private final long down;
    private final long every;
    private final SplittableRandom random;
    private long period;

    public FlapSchedule(Duration down, Duration every, long seed) {
        if (down.isNegative() || down.isZero() || every.compareTo(down) <= 0) {
            throw ScenarioError.of("a network that flaps down for " + down.toMillis() + " ms every " + every.toMillis()
                    + " ms; expected a down time above 0 ms and shorter than its period");
        }
        this.down = down.toNanos();
        this.every = every.toNanos();
        this.random = new SplittableRandom(seed);
    }

    /** The next outage, as its start and end in nanoseconds after the flapping began. */
    public long[] next() {
        long offset = every == down ? 0 : random.nextLong(every - down + 1);
        long start = period * every + offset;
        period++;
        return new long[] {start, start + down};
    }
}
