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
}
