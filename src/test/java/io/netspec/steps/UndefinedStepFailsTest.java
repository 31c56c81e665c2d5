package io.netspec.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** An undefined step must fail the run, never pass or be skipped quietly (Cucumber 7's default, kept). */
class UndefinedStepFailsTest {
    @Test
    void aScenarioWithAnUndefinedStepFails(@TempDir Path dir) throws IOException {
        Path feature = dir.resolve("undefined.feature");
        Files.writeString(feature, """
                Feature: undefined
                  Scenario: a phrase nobody defined
                    Given the random seed 7
                    Then the moon is made of cheese
                """);
        run(feature).assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
    }

    @Test
    void theSameScenarioWithDefinedStepsPasses(@TempDir Path dir) throws IOException {
        Path feature = dir.resolve("defined.feature");
        Files.writeString(feature, """
                Feature: defined
                  Scenario: only known phrases
                    Given the random seed 7
                """);
        run(feature).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    private static Events run(Path feature) {
        return EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "rerun:" + feature.resolveSibling("rerun.txt"))
                .selectors(selectFile(feature.toFile()))
                .execute()
                .testEvents();
    }
}
