package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * A scenario whose step matching throws (here a test phrase whose regular expression overflows the
 * stack) is never lost: the test engine fails it before Cucumber starts it, and the index counts it,
 * lists it with a page of its own, and the console prints its block, as for any other failure.
 */
class UnstartedScenarioTest {
    @Test
    void aScenarioThatFailsWhileItsStepsAreMatchedIsCountedListedAndPrinted(@TempDir Path dir) throws IOException {
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("lost.feature");
        Files.writeString(feature, "Feature: lost\n"
                + "  Scenario: passes\n    Given the random seed 5\n"
                + "  Scenario: never starts\n    Given the scenario carries the letters " + "ab".repeat(50_000) + " to its end\n"
                + "  Scenario: fails\n    Given the scenario fails with \"no\"\n"
                + "  Scenario: short letters pass\n    Given the scenario carries the letters abba to its end\n");
        Path reports = dir.resolve("reports");

        String console = runThroughTheLauncher(feature, reports);

        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("2 of 4 scenarios failed").contains("features/demo/lost.feature:4")
                .contains("never starts").contains("java.lang.StackOverflowError")
                .contains("<td>features/demo</td><td>4</td><td>2</td><td>2</td>");
        try (var pages = Files.list(reports.resolve("scenarios"))) {
            assertThat(pages.map(p -> p.getFileName().toString())).contains("demo-lost-4.html");
        }
        assertThat(console).contains("2 scenarios did not pass")
                .contains("FAILED  features/demo/lost.feature:4  never starts")
                .contains("step    " + UnstartedScenarios.BEFORE_FIRST_STEP)
                .contains("netspec or a component it runs broke (java.lang.StackOverflowError)");
    }

    @Test
    void aStepsFailureBeforeItStartedIsWordedByItsRole() {
        assertThat(UnstartedScenarios.words(new IllegalArgumentException("bad"))).endsWith("the scenario is wrong: bad");
        assertThat(UnstartedScenarios.words(null)).endsWith("the test engine gave no reason");
    }

    /** Runs the feature as the build does, through the JUnit Platform's launcher, with its listeners. */
    private static String runThroughTheLauncher(Path feature, Path reports) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectFile(feature.toFile()))
                    .configurationParameter("cucumber.glue", "io.netspec.steps,io.netspec.testkit.glue.report")
                    .configurationParameter("cucumber.plugin", "io.netspec.report.IndexPlugin:" + reports
                            + ", io.netspec.report.ConsoleFailures")
                    .configurationParameter("cucumber.execution.parallel.enabled", "false")
                    .build());
        } finally {
            System.setOut(console);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        console.print(text);
        return text;
    }
}
