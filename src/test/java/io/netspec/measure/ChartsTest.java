package io.netspec.measure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void aLossChartIsAnSvgWithTitleAxisBandAndExpectedRate() {
        Loss loss = new Loss("usink", 5000, 4500, 3, 7);
        Wilson interval = loss.interval(0.99);
        String svg = new String(Charts.lossSvg(loss, interval.low(), interval.high(), "99% Wilson score interval", 0.10),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg")
                .contains("Datagrams at &quot;usink&quot;: 5000 sent, 10.00% lost")
                .contains("99% Wilson score interval")
                .contains("expected loss 10.00%").contains("out of order");
    }

    @Test
    void withoutAnExpectedRateThereIsNoExpectedLine() {
        Loss loss = new Loss("usink", 100, 100, 0, 0);
        String svg = new String(Charts.lossSvg(loss, 0, 0, "allowed: 0% to 0%", null), StandardCharsets.UTF_8);
        assertThat(svg).contains("allowed: 0% to 0%").doesNotContain("expected loss");
    }

    @Test
    void aRoundTripChartShowsTheAssertedRangeAsABandTheFaultAndWholeSampleTicks() {
        RoundTrips trips = new RoundTrips("alice");
        for (long ms : new long[] {41, 42, 42, 44, 47}) {
            trips.record(java.time.Duration.ofMillis(ms));
        }
        String svg = new String(Charts.roundTripSvg(trips, "through the link \"wan\": adding 40 ms of latency downstream",
                new Charts.Band(1, 5, "asserted median: 1 ms to 5 ms")), StandardCharsets.UTF_8);
        assertThat(svg).contains("Round trips of &quot;alice&quot;: 5 samples, median 42")
                .contains("adding 40 ms of latency downstream").contains("asserted median: 1 ms to 5 ms")
                .contains("median 42").contains(">2</text>").doesNotContain(">0.5</text>").doesNotContain(">1.5</text>")
                .doesNotContain(">0.2</text>");
    }
}
