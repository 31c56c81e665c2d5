package io.netspec.report;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Scenarios the JUnit Platform saw fail although Cucumber never started them. Cucumber matches a
 * scenario's steps to phrases before it announces the scenario; an error there (a parameter type whose
 * regular expression overflows the stack, say) ends the scenario before its first event, so no Cucumber
 * plugin hears of it, while the test engine reports it failed. This listener (registered with the JUnit
 * Platform by the library jar, as {@link ConsoleProgress} is) keeps every failed scenario of the run, and
 * the plugins add, when the run finishes, each one they never saw start: the index, its counts, a
 * scenario page and the console's failure blocks then show it like any other failure.
 *
 * <p>The list is static: the JUnit Platform and Cucumber make the listener and the plugins separately,
 * and nothing else passes between them. A test plan that starts empties it, so it holds the failures of
 * one launcher run (docs/known-limits.md).
 */
public final class UnstartedScenarios implements TestExecutionListener {
    private static final Queue<ScenarioResult> FAILED = new ConcurrentLinkedQueue<>();
    private static final String ENGINE = "cucumber";
    /** What the one step of a scenario that never started stands for. */
    static final String BEFORE_FIRST_STEP = "the scenario's start (making its World and matching its steps to phrases)";

    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        FAILED.clear();
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        TestPlan current = plan;
        if (current == null || !id.isTest() || result.getStatus() != TestExecutionResult.Status.FAILED
                || !UniqueId.parse(id.getUniqueId()).getEngineId().map(ENGINE::equals).orElse(false)) {
            return;
        }
        PlanScenarios.feature(current, id).ifPresent(feature -> FAILED.add(unstarted(
                PlanScenarios.featurePath(feature), PlanScenarios.name(current, id), PlanScenarios.line(id),
                PlanScenarios.tagNames(id), result.getThrowable().orElse(null))));
    }

    /**
     * The failed scenarios of this run whose location ({@code features/tcp/echo.feature:12}) is not among
     * {@code started}: those Cucumber never started, as failures whose one step says so.
     */
    static List<ScenarioResult> besides(Set<String> started) {
        return FAILED.stream().filter(s -> !started.contains(s.location())).toList();
    }

    /** A scenario that failed before its first step, with the error the test engine reported. */
    static ScenarioResult unstarted(FeaturePath feature, String name, int line, List<String> tags, Throwable error) {
        String message = words(error);
        StepResult before = new StepResult("Before", BEFORE_FIRST_STEP, 0, true, "FAILED", Duration.ZERO, message,
                List.of());
        return new ScenarioResult(feature, name, line, tags, "FAILED", Duration.ZERO, message, List.of(), 0,
                List.of(before), "");
    }

    /** The message, worded by the failure's role as every report words one. */
    static String words(Throwable error) {
        String what = "the scenario failed before its first step, while Cucumber matched its steps to phrases or made"
                + " its World, so it never started; ";
        if (error == null) {
            return what + "the test engine gave no reason";
        }
        String text = error.getMessage() == null ? "" : ": " + error.getMessage();
        if (error instanceof IllegalArgumentException) {
            return what + "the scenario is wrong" + text;
        }
        return what + "netspec or a component it runs broke (" + error.getClass().getName() + ")" + text;
    }
}
