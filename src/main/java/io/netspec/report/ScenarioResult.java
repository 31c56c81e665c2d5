package io.netspec.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One finished scenario as the reports show it.
 *
 * @param status      Cucumber's status name: PASSED, FAILED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, UNUSED
 * @param error       the failure message, or empty
 * @param seeds       every "random seed: N" the scenario logged (N only)
 * @param attachments how many attachments the scenario made
 * @param steps       its steps and hooks in the order they ran, with what they attached (empty when not recorded)
 * @param page        its own page, relative to the reports folder ({@code scenarios/tcp-echo-12.html}), or empty
 */
public record ScenarioResult(FeaturePath feature, String name, int line, List<String> tags, String status,
                             Duration duration, String error, List<String> seeds, int attachments,
                             List<StepResult> steps, String page) {
    public ScenarioResult {
        Objects.requireNonNull(feature, "feature");
        name = name == null ? "" : name;
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        error = error == null ? "" : error;
        seeds = List.copyOf(seeds);
        steps = List.copyOf(steps);
        page = page == null ? "" : page;
    }

    /** A scenario known only by its outcome (no steps recorded, no page). */
    public ScenarioResult(FeaturePath feature, String name, int line, List<String> tags, String status,
                          Duration duration, String error, List<String> seeds, int attachments) {
        this(feature, name, line, tags, status, duration, error, seeds, attachments, List.of(), "");
    }

    public boolean passed() {
        return status.equals("PASSED");
    }

    public boolean failed() {
        return !passed() && !skipped();
    }

    public boolean skipped() {
        return status.equals("SKIPPED");
    }

    /** {@code features/ip/classes.feature:12}. */
    public String location() {
        return feature.display() + ":" + line;
    }

    /** The first step or hook that did not pass, if one failed. */
    public Optional<StepResult> failingStep() {
        return steps.stream().filter(StepResult::failed).findFirst();
    }

    /** Every attachment of every step and hook, in the order they were made. */
    public List<Attachment> allAttachments() {
        List<Attachment> all = new ArrayList<>();
        steps.forEach(s -> all.addAll(s.attachments()));
        return all;
    }

    ScenarioResult withPage(String page) {
        return new ScenarioResult(feature, name, line, tags, status, duration, error, seeds, attachments, steps, page);
    }

    /** The same scenario with these steps. */
    ScenarioResult withSteps(List<StepResult> changed) {
        return new ScenarioResult(feature, name, line, tags, status, duration, error, seeds, attachments, changed, page);
    }

    /** The same scenario with each attachment replaced. */
    ScenarioResult mapAttachments(UnaryOperator<Attachment> change) {
        List<StepResult> changed = steps.stream()
                .map(s -> s.withAttachments(s.attachments().stream().map(change).toList())).toList();
        return new ScenarioResult(feature, name, line, tags, status, duration, error, seeds, attachments, changed, page);
    }
}
