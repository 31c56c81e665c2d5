package io.netspec.report;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
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
                        .anyMatch(s -> s.isTest() && tags.get().evaluate(tagNames(s))))
                .count();
    }

    private static List<String> tagNames(TestIdentifier id) {
        return id.getTags().stream().map(t -> "@" + t.getName()).toList();
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
                        featurePath(id).display(), Run.Totals.of(list), took));
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
        int line = id.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast)
                .flatMap(FileSource::getPosition).map(FilePosition::getLine).orElse(0);
        return new ScenarioResult(featurePath(feature), name(id), line, tagNames(id), status, took, why, List.of(), 0);
    }

    /** A scenario's name; an example row of an outline is "outline name [Example #1.2]". */
    private String name(TestIdentifier id) {
        if (!lastSegmentType(id).equals("example")) {
            return id.getDisplayName();
        }
        Optional<TestIdentifier> parent = plan.getParent(id);
        while (parent.isPresent() && !isFeature(parent.get())) {
            if (lastSegmentType(parent.get()).equals("scenario")) {
                return parent.get().getDisplayName() + " [" + id.getDisplayName() + "]";
            }
            parent = plan.getParent(parent.get());
        }
        return id.getDisplayName();
    }

    private Optional<TestIdentifier> feature(TestIdentifier id) {
        Optional<TestIdentifier> current = Optional.of(id);
        while (current.isPresent() && !isFeature(current.get())) {
            current = plan.getParent(current.get());
        }
        return current;
    }

    static boolean isFeature(TestIdentifier id) {
        return lastSegmentType(id).equals("feature");
    }

    private static String lastSegmentType(TestIdentifier id) {
        List<UniqueId.Segment> segments = UniqueId.parse(id.getUniqueId()).getSegments();
        return segments.get(segments.size() - 1).getType();
    }

    private static FeaturePath featurePath(TestIdentifier feature) {
        Optional<TestSource> source = feature.getSource();
        if (source.isPresent() && source.get() instanceof FileSource file) {
            return FeaturePath.of(file.getFile().getPath());
        }
        if (source.isPresent() && source.get() instanceof ClasspathResourceSource resource) {
            return FeaturePath.of(resource.getClasspathResourceName());
        }
        return FeaturePath.of(feature.getDisplayName());
    }
}
