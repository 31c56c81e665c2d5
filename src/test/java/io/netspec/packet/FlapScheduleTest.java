package io.netspec.packet;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A flapping network's outages: one a period, of the given length, placed by the seed, the same for the same seed. */
class FlapScheduleTest {
    private static final Duration DOWN = Duration.ofMillis(200);
    private static final Duration EVERY = Duration.ofSeconds(1);

    @Test
    void eachPeriodHasOneOutageOfItsLengthInsideThePeriod() {
        FlapSchedule s = new FlapSchedule(DOWN, EVERY, 42);
        long offsets = 0;
        for (int k = 0; k < 1000; k++) {
            long[] w = s.next();
            assertThat(w[1] - w[0]).isEqualTo(DOWN.toNanos());
            assertThat(w[0]).isGreaterThanOrEqualTo(k * EVERY.toNanos());
            assertThat(w[1]).isLessThanOrEqualTo((k + 1) * EVERY.toNanos());
            offsets += w[0] - k * EVERY.toNanos();
        }
        assertThat(offsets / 1000.0 / 1e6).as("mean offset (ms), uniform over 0 to 800 ms").isBetween(370.0, 430.0);
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndAnotherSeedAnother() {
        FlapSchedule a = new FlapSchedule(DOWN, EVERY, 7);
        FlapSchedule b = new FlapSchedule(DOWN, EVERY, 7);
        FlapSchedule c = new FlapSchedule(DOWN, EVERY, 8);
        boolean differs = false;
        for (int k = 0; k < 20; k++) {
            long[] x = a.next();
            assertThat(b.next()).containsExactly(x);
            differs |= c.next()[0] != x[0];
        }
        assertThat(differs).isTrue();
    }

    @Test
    void aDownTimeNotShorterThanItsPeriodIsRefused() {
        assertThatThrownBy(() -> new FlapSchedule(EVERY, EVERY, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("down for 1000 ms every 1000 ms")
                .hasMessageContaining("expected a down time above 0 ms and shorter than its period");
        assertThatThrownBy(() -> new FlapSchedule(Duration.ZERO, EVERY, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
