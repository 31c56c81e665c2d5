package io.netspec.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a finished scenario, or one of its hooks, with what it attached.
 *
 * @param keyword      {@code Given }, {@code Then } ...; for a hook {@code Before} or {@code After}
 * @param text         the step as written; for a hook the code it ran ({@code FaultHooks.attachLinkSettings()})
 * @param line         the step's line in its feature file; 0 for a hook
 * @param status       Cucumber's status name
 * @param error        what went wrong, or empty
 * @param started      when it started, as Cucumber's clock saw it; null when not recorded
 */
public record StepResult(String keyword, String text, int line, boolean hook, String status, Duration duration,
                         String error, List<Attachment> attachments, Instant started) {
    public StepResult {
        keyword = keyword == null ? "" : keyword;
        text = text == null ? "" : text;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        error = error == null ? "" : error;
        attachments = List.copyOf(attachments);
    }

    /** A step whose start was not recorded. */
    public StepResult(String keyword, String text, int line, boolean hook, String status, Duration duration,
                      String error, List<Attachment> attachments) {
        this(keyword, text, line, hook, status, duration, error, attachments, null);
    }

    public boolean passed() {
        return status.equals("PASSED");
    }

    /** Did not pass and was not merely skipped after an earlier failure. */
    public boolean failed() {
        return !passed() && !status.equals("SKIPPED");
    }

    /** How a reader names it: {@code Then the median round trip ...} or {@code After hook FaultHooks...}. */
    public String label() {
        return hook ? keyword + " hook " + text : (keyword.strip() + " " + text).strip();
    }

    StepResult withAttachments(List<Attachment> replaced) {
        return new StepResult(keyword, text, line, hook, status, duration, error, replaced, started);
    }
}
