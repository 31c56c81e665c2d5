package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTextTest {
    @Test
    void theProgressLineSaysWhatFinishedAndHowItWent() {
        assertThat(ConsoleText.progressLine(3, 14, "features/tcp/echo.feature",
                new Run.Totals(5, 4, 1, 0, Duration.ofMillis(900)), Duration.ofMillis(1234)))
                .isEqualTo("[3/14] FAILED  features/tcp/echo.feature  (5 scenarios, 1 failed, 1.23 s)");
        assertThat(ConsoleText.progressLine(1, 2, "features/ip/a.feature",
                new Run.Totals(1, 1, 0, 0, Duration.ZERO), Duration.ofMillis(80)))
                .isEqualTo("[1/2] passed  features/ip/a.feature  (1 scenario, 80 ms)");
    }

    @Test
    void theSummaryHasARowPerCapabilityAndTheFiveSlowest() {
        List<ScenarioResult> list = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            list.add(new ScenarioResult(FeaturePath.of("features/" + (i % 2 == 0 ? "udp" : "tcp") + "/f.feature"),
                    "scenario " + i, i, List.of(), i == 7 ? "FAILED" : "PASSED", Duration.ofMillis(100L * i), "", List.of(), 0));
        }
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        String summary = ConsoleText.summary(new Run(t0, t0.plusSeconds(2), list, List.of()));
        assertThat(summary)
                .containsPattern("tcp\\s+4\\s+3\\s+1\\s+0\\s+1.60 s")
                .containsPattern("udp\\s+3\\s+3\\s+0\\s+0\\s+1.20 s")
                .containsPattern("all\\s+7\\s+6\\s+1\\s+0\\s+2.00 s")
                .contains("slowest scenarios")
                .contains("700 ms  features/tcp/f.feature:7  scenario 7")
                .contains("300 ms  features/tcp/f.feature:3  scenario 3")
                .doesNotContain("scenario 2\n")
                .endsWith("1 scenario(s) failed.");
    }
}
