package io.netspec.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Cucumber plugin printing, when the run ends, one readable block per failed scenario: where it is,
 * the step that failed, and the message. A stack trace only where netspec itself broke (not for an
 * unmet expectation or a wrong scenario, whose message says everything), and then only its frames in
 * netspec. Use it in place of Cucumber's {@code summary} plugin, whose Java snippets for undefined
 * steps {@link ClosestPhrasesPlugin} replaces with the closest phrases that exist.
 */
public final class ConsoleFailures implements ConcurrentEventListener {
    static final int FRAMES = 8;
    private static final String OWN = "io.netspec.";

    private final PrintStream out;
    private final Map<UUID, String> failingStep = new ConcurrentHashMap<>();
    private final Queue<Block> blocks = new ConcurrentLinkedQueue<>();
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    public ConsoleFailures() {
        this(System.out);
    }

    ConsoleFailures(PrintStream out) {
        this.out = out;
    }

    private record Block(String feature, int line, String text) {
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, e -> started.add(RunRecorder.location(e.getTestCase())));
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> print());
    }

    private void stepFinished(TestStepFinished e) {
        Status status = e.getResult().getStatus();
        if (status.isOk() || status == Status.SKIPPED) {
            return;
        }
        String step = e.getTestStep() instanceof PickleStepTestStep p
                ? "line " + p.getStep().getLine() + ": " + (p.getStep().getKeyword().strip() + " " + p.getStep().getText())
                : "hook " + RunRecorder.shortCode(e.getTestStep().getCodeLocation());
        failingStep.putIfAbsent(e.getTestCase().getId(), step);
    }

    private void finished(TestCaseFinished e) {
        TestCase tc = e.getTestCase();
        String step = failingStep.remove(tc.getId());
        Result result = e.getResult();
        if (result.getStatus().isOk() || result.getStatus() == Status.SKIPPED) {
            return;
        }
        FeaturePath feature = FeaturePath.of(tc.getUri());
        blocks.add(new Block(feature.display(), tc.getLocation().getLine(),
                block(feature.display() + ":" + tc.getLocation().getLine(), tc.getName(), step, result)));
    }

    static String block(String where, String name, String step, Result result) {
        StringBuilder text = new StringBuilder();
        text.append(result.getStatus().name()).append("  ").append(where).append("  ").append(name).append('\n');
        if (step != null) {
            text.append("  step    ").append(step).append('\n');
        }
        Throwable error = result.getError();
        if (result.getStatus() == Status.UNDEFINED) {
            text.append("  no step definition understands this step; the closest phrases that exist are listed below\n");
            return text.toString();
        }
        if (error == null) {
            text.append("  ").append(RunRecorder.message(result)).append('\n');
            return text.toString();
        }
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        if (error instanceof AssertionError) {
            text.append(indent(message));
        } else if (error instanceof IllegalArgumentException) {
            text.append("  the scenario is wrong: ").append(indent(message).strip()).append('\n');
        } else {
            text.append("  netspec or a component it runs broke (").append(error.getClass().getName()).append("):\n")
                    .append(indent(message));
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t != error) {
                    text.append("  caused by ").append(t.getClass().getName()).append(": ")
                            .append(String.valueOf(t.getMessage()).strip()).append('\n');
                }
                ownFrames(t).forEach(f -> text.append("      at ").append(f).append('\n'));
            }
        }
        return text.toString();
    }

    /** The frames of {@code t} in netspec's own code, at most {@value #FRAMES}. */
    static List<StackTraceElement> ownFrames(Throwable t) {
        List<StackTraceElement> own = new ArrayList<>();
        for (StackTraceElement f : t.getStackTrace()) {
            if (f.getClassName().startsWith(OWN) && own.size() < FRAMES) {
                own.add(f);
            }
        }
        return own;
    }

    private static String indent(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\r?\n")) {
            text.append("  ").append(line).append('\n');
        }
        return text.toString();
    }

    /** A scenario the test engine failed before Cucumber started it ({@link UnstartedScenarios}). */
    static String block(ScenarioResult unstarted) {
        return "FAILED  " + unstarted.location() + "  " + unstarted.name() + "\n  step    "
                + UnstartedScenarios.BEFORE_FIRST_STEP + "\n" + indent(unstarted.error());
    }

    private void print() {
        UnstartedScenarios.besides(started).forEach(s -> blocks.add(new Block(s.feature().display(), s.line(), block(s))));
        if (blocks.isEmpty()) {
            return;
        }
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(Block::feature).thenComparingInt(Block::line));
        StringBuilder text = new StringBuilder("\n").append(sorted.size())
                .append(sorted.size() == 1 ? " scenario did not pass" : " scenarios did not pass")
                .append(" (each with its charts and transcripts in reports/index.html):\n");
        sorted.forEach(b -> text.append('\n').append(b.text()));
        out.print(text);
        out.flush();
    }
}
