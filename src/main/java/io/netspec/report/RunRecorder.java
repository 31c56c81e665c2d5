package io.netspec.report;

import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.StepDefinedEvent;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.WriteEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects what the reports need from Cucumber's events; safe for events from many threads. */
final class RunRecorder {
    static final int SUGGESTIONS = 3;
    private static final Pattern SEED = Pattern.compile("random seed: (-?\\d+)");

    private final Set<String> phrases = ConcurrentHashMap.newKeySet();
    private final Queue<ScenarioResult> scenarios = new ConcurrentLinkedQueue<>();
    private final Queue<Unknown> undefined = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Set<String>> seeds = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> attachments = new ConcurrentHashMap<>();
    private volatile Instant started = Instant.now();

    void listenTo(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started = e.getInstant());
        publisher.registerHandlerFor(StepDefinedEvent.class, e -> phrases.add(e.getStepDefinition().getPattern()));
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(EmbedEvent.class,
                e -> attachments.computeIfAbsent(e.getTestCase().getId(), id -> new AtomicInteger()).incrementAndGet());
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, e -> undefined.add(new Unknown(
                FeaturePath.of(e.getUri()).display() + ":" + e.getStepLocation().getLine(), e.getSuggestion().getStep())));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void written(WriteEvent e) {
        Matcher m = SEED.matcher(e.getText());
        if (m.find()) {
            seeds.computeIfAbsent(e.getTestCase().getId(), id -> ConcurrentHashMap.newKeySet()).add(m.group(1));
        }
    }

    private void finished(TestCaseFinished e) {
        TestCase tc = e.getTestCase();
        Result result = e.getResult();
        AtomicInteger attached = attachments.remove(tc.getId());
        Set<String> seen = seeds.remove(tc.getId());
        scenarios.add(new ScenarioResult(FeaturePath.of(tc.getUri()), tc.getName(), tc.getLocation().getLine(),
                tc.getTags(), result.getStatus().name(), result.getDuration(), message(result),
                seen == null ? List.of() : List.copyOf(seen), attached == null ? 0 : attached.get()));
    }

    static String message(Result result) {
        Throwable error = result.getError();
        if (error == null) {
            return switch (result.getStatus()) {
                case UNDEFINED -> "a step is undefined (no step definition understands it)";
                case PENDING -> "a step is pending";
                case AMBIGUOUS -> "a step matches more than one step definition";
                default -> "";
            };
        }
        String text = error.getMessage() == null ? "" : error.getMessage();
        return error instanceof AssertionError && !text.isEmpty() ? text : error.getClass().getSimpleName()
                + (text.isEmpty() ? "" : ": " + text);
    }

    /** A step no definition understood, before the phrases are known to rank. */
    private record Unknown(String location, String text) {
    }

    /** The run so far, ending now; undefined steps come with the closest existing phrases. */
    Run run(Instant finished) {
        ClosestPhrases closest = new ClosestPhrases(phrases);
        List<UndefinedStep> steps = new ArrayList<>();
        for (Unknown u : undefined) {
            steps.add(new UndefinedStep(u.location(), u.text(), closest.closestTo(u.text(), SUGGESTIONS)));
        }
        steps.sort(Comparator.comparing(UndefinedStep::location));
        return new Run(started, finished, new ArrayList<>(scenarios), steps);
    }
}
