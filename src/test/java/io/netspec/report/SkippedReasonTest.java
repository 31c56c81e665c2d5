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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/** A scenario that skips itself (a variable it needs is unset) says why, in the console and on the index page. */
class SkippedReasonTest {
    private static final String STEP = "Given the variable NETSPEC_SURELY_UNSET_FOR_SKIP is set, or the scenario is skipped";

    @Test
    void theConsoleSaysWhyAScenarioWasSkipped(@TempDir Path dir) throws IOException {
        Path features = Files.createDirectories(dir.resolve("features/mine"));
        Files.writeString(features.resolve("needs.feature"), "Feature: needs a variable\n  Scenario: needs redis\n    "
                + STEP + "\n    Then the random seed is 1\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .enableImplicitConfigurationParameters(false)
                .selectors(selectDirectory(dir.resolve("features").toFile()))
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "rerun:" + dir.resolve("rerun.txt"))
                .configurationParameter("cucumber.execution.parallel.enabled", "false");
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            launcher.execute(request.build(), new ConsoleProgress(out));
        }
        String console = bytes.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("skipped  features/mine/needs.feature:2  needs redis:")
                .contains("the variable NETSPEC_SURELY_UNSET_FOR_SKIP is not set")
                .contains("1 skipped");
        assertThat(console).as("the summary's skips, by reason").containsPattern(
                "skipped, by reason\\n\\s+1  skipped: the variable NETSPEC_SURELY_UNSET_FOR_SKIP is not set");
    }

    @Test
    void theSummaryAndTheTopOfTheIndexGroupSkipsByReasonMostFirst() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        String hosts = "skipped: hosts cannot run here: user namespaces are switched off. Fix: sudo sysctl -w user.max_user_namespaces=15000";
        List<ScenarioResult> scenarios = List.of(skipped("a", 3, hosts), skipped("b", 9, "skipped: the variable X is not set"),
                skipped("c", 4, hosts), skipped("d", 5, hosts),
                new ScenarioResult(FeaturePath.of("features/ip/x.feature"), "passes", 1, List.of(), "PASSED", Duration.ZERO, "", List.of(), 0));
        Run run = new Run(t0, t0.plusSeconds(1), scenarios, List.of());
        assertThat(run.skippedByReason()).containsExactly(java.util.Map.entry(hosts, 3),
                java.util.Map.entry("skipped: the variable X is not set", 1));
        assertThat(ConsoleText.summary(run)).contains("  skipped, by reason\n          3  " + hosts + "\n          1  skipped: the variable X")
                .contains("4 scenario(s) skipped");
        String html = IndexPage.render(run, new Environment("17", "Linux", "not used"), List.of());
        int top = html.indexOf("id=\"skipped-by-reason\"");
        assertThat(top).as("the skips come right after the headline, before the facts table")
                .isPositive().isLessThan(html.indexOf("class=\"facts\""));
        assertThat(html.substring(top)).contains("<strong>4 scenarios were skipped</strong>")
                .contains("<tr><td>3</td><td>" + hosts + "</td></tr>");
    }

    private static ScenarioResult skipped(String name, int line, String why) {
        return new ScenarioResult(FeaturePath.of("features/hosts/" + name + ".feature"), name, line, List.of("@hosts"),
                "SKIPPED", Duration.ZERO, why, List.of(), 0);
    }

    @Test
    void theIndexPageListsSkippedScenariosWithTheirReasons() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        ScenarioResult skipped = new ScenarioResult(FeaturePath.of("features/mine/needs.feature"), "needs redis", 2,
                List.of(), "SKIPPED", Duration.ZERO, "skipped: the variable REDIS_PORT is not set", List.of(), 0);
        String html = IndexPage.render(new Run(t0, t0.plusSeconds(1), List.of(skipped), List.of()),
                new Environment("17", "Linux", "not used"), List.of());
        assertThat(html).contains("Skipped scenarios (1)").contains("features/mine/needs.feature:2")
                .contains("skipped: the variable REDIS_PORT is not set");
    }
}
