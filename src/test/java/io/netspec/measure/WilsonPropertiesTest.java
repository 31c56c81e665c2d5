package io.netspec.measure;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class WilsonPropertiesTest {
    @Property
    void theIntervalHoldsTheObservedRateAndWidensWithConfidence(@ForAll @IntRange(min = 1, max = 100_000) int trials,
                                                                @ForAll @IntRange(min = 0, max = 100_000) int hits) {
        int successes = Math.min(hits, trials);
        Wilson at95 = Wilson.interval(successes, trials, 0.95);
        Wilson at99 = Wilson.interval(successes, trials, 0.99);
        assertThat(at95.low()).isLessThanOrEqualTo(at95.observed() + 1e-12);
        assertThat(at95.high()).isGreaterThanOrEqualTo(at95.observed() - 1e-12);
        assertThat(at99.low()).isLessThanOrEqualTo(at95.low() + 1e-12);
        assertThat(at99.high()).isGreaterThanOrEqualTo(at95.high() - 1e-12);
        assertThat(at99.low()).isBetween(0.0, 1.0);
        assertThat(at99.high()).isBetween(0.0, 1.0);
    }
}
