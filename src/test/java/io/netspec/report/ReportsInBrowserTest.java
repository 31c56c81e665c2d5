package io.netspec.report;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * A payload of {@code <script>} in a scenario name, a transcript attachment and a log line must show
 * as text: cucumber.html and index.html open in headless Chromium with no script error.
 */
class ReportsInBrowserTest {
    @Test
    void hostilePayloadsShowAsTextInBothPages(@TempDir Path dir) throws Exception {
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("payload.feature");
        Files.writeString(feature, """
                @demo
                Feature: payloads stay text

                  Scenario: <script>alert(1)</script> arrives
                    Given the random seed 42
                    And the scenario attaches the transcript "<script>alert(1)</script></script><img src=x onerror=alert(2)><img src=y onerror=notDefined()>"
                    And the scenario attaches a chart
                """);
        Path reports = dir.resolve("reports");
        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps,io.netspec.testkit.glue.report")
                .configurationParameter("cucumber.plugin", "html:" + reports.resolve("cucumber.html")
                        + ", io.netspec.report.IndexPlugin:" + reports)
                .selectors(selectFile(feature.toFile()))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));

        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; arrives")
                .contains("<td>42</td>");

        Optional<String> chromium = BrowserCheck.findChromium();
        Skip.unless(chromium.isPresent(), Requirement.CHROMIUM, () -> "no Chromium installed (bash ci/install-chromium.sh)");
        List<String> problems = new BrowserCheck(reports, chromium.get()).check(List.of(
                new BrowserCheck.Page("index.html", "index.png", "<script>alert(1)</script> arrives"),
                new BrowserCheck.Page("cucumber.html", "cucumber.png", "payloads stay text")));
        assertThat(problems).isEmpty();
    }
}
