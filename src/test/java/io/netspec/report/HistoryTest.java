package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void keepsOnlyTheNewestRunsOldestFirst(@TempDir Path dir) throws IOException {
        History history = new History(dir, 5);
        List<History.Entry> kept = List.of();
        for (int i = 0; i < 8; i++) {
            kept = history.record(run(T0.plusSeconds(60L * i), i));
        }
        assertThat(kept).hasSize(5);
        assertThat(kept).extracting(History.Entry::started).containsExactly(
                T0.plusSeconds(180), T0.plusSeconds(240), T0.plusSeconds(300), T0.plusSeconds(360), T0.plusSeconds(420));
        assertThat(kept.get(4).failed()).isEqualTo(1);
        assertThat(kept.get(4).passed()).isEqualTo(1);
        assertThat(kept.get(4).duration()).isEqualTo(Duration.ofSeconds(7));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(5);
        }
    }

    @Test
    void aDamagedFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("run-20250101T000000.000Z.properties"), "started=yesterday\n");
        assertThatThrownBy(() -> new History(dir).record(run(T0, 0)))
                .hasMessageContaining("cannot keep the run history")
                .hasRootCauseMessage("Text 'yesterday' could not be parsed at index 0");
    }

    private static Run run(Instant started, int seconds) {
        ScenarioResult pass = new ScenarioResult(FeaturePath.of("features/ip/a.feature"), "a", 3, List.of(), "PASSED",
                Duration.ofMillis(5), "", List.of(), 0);
        ScenarioResult fail = new ScenarioResult(FeaturePath.of("features/ip/a.feature"), "b", 6, List.of(), "FAILED",
                Duration.ofMillis(5), "boom", List.of(), 0);
        return new Run(started, started.plusSeconds(seconds), seconds % 2 == 1 ? List.of(pass, fail) : List.of(pass),
                List.of());
    }
}
