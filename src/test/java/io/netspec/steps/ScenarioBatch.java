package io.netspec.steps;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Throwaway scenarios of a test, written as one feature and run by one start of the Cucumber engine
 * with the netspec glue, in parallel as the suite runs them (each scenario has its own World, so they
 * do not meet). One engine start for many cases instead of one per case: the cases prove the same,
 * each with its own outcome, message and duration.
 */
final class ScenarioBatch {
    /** How one scenario ended: its status, what it threw (if anything) and how long it took. */
    record Outcome(TestExecutionResult.Status status, Optional<Throwable> thrown, Duration took) {
        /** The failure's message, or none when the scenario did not fail. */
        List<String> failures() {
            return status == TestExecutionResult.Status.FAILED
                    ? List.of(thrown.map(Throwable::getMessage).orElse("(no message)")) : List.of();
        }
    }

    private ScenarioBatch() {
    }

    /**
     * Writes {@code scenarios} (name to steps, one step a line) as scenarios of one feature under
     * {@code dir}, each preceded by {@code scenarioTags} (or none when blank), runs them once in
     * parallel and returns each scenario's outcome by name.
     */
    static Map<String, Outcome> run(Path dir, Map<String, String> scenarios, String scenarioTags) throws IOException {
        StringBuilder text = new StringBuilder("Feature: throwaway scenarios\n");
        scenarios.forEach((name, steps) -> {
            if (!scenarioTags.isBlank()) {
                text.append("  ").append(scenarioTags).append('\n');
            }
            text.append("  Scenario: ").append(name).append('\n');
            steps.lines().forEach(l -> text.append("    ").append(l).append('\n'));
        });
        Path feature = dir.resolve("batch.feature");
        Files.writeString(feature, text);
        Events events = EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "rerun:" + dir.resolve("rerun.txt"))
                .configurationParameter("cucumber.execution.parallel.enabled", "true")
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", "4")
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", "4")
                .selectors(selectFile(feature.toFile()))
                .execute()
                .testEvents();
        Map<String, Instant> started = new HashMap<>();
        events.started().stream().forEach(e -> started.put(e.getTestDescriptor().getUniqueId().toString(), e.getTimestamp()));
        Map<String, Outcome> byName = new HashMap<>();
        events.finished().stream().forEach(e -> {
            TestExecutionResult result = e.getPayload(TestExecutionResult.class).orElseThrow(
                    () -> new IllegalStateException("a finished scenario without a result: " + e));
            Instant from = started.get(e.getTestDescriptor().getUniqueId().toString());
            byName.put(e.getTestDescriptor().getDisplayName(), new Outcome(result.getStatus(), result.getThrowable(),
                    Duration.between(from, e.getTimestamp())));
        });
        return byName;
    }
}
