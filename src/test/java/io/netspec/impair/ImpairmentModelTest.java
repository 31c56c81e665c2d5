package io.netspec.impair;

import io.netspec.measure.Wilson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The relay's choices, over many seeds, have the statistics their settings promise. */
class ImpairmentModelTest {
    private static final int SEEDS = 200;
    private static final int DATAGRAMS = 5_000;

    @Test
    void independentLossIsConsistentWithItsRateForAlmostEverySeed() {
        Impairment settings = Impairment.NONE.withLoss(0.10);
        int consistent = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ImpairmentModel model = new ImpairmentModel(settings, new SplittableRandom(seed));
            int lost = 0;
            for (int i = 0; i < DATAGRAMS; i++) {
                lost += model.next().lost() ? 1 : 0;
            }
            consistent += Wilson.interval(lost, DATAGRAMS, 0.99).contains(0.10) ? 1 : 0;
        }
        // at 99% confidence about 1 seed in 100 falls outside by chance, no more
        assertThat(consistent).isGreaterThanOrEqualTo(SEEDS * 97 / 100);
    }

    @Test
    void burstyLossKeepsTheRateAndMakesBurstsOfTheSetLength() {
        Impairment settings = Impairment.NONE.withLoss(0.10).withBursts(4);
        long lost = 0;
        long bursts = 0;
        long total = 0;
        for (long seed = 0; seed < 50; seed++) {
            ImpairmentModel model = new ImpairmentModel(settings, new SplittableRandom(seed));
            boolean previous = false;
            for (int i = 0; i < 20_000; i++) {
                boolean l = model.next().lost();
                lost += l ? 1 : 0;
                bursts += l && !previous ? 1 : 0;
                previous = l;
                total++;
            }
        }
        assertThat(lost / (double) total).isCloseTo(0.10, within(0.01));
        assertThat(lost / (double) bursts).isCloseTo(4.0, within(0.3));
    }

    @Test
    void delayStaysWithinJitterAndAveragesTheDelay() {
        Impairment settings = Impairment.NONE.withDelay(Duration.ofMillis(50), Duration.ofMillis(10));
        for (long seed = 0; seed < 20; seed++) {
            ImpairmentModel model = new ImpairmentModel(settings, new SplittableRandom(seed));
            double sum = 0;
            for (int i = 0; i < DATAGRAMS; i++) {
                long d = model.next().delayNanos();
                assertThat(d).isBetween(40_000_000L, 60_000_000L);
                sum += d;
            }
            assertThat(sum / DATAGRAMS / 1e6).isCloseTo(50, within(0.5));
        }
    }

    @Test
    void duplicationAndReorderingHappenAtTheirRates() {
        Impairment settings = Impairment.NONE.withDuplication(0.02).withReordering(0.05);
        int dupOk = 0;
        int reorderOk = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ImpairmentModel model = new ImpairmentModel(settings, new SplittableRandom(seed));
            int dup = 0;
            int reo = 0;
            for (int i = 0; i < DATAGRAMS; i++) {
                ImpairmentModel.Decision d = model.next();
                dup += d.duplicated() ? 1 : 0;
                reo += d.reordered() ? 1 : 0;
            }
            dupOk += Wilson.interval(dup, DATAGRAMS, 0.99).contains(0.02) ? 1 : 0;
            reorderOk += Wilson.interval(reo, DATAGRAMS, 0.99).contains(0.05) ? 1 : 0;
        }
        assertThat(dupOk).isGreaterThanOrEqualTo(SEEDS * 97 / 100);
        assertThat(reorderOk).isGreaterThanOrEqualTo(SEEDS * 97 / 100);
    }

    @Test
    void theSameSeedMakesTheSameChoices() {
        Impairment settings = Impairment.NONE.withLoss(0.2).withDuplication(0.1).withReordering(0.1)
                .withDelay(Duration.ofMillis(5), Duration.ofMillis(5));
        ImpairmentModel a = new ImpairmentModel(settings, new SplittableRandom(42));
        ImpairmentModel b = new ImpairmentModel(settings, new SplittableRandom(42));
        for (int i = 0; i < 1000; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> Impairment.NONE.withLoss(1.0)).hasMessageContaining("carries nothing");
        assertThatThrownBy(() -> Impairment.NONE.withDuplication(1.5)).hasMessageContaining("duplication of 150");
    }
}
