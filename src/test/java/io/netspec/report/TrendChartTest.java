package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTest {
    @Test
    void axesEndOnRoundNumbers() {
        assertThat(TrendChart.niceCeiling(0)).isEqualTo(4);
        assertThat(TrendChart.niceCeiling(5)).isEqualTo(5);
        assertThat(TrendChart.niceCeiling(120)).isEqualTo(200);
        assertThat(TrendChart.niceCeiling(7.3)).isEqualTo(10);
    }

    @Test
    void scenarioCountsAreWholeNumbersOnTheAxisAndEachRunHasItsBars() {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        String svg = TrendChart.svg(List.of(
                new History.Entry(t0, Duration.ofMillis(1500), 5, 4, 1, 0),
                new History.Entry(t0.plusSeconds(600), Duration.ofMillis(900), 5, 5, 0, 0)));
        assertThat(svg).contains(">8</text>").contains(">6</text>").doesNotContain(">1.3</text>")
                .contains("<title>4 passed</title>").contains("<title>1 failed</title>").contains("<title>5 passed</title>")
                .contains("<title>1.50 s</title>").contains("01-01 10:00").contains("01-01 10:10")
                .contains("Scenarios per run").contains("Run duration (seconds)");
    }

    @Test
    void xLabelsNeverOverlapAndTheNewestRunIsAlwaysLabelled() {
        for (int runs = 1; runs <= History.LIMIT; runs++) {
            List<Double> centres = TrendChart.labelCentres(runs);
            assertThat(centres).as(runs + " runs").isNotEmpty();
            for (int i = 1; i < centres.size(); i++) {
                assertThat(centres.get(i) - centres.get(i - 1)).as(runs + " runs").isGreaterThanOrEqualTo(TrendChart.LABEL_WIDTH);
            }
        }
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        List<History.Entry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new History.Entry(t0.plusSeconds(60L * i), Duration.ofSeconds(1), 3, 3, 0, 0));
        }
        assertThat(TrendChart.svg(many)).contains("01-01 10:29");
    }
}
