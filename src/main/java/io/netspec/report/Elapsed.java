package io.netspec.report;

import java.time.Duration;
import java.util.Locale;

/** Elapsed time for reports: {@code 85 ms}, {@code 1.24 s}, {@code 2 min 5.0 s}. */
final class Elapsed {
    private Elapsed() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %.1f s", ms / 60_000, (ms % 60_000) / 1000.0);
    }
}
