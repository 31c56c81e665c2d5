package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/** Runs real feature files through the JUnit Platform launcher and reads the progress lines. */
class ConsoleProgressTest {
    @Test
    void numbersOnlyTheFeaturesATagFilterKeeps(@TempDir Path dir) throws IOException {
        List<String> lines = run(features(dir), "@keep");
        assertThat(lines).filteredOn(l -> l.startsWith("[")).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("[1/2] passed").contains("features/b/"))
                .anySatisfy(l -> assertThat(l).startsWith("[2/2] passed"))
                .noneSatisfy(l -> assertThat(l).contains("features/a/dropped.feature"));
        assertThat(String.join("\n", lines)).doesNotContain("/3]").doesNotContain("/4]");
    }

    @Test
    void numbersEveryFeatureWithoutAFilter(@TempDir Path dir) throws IOException {
        List<String> lines = run(features(dir), "");
        assertThat(lines).filteredOn(l -> l.startsWith("[")).hasSize(3)
                .allSatisfy(l -> assertThat(l).matches("\\[[123]/3] passed .*"));
    }

    private static Path features(Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("features/a"));
        Path b = Files.createDirectories(dir.resolve("features/b"));
        Files.writeString(a.resolve("dropped.feature"), """
                Feature: left out by the filter
                  Scenario: one
                    Given the random seed 1
                """);
        Files.writeString(b.resolve("kept.feature"), """
                @keep
                Feature: kept by its feature tag
                  Scenario: two
                    Given the random seed 2
                """);
        Files.writeString(b.resolve("mixed.feature"), """
                Feature: one scenario kept
                  @keep
                  Scenario: three
                    Given the random seed 3
                  Scenario: four
                    Given the random seed 4
                """);
        return dir.resolve("features");
    }

    private static List<String> run(Path features, String tags) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        // No implicit parameters: a -Dcucumber.filter.tags given to the build must not reach this run.
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .enableImplicitConfigurationParameters(false)
                .selectors(selectDirectory(features.toFile()))
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "rerun:" + features.resolveSibling("rerun.txt"))
                .configurationParameter("cucumber.execution.parallel.enabled", "false");
        if (!tags.isEmpty()) {
            request.configurationParameter("cucumber.filter.tags", tags);
        }
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            launcher.execute(request.build(), new ConsoleProgress(out));
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
