package io.netspec.report;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Console output for scenario runs on the JUnit Platform: one line per finished feature, and a
 * summary table at the end (scenarios per capability folder, the five slowest). Registered as a
 * JUnit Platform listener by the library jar; it stays silent in runs without Cucumber features.
 */
public final class ConsoleProgress implements TestExecutionListener {
    /** How Cucumber's engine explains a scenario left out by {@code cucumber.filter.tags} or {@code .name}. */
    private static final String FILTERED = "cucumber.filter.";
    /** The tag expression that picks the scenarios of a run, e.g. {@code -Dcucumber.filter.tags="@tcp"}. */
    private static final String FILTER_TAGS = "cucumber.filter.tags";
    private final PrintStream out;
    private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();
    private final Map<String, List<ScenarioResult>> byFeature = new ConcurrentHashMap<>();
    private final AtomicInteger featuresDone = new AtomicInteger();
    private volatile TestPlan plan;
    private volatile int features;
    private volatile Instant runStarted;

    public ConsoleProgress() {
        this(System.out);
    }

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        runStarted = Instant.now();
        Optional<Expression> tags = testPlan.getConfigurationParameters().get(FILTER_TAGS)
                .filter(t -> !t.isBlank()).map(TagExpressionParser::parse);
        // Counts the features with a scenario the tag filter keeps, so "[1/4]" numbers what runs.
        features = (int) testPlan.getRoots().stream()
                .flatMap(root -> testPlan.getDescendants(root).stream())
                .filter(ConsoleProgress::isFeature)
                .filter(f -> tags.isEmpty() || testPlan.getDescendants(f).stream()
                        .anyMatch(s -> s.isTest() && tags.get().evaluate(PlanScenarios.tagNames(s))))
                .count();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest() || isFeature(id)) {
            startedAt.put(id.getUniqueId(), Instant.now());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (isFeature(id)) {
            return;
        }
        if (reason != null && reason.contains(FILTERED)) {
            // Left out by a tag or name filter: not part of this run, so not counted.
            return;
        }
        if (id.isTest() && plan != null) {
            feature(id).ifPresent(f -> byFeature.computeIfAbsent(f.getUniqueId(), k -> new ArrayList<>())
                    .add(result(id, f, "SKIPPED", Duration.ZERO, reason)));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (plan == null) {
            return;
        }
        Instant begun = startedAt.remove(id.getUniqueId());
        Duration took = begun == null ? Duration.ZERO : Duration.between(begun, Instant.now());
        if (id.isTest()) {
            feature(id).ifPresent(f -> {
                List<ScenarioResult> list = byFeature.computeIfAbsent(f.getUniqueId(), k -> new ArrayList<>());
                String why = result.getStatus() == TestExecutionResult.Status.ABORTED
                        ? result.getThrowable().map(Throwable::getMessage).orElse("") : "";
                ScenarioResult scenario = result(id, f, status(result), took, why);
                synchronized (list) {
                    list.add(scenario);
                }
                if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                    // A scenario that skipped itself says why, so a skip is never mistaken for a pass.
                    out.println("  skipped  " + scenario.location() + "  " + scenario.name() + ": " + why);
                }
            });
        } else if (isFeature(id)) {
            List<ScenarioResult> list = byFeature.get(id.getUniqueId());
            if (list == null) {
                return; // every scenario of it was left out by a filter: not part of this run
            }
            synchronized (list) {
                out.println(ConsoleText.progressLine(featuresDone.incrementAndGet(), features,
                        PlanScenarios.featurePath(id).display(), Run.Totals.of(list), took));
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (features == 0) {
            return;
        }
        List<ScenarioResult> all = new ArrayList<>();
        byFeature.values().forEach(list -> {
            synchronized (list) {
                all.addAll(list);
            }
        });
        out.println(ConsoleText.summary(new Run(runStarted, Instant.now(), all, List.of())));
    }

    private static String status(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "PASSED";
            case ABORTED -> "SKIPPED";
            case FAILED -> "FAILED";
        };
    }

    private ScenarioResult result(TestIdentifier id, TestIdentifier feature, String status, Duration took, String why) {
        return new ScenarioResult(PlanScenarios.featurePath(feature), PlanScenarios.name(plan, id), PlanScenarios.line(id),
                PlanScenarios.tagNames(id), status, took, why, List.of(), 0);
    }

    private Optional<TestIdentifier> feature(TestIdentifier id) {
        return PlanScenarios.feature(plan, id);
    }

    static boolean isFeature(TestIdentifier id) {
        return PlanScenarios.isFeature(id);
    }
}
