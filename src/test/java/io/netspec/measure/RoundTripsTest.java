package io.netspec.measure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTripsTest {
    @Test
    void percentilesAndChart() {
        RoundTrips trips = new RoundTrips("alice");
        for (int i = 1; i <= 100; i++) {
            trips.record(Duration.ofMillis(i));
        }
        assertThat(trips.median().toMillis()).isEqualTo(50);
        assertThat(trips.percentile(99).toMillis()).isEqualTo(99);
        assertThat(trips.table()).contains("alice").contains("100");
        String svg = new String(Charts.roundTripSvg(trips), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("round trip (ms)").contains("Round trips of");
    }

    @Test
    void emptySaysWhichStepIsMissing() {
        assertThatThrownBy(() -> new RoundTrips("bob").median()).hasMessageContaining("When \"bob\" measures");
    }
}
