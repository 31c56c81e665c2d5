package io.netspec.measure;

import java.time.Duration;
import java.util.Locale;

/** One timed transfer: how many bytes, from whom to whom, and how long until the last arrived. */
public record Transfer(String from, String to, long bytes, Duration elapsed) {
    public double bytesPerSecond() {
        return bytes / (elapsed.toNanos() / 1e9);
    }

    public String table() {
        return Tables.of(new String[]{"from", "to", "bytes", "time", "rate"},
                new Object[]{from, to, bytes, String.format(Locale.ROOT, "%.3f s", elapsed.toNanos() / 1e9),
                        String.format(Locale.ROOT, "%.1f KB/s", bytesPerSecond() / 1000)});
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d bytes from \"%s\" reached \"%s\" in %.3f s (%.1f KB/s)", bytes, from, to,
                elapsed.toNanos() / 1e9, bytesPerSecond() / 1000);
    }
}
