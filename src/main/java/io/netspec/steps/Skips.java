package io.netspec.steps;

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
}
