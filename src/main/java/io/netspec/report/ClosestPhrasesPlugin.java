package io.netspec.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;

import java.io.PrintStream;
import java.util.List;

/**
 * Cucumber plugin that prints, for every step no definition understands, the three closest phrases
 * that exist: what a scenario writer needs (Cucumber's Java snippets are for someone adding a step
 * definition; {@link ConsoleFailures} replaces Cucumber's {@code summary} plugin, which prints them).
 */
public final class ClosestPhrasesPlugin implements ConcurrentEventListener {
    private final RunRecorder recorder = new RunRecorder();
    private final PrintStream out;

    public ClosestPhrasesPlugin() {
        this(System.out);
    }

    ClosestPhrasesPlugin(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        recorder.listenTo(publisher);
        publisher.registerHandlerFor(TestRunFinished.class, e -> print(recorder.run(e.getInstant()).undefined()));
    }

    private void print(List<UndefinedStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        out.println(text(steps));
    }

    static String text(List<UndefinedStep> steps) {
        StringBuilder text = new StringBuilder();
        text.append(steps.size()).append(steps.size() == 1 ? " step is" : " steps are")
                .append(" not understood by any step definition (see docs/steps.md for every phrase):\n");
        for (UndefinedStep step : steps) {
            text.append("\n  ").append(step.location()).append("  ").append(step.text()).append('\n');
            if (step.closest().isEmpty()) {
                text.append("    no step definitions were found; is the glue package set (io.netspec.steps)?\n");
            } else {
                text.append("    closest existing phrases:\n");
                step.closest().forEach(p -> text.append("      ").append(p).append('\n'));
            }
        }
        return text.toString();
    }
}
