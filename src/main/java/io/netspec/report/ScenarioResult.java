package io.netspec.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One finished scenario as the reports show it.
 *
 * @param status  Cucumber's status name: PASSED, FAILED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, UNUSED
 * @param error   the failure message, or empty
 * @param seeds   every "random seed: N" the scenario logged (N only)
 */
record ScenarioResult(FeaturePath feature, String name, int line, List<String> tags, String status,
                             Duration duration, String error, List<String> seeds, int attachments) {
    public ScenarioResult {
        Objects.requireNonNull(feature, "feature");
        name = name == null ? "" : name;
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        error = error == null ? "" : error;
        seeds = List.copyOf(seeds);
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
}
