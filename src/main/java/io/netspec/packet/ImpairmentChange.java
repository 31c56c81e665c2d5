package io.netspec.packet;

import io.netspec.core.ScenarioError;
import io.netspec.impair.Impairment;

import java.time.Duration;
import java.util.function.UnaryOperator;

/** A change a step makes to a network's impairment, applied and checked against a network's bounds. */
final class ImpairmentChange {
    /** Longer than any TCP timer worth watching; more is a mistake in the scenario. */
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private ImpairmentChange() {
    }

    /** {@code change} applied to {@code from}; a setting out of bounds fails naming {@code where}. */
    static Impairment applied(UnaryOperator<Impairment> change, Impairment from, String where) {
        Impairment changed;
        try {
            changed = change.apply(from);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of(where + ": " + e.getMessage(), e);
        }
        if (changed.delay().compareTo(MAX_DELAY) > 0 || changed.jitter().compareTo(MAX_DELAY) > 0) {
            throw ScenarioError.of(where + ": a delay of " + changed.delay().toMillis() + " ms with "
                    + changed.jitter().toMillis() + " ms of jitter; expected at most " + MAX_DELAY.toSeconds() + " s");
        }
        return changed;
    }
}
