package io.netspec.testkit;

import io.netspec.core.Requirement;
import io.netspec.core.Settings;
import org.junit.jupiter.api.Assumptions;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * For tests that need something this machine may lack: skipped with the reason, or failed with the same
 * reason where {@code netspec.require} names what they need (as scenarios are, by {@code steps.Skips}).
 */
public final class Skip {
    private Skip() {
    }

    /** Goes on when {@code available}; otherwise skips, or fails where {@code requirement} is required. */
    public static void unless(boolean available, Requirement requirement, Supplier<String> reason) {
        if (!available) {
            because(requirement, reason.get());
        }
    }

    /** Goes on when {@code missing} is empty; otherwise skips or fails with what it holds. */
    public static void unlessMissing(Optional<String> missing, Requirement requirement) {
        missing.ifPresent(why -> because(requirement, why));
    }

    /** Skips with {@code reason}, or fails with it where {@code requirement} is required. */
    public static void because(Requirement requirement, String reason) {
        if (Settings.system().requires(requirement)) {
            throw requirement.failure(reason);
        }
        Assumptions.abort(reason);
    }
}
