package io.netspec.report;

import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.StepDefinedEvent;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.cucumber.plugin.event.WriteEvent;

import java.nio.charset.StandardCharsets;
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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what the reports need from Cucumber's events; safe for events from many threads. Each
 * finished scenario, with its steps and attachments, goes through {@code onFinished} (which may write
 * its page and return it with less kept in memory) before it is kept for the end of the run.
 */
final class RunRecorder {
    static final int SUGGESTIONS = 3;
    private static final Pattern SEED = Pattern.compile("random seed: (-?\\d+)");

    private final Set<String> phrases = ConcurrentHashMap.newKeySet();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Queue<ScenarioResult> scenarios = new ConcurrentLinkedQueue<>();
    private final Queue<Unknown> undefined = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Set<String>> seeds = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> attachments = new ConcurrentHashMap<>();
    private final Map<UUID, List<StepResult>> steps = new ConcurrentHashMap<>();
    private final Map<UUID, List<Attachment>> attachedNow = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> stepStarted = new ConcurrentHashMap<>();
    private final UnaryOperator<ScenarioResult> onFinished;
    private volatile Instant runStarted = Instant.now();

    /** Keeps no attachment data: for listeners that need only the outcomes. */
    RunRecorder() {
        this(s -> s.mapAttachments(a -> a.slim(0)));
    }

    RunRecorder(UnaryOperator<ScenarioResult> onFinished) {
        this.onFinished = onFinished;
    }

    void listenTo(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> runStarted = e.getInstant());
        publisher.registerHandlerFor(TestCaseStarted.class, e -> started.add(location(e.getTestCase())));
        publisher.registerHandlerFor(StepDefinedEvent.class, e -> phrases.add(e.getStepDefinition().getPattern()));
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestStepStarted.class, e -> {
            attachedNow.put(e.getTestCase().getId(), new ArrayList<>());
            stepStarted.put(e.getTestCase().getId(), e.getInstant());
        });
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, e -> undefined.add(new Unknown(
                FeaturePath.of(e.getUri()).display(), e.getStepLocation().getLine(), e.getSuggestion().getStep())));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    /** {@code features/tcp/echo.feature:12}, as {@link ScenarioResult#location()} says it. */
    static String location(TestCase tc) {
        return FeaturePath.of(tc.getUri()).display() + ":" + tc.getLocation().getLine();
    }

    private void written(WriteEvent e) {
        Matcher m = SEED.matcher(e.getText());
        if (m.find()) {
            seeds.computeIfAbsent(e.getTestCase().getId(), id -> ConcurrentHashMap.newKeySet()).add(m.group(1));
        }
        attach(e.getTestCase().getId(), Attachment.of("log", Attachment.LOG, e.getText().getBytes(StandardCharsets.UTF_8)));
    }

    private void embedded(EmbedEvent e) {
        attachments.computeIfAbsent(e.getTestCase().getId(), id -> new AtomicInteger()).incrementAndGet();
        attach(e.getTestCase().getId(), Attachment.of(e.getName(), e.getMediaType(), e.getData()));
    }

    /** Events of one scenario arrive in order on one thread; an attachment belongs to the step running. */
    private void attach(UUID testCase, Attachment attachment) {
        attachedNow.computeIfAbsent(testCase, id -> new ArrayList<>()).add(attachment);
    }

    private void stepFinished(TestStepFinished e) {
        UUID id = e.getTestCase().getId();
        List<Attachment> attached = attachedNow.remove(id);
        steps.computeIfAbsent(id, k -> new ArrayList<>())
                .add(step(e.getTestStep(), e.getResult(), attached == null ? List.of() : attached, stepStarted.remove(id)));
    }

    static StepResult step(TestStep step, Result result, List<Attachment> attached, Instant started) {
        String error = result.getStatus().isOk() ? "" : message(result);
        if (step instanceof PickleStepTestStep pickle) {
            return new StepResult(pickle.getStep().getKeyword(), pickle.getStep().getText(), pickle.getStep().getLine(),
                    false, result.getStatus().name(), result.getDuration(), error, attached, started);
        }
        String keyword = step instanceof HookTestStep hook ? switch (hook.getHookType()) {
            case BEFORE -> "Before";
            case AFTER -> "After";
            case BEFORE_STEP -> "Before step";
            case AFTER_STEP -> "After step";
        } : "Hook";
        return new StepResult(keyword, shortCode(step.getCodeLocation()), 0, true, result.getStatus().name(),
                result.getDuration(), error, attached, started);
    }

    /** {@code io.netspec.steps.fault.FaultHooks.attachLinkSettings()} as {@code FaultHooks.attachLinkSettings()}. */
    static String shortCode(String location) {
        if (location == null) {
            return "";
        }
        int paren = location.indexOf('(');
        String head = paren < 0 ? location : location.substring(0, paren);
        int method = head.lastIndexOf('.');
        int type = method < 0 ? -1 : head.lastIndexOf('.', method - 1);
        return type < 0 ? location : location.substring(type + 1);
    }

    private void finished(TestCaseFinished e) {
        TestCase tc = e.getTestCase();
        Result result = e.getResult();
        AtomicInteger attached = attachments.remove(tc.getId());
        Set<String> seen = seeds.remove(tc.getId());
        List<StepResult> ran = steps.remove(tc.getId());
        attachedNow.remove(tc.getId());
        stepStarted.remove(tc.getId());
        scenarios.add(onFinished.apply(new ScenarioResult(FeaturePath.of(tc.getUri()), tc.getName(),
                tc.getLocation().getLine(), tc.getTags(), result.getStatus().name(), result.getDuration(),
                message(result), seen == null ? List.of() : List.copyOf(seen), attached == null ? 0 : attached.get(),
                ran == null ? List.of() : ran, "")));
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
        if (result.getStatus() == Status.SKIPPED) {
            return text; // a skip's own reason ("skipped: hosts cannot run here: ..."), not a failure's role
        }
        // Worded by the failure's role, as the console words it (ConsoleFailures): no Java names for a
        // failed expectation or a wrong scenario.
        if (error instanceof AssertionError) {
            return text.isEmpty() ? "a check failed without saying why" : text;
        }
        if (error instanceof IllegalArgumentException) {
            return "the scenario is wrong" + (text.isEmpty() ? "" : ": " + text);
        }
        return "netspec or a component it runs broke (" + error.getClass().getSimpleName() + ")"
                + (text.isEmpty() ? "" : ": " + text);
    }

    /** A step no definition understood, before the phrases are known to rank. */
    private record Unknown(String feature, int line, String text) {
    }

    /**
     * The run so far, ending now; undefined steps come with the closest existing phrases, and scenarios the
     * test engine failed before Cucumber started them ({@link UnstartedScenarios}) are among the failures.
     */
    Run run(Instant finished) {
        ClosestPhrases closest = new ClosestPhrases(phrases);
        List<Unknown> inFileOrder = new ArrayList<>(undefined);
        // By file, then by line as a number: ":5" before ":44".
        inFileOrder.sort(Comparator.comparing(Unknown::feature).thenComparingInt(Unknown::line));
        List<UndefinedStep> found = new ArrayList<>();
        for (Unknown u : inFileOrder) {
            found.add(new UndefinedStep(u.feature() + ":" + u.line(), u.text(), closest.closestTo(u.text(), SUGGESTIONS)));
        }
        List<ScenarioResult> all = new ArrayList<>(scenarios);
        UnstartedScenarios.besides(started).forEach(s -> all.add(onFinished.apply(s)));
        return new Run(runStarted, finished, all, found);
    }
}
