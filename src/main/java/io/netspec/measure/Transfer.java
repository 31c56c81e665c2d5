package io.netspec.measure;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Durations;
import io.netspec.text.Size;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import static org.awaitility.Awaitility.await;

/** One timed transfer: how many bytes, from whom to whom, and how long until the last arrived. */
public record Transfer(String from, String to, long bytes, Duration elapsed) {
    /**
     * Times a transfer: runs {@code send}, then waits (at most {@code within}) until the receiver's
     * byte count, as {@code received} reads it, has grown by {@code size}.
     */
    public static Transfer time(String from, String to, Size size, Duration within, Runnable send,
                                LongSupplier received) {
        long before = received.getAsLong();
        long start = System.nanoTime();
        send.run();
        try {
            await("\"" + to + "\" to receive " + size + " from \"" + from + "\"").atMost(within)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> received.getAsLong() - before >= size.bytes());
        } catch (ConditionTimeoutException e) {
            throw ExpectationFailure.of("expected \"" + to + "\" to receive all " + size + " from \"" + from + "\" within "
                    + Durations.format(within) + ", but it had " + (received.getAsLong() - before) + " bytes", e);
        }
        return new Transfer(from, to, size.bytes(), Duration.ofNanos(System.nanoTime() - start));
    }

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
