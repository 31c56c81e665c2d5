package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** A tag filter that matches nothing: the run fails naming the filter, and the trend does not count it green. */
class NothingRanTest {
    @Test
    void aFilterThatMatchesNothingFailsTheRunNamesTheFilterAndIsNotRecorded(@TempDir Path dir) throws Exception {
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("ok.feature");
        Files.writeString(feature, """
                Feature: ok
                  @newcomer
                  Scenario: fine
                    Given the random seed 1
                """);
        Path reports = dir.resolve("reports");
        String before = System.getProperty(RunSelection.TAGS);
        System.setProperty(RunSelection.TAGS, "@newcomr");
        EngineExecutionResults results;
        try {
            results = EngineTestKit.engine("cucumber")
                    .configurationParameter("cucumber.glue", "io.netspec.steps")
                    .configurationParameter("cucumber.plugin", "io.netspec.report.IndexPlugin:" + reports)
                    .configurationParameter(RunSelection.TAGS, "@newcomr")
                    .selectors(selectFile(feature.toFile()))
                    .execute();
        } finally {
            if (before == null) {
                System.clearProperty(RunSelection.TAGS);
            } else {
                System.setProperty(RunSelection.TAGS, before);
            }
        }
        results.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(0));
        List<Throwable> failures = results.allEvents().failed().stream().map(Event::getPayload)
                .flatMap(Optional::stream).map(p -> ((org.junit.platform.engine.TestExecutionResult) p).getThrowable())
                .flatMap(Optional::stream).toList();
        assertThat(failures).singleElement().isInstanceOf(NothingRan.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("the tag filter \"@newcomr\"")
                        .contains("matches no scenario").contains("not recorded in the trend"))
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("No scenario ran: nothing matches tags &quot;@newcomr&quot;")
                .contains("class=\"verdict fail\"");
        try (var history = Files.list(reports.resolve("history"))) {
            assertThat(history).isEmpty();
        }
    }
}
