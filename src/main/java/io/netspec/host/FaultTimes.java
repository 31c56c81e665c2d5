package io.netspec.host;

import io.netspec.core.ScenarioError;
import io.netspec.text.Durations;

import java.time.Duration;

/** How the fault classes of this package word and check the time a fault is given. */
final class FaultTimes {
    /** Longer than any fault worth waiting for in a scenario; more is a mistake in it. */
    static final Duration MAX = Duration.ofHours(1);

    private FaultTimes() {
    }

    /** " for 2 s", or nothing for a fault that lasts until a step ends it. */
    static String words(Duration lasting) {
        return lasting == null ? "" : " for " + Durations.format(lasting);
    }

    /** Fails naming {@code what} unless {@code lasting} is null (no time) or above 0 and at most {@link #MAX}. */
    static void check(Duration lasting, String what) {
        if (lasting != null && (lasting.isNegative() || lasting.isZero() || lasting.compareTo(MAX) > 0)) {
            throw ScenarioError.of(what + ": a fault cannot last " + Durations.format(lasting)
                    + "; expected more than 0 ms and at most " + Durations.format(MAX));
        }
    }
}
