package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Undefined steps are listed by line as a number: line 5 before line 44, in the index and the console. */
class UndefinedOrderTest {
    @Test
    void line5ComesBeforeLine44(@TempDir Path dir) throws Exception {
        // Line 5 holds the first undefined step, line 44 the second (as text, ":44" sorts before ":5").
        String text = "Feature: order\n\n  Scenario: early\n\n    Given the random sed 5\n" + "\n".repeat(36)
                + "  Scenario: late\n\n    Given the random sed 44\n";
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("order.feature");
        Files.writeString(feature, text);
        assertThat(Files.readAllLines(feature).get(4)).contains("sed 5");
        assertThat(Files.readAllLines(feature).get(43)).contains("sed 44");
        Path reports = dir.resolve("reports");
        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "io.netspec.report.IndexPlugin:" + reports)
                .selectors(selectFile(feature.toFile()))
                .execute();
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        int early = index.indexOf("order.feature:5<");
        int late = index.indexOf("order.feature:44<");
        assertThat(early).isPositive();
        assertThat(late).isGreaterThan(early);

    }
}
