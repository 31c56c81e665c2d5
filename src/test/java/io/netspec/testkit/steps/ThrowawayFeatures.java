package io.netspec.testkit.steps;

import io.netspec.testkit.Lateness;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Scenarios written into a throwaway feature file and run by the Cucumber engine, all of them in one
 * engine run (each scenario still has its own World), so a test of many bad inputs starts the engine once.
 */
public final class ThrowawayFeatures {
    public static final String GLUE = "io.netspec.steps";

    private ThrowawayFeatures() {
    }

    /** How a scenario ended. */
    public enum End { PASSED, FAILED, SKIPPED }

    /**
     * One scenario's end, what it threw (or why it was skipped), how long it ran, how late this JVM's
     * threads ran and how long they and its processes waited for a processor while the engine ran it
     * ({@link Lateness}).
     */
    public record Outcome(End end, Optional<Throwable> thrown, String message, Duration took, Duration lateness,
                          Duration waited) {
        /** The failure's message as a list of one, or an empty list if the scenario did not fail. */
        List<String> failures() {
            return end == End.FAILED ? List.of(message) : List.of();
        }
    }

    /** The outcome of the scenario {@code what}, which must have run. */
    public static Outcome outcome(Map<String, Outcome> outcomes, String what) {
        Outcome outcome = outcomes.get(what);
        assertThat(outcome).as("the scenario \"%s\" ran (ran: %s)", what, outcomes.keySet()).isNotNull();
        return outcome;
    }

    /** The outcome of the scenario {@code what}, which must have run and failed. */
    public static Outcome failed(Map<String, Outcome> outcomes, String what) {
        Outcome outcome = outcome(outcomes, what);
        assertThat(outcome.failures()).as("failures of \"%s\"", what).hasSize(1);
        return outcome;
    }

    /**
     * Checks that the scenario {@code what} failed within {@code bound} (plus 3 x how late threads ran and how long
     * they waited for a processor meanwhile: a busy machine makes every scenario slower, while a wait the bad input should have cut short is seconds
     * longer) with a message holding each of {@code expected}.
     */
    public static void failedWithin(Map<String, Outcome> outcomes, String what, List<String> expected, Duration bound) {
        Outcome outcome = failed(outcomes, what);
        assertThat(outcome.message()).contains(expected);
        new Lateness.Timed<>(outcome, outcome.took(), outcome.lateness(), outcome.waited()).atMost(outcome.took(), bound,
                "failing \"" + what + "\"");
    }

    /** The scenarios ({@code name -> steps}, one step a line) as the text of one feature under {@code header}. */
    public static String feature(String header, Map<String, String> scenarios) {
        StringBuilder text = new StringBuilder(header);
        scenarios.forEach((name, steps) -> text.append("  Scenario: ").append(name).append('\n').append(indent(steps)));
        return text.toString();
    }

    /** Parameterized cases whose first two arguments are a scenario's name and its steps, by name, in order. */
    public static Map<String, String> scenarios(Stream<Arguments> cases) {
        Map<String, String> byName = new LinkedHashMap<>();
        cases.forEach(a -> byName.put((String) a.get()[0], (String) a.get()[1]));
        return byName;
    }

    /** Steps indented under their scenario. */
    public static String indent(String steps) {
        return steps.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }

    /**
     * Runs the scenarios as one feature under {@code header} in one engine run, {@code parallelism} at a
     * time (1: one after the other, in order); returns each scenario's outcome by its name.
     */
    public static Map<String, Outcome> run(Path dir, String header, Map<String, String> scenarios, int parallelism)
            throws IOException {
        Lateness.Timed<EngineExecutionResults> ran;
        try {
            ran = Lateness.during(() -> execute(dir, feature(header, scenarios), GLUE, parallelism));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the engine run was interrupted: " + e, e);
        }
        Duration lateness = ran.lateness();
        Duration waited = ran.waited();
        Events events = ran.value().testEvents();
        Map<String, Instant> started = new HashMap<>();
        events.started().stream().forEach(e -> started.put(id(e), e.getTimestamp()));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        events.finished().stream().forEach(e -> {
            TestExecutionResult result = e.getRequiredPayload(TestExecutionResult.class);
            Optional<Throwable> thrown = result.getThrowable();
            End end = switch (result.getStatus()) {
                case SUCCESSFUL -> End.PASSED;
                case FAILED -> End.FAILED;
                case ABORTED -> End.SKIPPED;
            };
            outcomes.put(name(e), new Outcome(end, thrown, thrown.map(Throwable::getMessage).orElse("(no message)"),
                    Duration.between(started.get(id(e)), e.getTimestamp()), lateness, waited));
        });
        events.skipped().stream().forEach(e -> outcomes.put(name(e), new Outcome(End.SKIPPED, Optional.empty(),
                e.getPayload(String.class).orElse("(no reason)"), Duration.ZERO, lateness, waited)));
        return outcomes;
    }

    /** Writes {@code text} as a feature file in {@code dir} and runs it with {@code glue}, {@code parallelism} at a time. */
    public static EngineExecutionResults execute(Path dir, String text, String glue, int parallelism) throws IOException {
        Path feature = Files.writeString(dir.resolve("throwaway.feature"), text);
        EngineTestKit.Builder engine = EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", glue)
                .configurationParameter("cucumber.plugin", "rerun:" + dir.resolve("rerun.txt"));
        if (parallelism > 1) {
            String n = Integer.toString(parallelism);
            engine.configurationParameter("cucumber.execution.parallel.enabled", "true")
                    .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", n)
                    .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", n);
        }
        return engine.selectors(selectFile(feature.toFile())).execute();
    }

    private static String id(Event e) {
        return e.getTestDescriptor().getUniqueId().toString();
    }

    private static String name(Event e) {
        return e.getTestDescriptor().getDisplayName();
    }
}
