package io.netspec.steps;

import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

/** An undefined or pending step must fail the run, never pass or be skipped quietly (Cucumber 7's default, kept). */
class UndefinedStepFailsTest {
    @Test
    void aScenarioWithAnUndefinedStepFails(@TempDir Path dir) throws IOException {
        String feature = """
                Feature: undefined
                  Scenario: a phrase nobody defined
                    Given the random seed 7
                    Then the moon is made of cheese
                """;
        run(dir, feature).assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
    }

    @Test
    void theSameScenarioWithDefinedStepsPasses(@TempDir Path dir) throws IOException {
        String feature = """
                Feature: defined
                  Scenario: only known phrases
                    Given the random seed 7
                """;
        run(dir, feature).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @Test
    void aScenarioWithAPendingStepFails(@TempDir Path dir) throws IOException {
        String feature = """
                Feature: pending
                  Scenario: a phrase someone is still writing
                    Given the random seed 7
                    And a step that is still being written
                """;
        Events events = run(dir, feature);
        events.assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
        // Failed because the step is pending, not because the test glue went missing (undefined).
        events.failed().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(io.cucumber.java.PendingException.class)));
    }

    /** Writes the feature text into {@code dir} and runs it through the Cucumber engine. */
    private static Events run(Path dir, String text) throws IOException {
        return ThrowawayFeatures.execute(dir, text, ThrowawayFeatures.GLUE + ",io.netspec.testkit.glue.pending", 1).testEvents();
    }
}
