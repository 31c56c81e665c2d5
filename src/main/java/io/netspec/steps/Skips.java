package io.netspec.steps;

import io.netspec.core.Evidence;
import io.netspec.core.Requirement;
import io.netspec.core.Settings;
import org.opentest4j.TestAbortedException;

/** A scenario that cannot run here is skipped with {@code reason}, or failed with it where {@code netspec.require} names what it needs. */
public final class Skips {
    private Skips() {
    }

    public static RuntimeException skipOrFail(Requirement requirement, String reason) {
        if (Settings.system().requires(requirement)) {
            return requirement.failure(reason);
        }
        return new TestAbortedException("skipped: " + reason);
    }

    /** Skips the scenario, saying how to run it, unless the variable {@code name} is {@code set}. */
    public static void unlessSet(String name, boolean set, Evidence evidence) {
        if (set) {
            return;
        }
        String reason = "skipped: the variable " + name + " is not set (neither an environment variable nor a system"
                + " property); set it to run this scenario (export " + name + "=… or -D" + name + "=…)";
        evidence.log(reason);
        throw new TestAbortedException(reason);
    }
}
