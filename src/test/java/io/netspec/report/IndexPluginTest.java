package io.netspec.report;

import io.netspec.testkit.report.IndexedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Runs real scenarios through Cucumber with the plugin and reads the index.html it writes. */
class IndexPluginTest {
    @Test
    void writesAnEscapedIndexWithFailuresSeedsAndClosestPhrases(@TempDir Path dir) throws IOException {
        Path features = Files.createDirectories(dir.resolve("features/demo"));
        Path feature = features.resolve("escaping.feature");
        Files.writeString(feature, """
                @demo
                Feature: escaping
                  Scenario: <script>alert(1)</script> in a name
                    Given the random seed 5
                    Then the payload "<script>alert(1)</script>" shows as text

                  @slow
                  Scenario: a misspelt phrase
                    Given the random sed 42

                  Scenario: a good one
                    Given the random seed 9
                """);
        Path reports = dir.resolve("reports");

        IndexedRun.run(feature, reports);
        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<script")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; in a name")
                .contains("the payload &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; shows as text")
                .contains("2 of 3 scenarios failed")
                .contains("features/demo/escaping.feature:3").contains("<td>features/demo/escaping.feature:9</td><td><code>the random sed 42</code>")
                .contains("<td>features/demo</td><td>3</td><td>1</td><td>2</td>")
                .contains("<td>@demo</td><td>3</td><td>1</td><td>2</td>")
                .contains("<td>@slow</td><td>1</td><td>0</td><td>1</td>")
                .contains("<code>the random seed {number}</code>")
                .contains("<td>5</td>").contains("<td>9</td>")
                .contains("href=\"cucumber.html\"").contains("href=\"cucumber-html-reports/overview-features.html\"")
                .contains("Toxiproxy</th><td>not used");
        try (Stream<Path> history = Files.list(reports.resolve("history"))) {
            assertThat(history.map(p -> p.getFileName().toString()))
                    .hasSize(2).contains(FeatureTimes.FILE).anyMatch(name -> name.startsWith("run-"));
        }
        assertThat(FeatureTimes.read(reports.resolve("history").resolve(FeatureTimes.FILE)))
                .containsOnlyKeys("features/demo/escaping.feature");
    }

    @Test
    void keepsATrendOverRuns(@TempDir Path dir) throws IOException {
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("ok.feature");
        Files.writeString(feature, """
                Feature: ok
                  Scenario: fine
                    Given the random seed 1
                """);
        Path reports = dir.resolve("reports");
        IndexedRun.run(feature, reports);
        IndexedRun.run(feature, reports);
        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("All 1 scenarios passed").contains("Trend over the last 2 runs")
                .contains("<svg").contains("Scenarios per run").contains("Run duration (seconds)");
    }

    @Test
    void showsAFailureMessageAsTheStepWroteIt(@TempDir Path dir) throws IOException {
        Path feature = Files.createDirectories(dir.resolve("features/tcp")).resolve("echo.feature");
        Files.writeString(feature, """
                Feature: echo
                  Scenario: alice hears herself
                    Given the random seed 11
                    Then the scenario fails with "expected \\"alice\\" to receive \\"<b>hello</b>\\" within 500 ms, but after 500 ms it had 3 bytes: \\"hel\\" (68 65 6c)"
                """);
        Path reports = dir.resolve("reports");
        IndexedRun.run(feature, reports);
        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("1 of 1 scenarios failed")
                .contains("<h3><a href=\"scenarios/tcp-echo-2.html\">alice hears herself</a></h3>")
                .contains("features/tcp/echo.feature:2 &middot; failed")
                .contains("replay with: Given the random seed 11")
                .contains("<pre class=\"message\">expected &quot;alice&quot; to receive &quot;&lt;b&gt;hello&lt;/b&gt;&quot; within 500 ms,"
                        + " but after 500 ms it had 3 bytes: &quot;hel&quot; (68 65 6c)</pre>");
    }

    @Test
    void aRunRemovesWhatTheLaterStagesOfAnEarlierRunWrote(@TempDir Path dir) throws IOException {
        Path feature = dir.resolve("features/report/one.feature");
        Files.createDirectories(feature.getParent());
        Files.writeString(feature, "Feature: one\n  Scenario: passes\n    Given the random seed 3\n");
        Path reports = dir.resolve("reports");
        Path earlierOverview = reports.resolve("cucumber-html-reports/overview-features.html");
        Files.createDirectories(earlierOverview.getParent());
        Files.writeString(earlierOverview, "an earlier run's multi-page report");
        Files.writeString(reports.resolve("index.png"), "an earlier run's screenshot");
        Files.writeString(reports.resolve("cucumber.png"), "an earlier run's screenshot");
        Path unrelated = Files.writeString(reports.resolve("notes.txt"), "not netspec's");
        IndexedRun.run(feature, reports);
        assertThat(reports.resolve("index.html")).exists();
        assertThat(reports.resolve("cucumber-html-reports")).doesNotExist();
        assertThat(reports.resolve("index.png")).doesNotExist();
        assertThat(reports.resolve("cucumber.png")).doesNotExist();
        assertThat(unrelated).hasContent("not netspec's");
    }

    /** Runs {@code feature} through netspec's steps with the index plugin writing into {@code reports}. */
}
