package io.netspec.measure;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WilsonTest {
    @Test
    void normalQuantilesMatchTables() {
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959964, within(1e-5));
        assertThat(Normal.quantile(0.995)).isCloseTo(2.575829, within(1e-5));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-6));
        assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232, within(1e-5));
    }

    @Test
    void intervalMatchesAKnownExample() {
        // 500 lost of 5000 at 99%: the Wilson interval is about 8.98% to 11.12%
        Wilson w = Wilson.interval(500, 5000, 0.99);
        assertThat(w.low()).isCloseTo(0.0898, within(5e-4));
        assertThat(w.high()).isCloseTo(0.1112, within(5e-4));
        assertThat(w.contains(0.10)).isTrue();
        assertThat(w.contains(0.12)).isFalse();
    }

    @Test
    void coverageIsNearTheConfidence() {
        SplittableRandom r = new SplittableRandom(7);
        int covered = 0;
        int runs = 2000;
        for (int run = 0; run < runs; run++) {
            int hits = 0;
            for (int i = 0; i < 1000; i++) {
                hits += r.nextDouble() < 0.1 ? 1 : 0;
            }
            covered += Wilson.interval(hits, 1000, 0.95).contains(0.1) ? 1 : 0;
        }
        assertThat(covered / (double) runs).isBetween(0.93, 0.97);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Wilson.interval(5, 0, 0.99)).hasMessageContaining("5 out of 0");
        assertThatThrownBy(() -> Wilson.interval(5, 10, 1.0)).hasMessageContaining("confidence of 100");
    }
}
