package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run data a shard leaves for the merge, the feature durations that cut shards, and the index's shard section. */
class RunDataTest {
    private static final Run RUN = new Run(Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T10:01:00Z"),
            List.of(new ScenarioResult(FeaturePath.of("features/ip/a.feature"), "odd = name: \\ \"q\"\nline 2", 12,
                            List.of("@ip", "@slow"), "FAILED", Duration.ofMillis(1500), "expected 1\nbut was 2", List.of("42"), 3),
                    new ScenarioResult(FeaturePath.of("features/tcp/b.feature"), "ok", 3, List.of(), "PASSED",
                            Duration.ofNanos(123_456_789), "", List.of(), 0)),
            List.of(new UndefinedStep("features/ip/a.feature:14", "the adress \"x\"", List.of("the address {string}"))));

    @Test
    void runDataReadsBackWhatWasWritten(@TempDir Path dir) {
        RunData data = new RunData(RUN, "runner-7", new Environment("17", "Linux", "v2.12.0"), "2/4", "plan-1",
                new RunSelection("@udp or @unix", ""));
        data.write(dir);

        assertThat(RunData.read(dir)).contains(data);
        assertThat(RunData.read(dir.resolve("none"))).isEmpty();
    }

    @Test
    void damagedRunDataIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(RunData.FILE), "format=2\nstarted=yesterday\n");
        assertThatThrownBy(() -> RunData.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve(RunData.FILE).toString()).hasMessageContaining("is damaged");
    }

    @Test
    void featureTimesAddUpScenariosAndKeepOtherFeatures(@TempDir Path dir) throws IOException {
        FeatureTimes.write(dir.resolve(FeatureTimes.FILE), Map.of("features/ip/a.feature", 99L, "features/x.feature", 5L));
        FeatureTimes.record(dir, RUN);

        assertThat(FeatureTimes.read(dir.resolve(FeatureTimes.FILE))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "features/ip/a.feature", 1500L, "features/tcp/b.feature", 123L, "features/x.feature", 5L));
        Files.writeString(dir.resolve(FeatureTimes.FILE), "features/a.feature=soon\n");
        assertThatThrownBy(() -> FeatureTimes.read(dir.resolve(FeatureTimes.FILE))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features/a.feature=soon").hasMessageContaining("expected a whole number of milliseconds");
    }

    @Test
    void theIndexShowsTheShardSectionEscaped() {
        ShardSection section = new ShardSection("Shard 2/4 of the suite", List.of("runs <b>5</b> features"),
                List.of("feature", "shard"), List.of(List.of("features/<x>.feature", "shard 2 (this one)")));
        String html = IndexPage.render(RUN, new Environment("17", "Linux", "not used"), List.of(), Optional.of(section));

        assertThat(html).contains("<h2 id=\"shards\">Shard 2/4 of the suite</h2>").contains("<p>runs &lt;b&gt;5&lt;/b&gt; features</p>")
                .contains("<td>features/&lt;x&gt;.feature</td><td>shard 2 (this one)</td>");
        assertThat(IndexPage.render(RUN, new Environment("17", "Linux", "not used"), List.of())).doesNotContain("id=\"shards\"");
    }
}
