package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

/** Stops what a scenario started; a service it found running is not its to stop. */
public final class Stopping {
    private Stopping() {
    }

    /** Closes {@code named}, the thing the scenario calls {@code name}; fails when it is not netspec's to close. */
    public static void stop(String name, Object named) {
        if (!(named instanceof AutoCloseable thing)) {
            // A service found running (the TCP service "redis" at "…"): netspec stops only what it started.
            throw ScenarioError.of("netspec does not stop services it did not start: "
                    + (named instanceof Target target ? target.describe() : "\"" + name + "\"")
                    + " was found running, not started by this scenario; stop it outside the scenario, or let the"
                    + " scenario start it (Given the TCP service \"" + name + "\" started with \"…\")");
        }
        try {
            thing.close();
        } catch (Exception e) {
            throw NetspecFailure.of("\"" + name + "\" did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
