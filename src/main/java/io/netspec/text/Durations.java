package io.netspec.text;

import io.netspec.core.ScenarioError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a scenario writes them ({@code 250 ms}, {@code 2 s}, {@code 1.5 seconds}) and as messages
 * show them. The pattern also takes a minus sign, so that {@code -5 ms} matches its phrase and fails it
 * with the rule, instead of leaving the step undefined.
 */
public final class Durations {
    public static final String PATTERN =
            "-?\\d+(?:\\.\\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?|min|minutes?)";
    private static final Pattern PARTS = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ?([a-z]+)");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher m = PARTS.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw notADuration(text);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        if (amount.signum() < 0) {
            throw ScenarioError.of("\"" + text + "\" is a negative duration; expected 0 ms or more, such as"
                    + " 250 ms, 2 s or 1.5 seconds");
        }
        long nanosPerUnit = switch (m.group(2)) {
            case "ms", "millisecond", "milliseconds" -> 1_000_000L;
            case "s", "sec", "secs", "second", "seconds" -> 1_000_000_000L;
            case "min", "minute", "minutes" -> 60_000_000_000L;
            default -> throw notADuration(text);
        };
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit)).setScale(0, RoundingMode.HALF_UP);
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw ScenarioError.of("\"" + text + "\" is longer than netspec can count (about 292 years); expected a"
                    + " duration such as 250 ms, 2 s or 1.5 seconds, and whatever the phrase allows below that");
        }
        return Duration.ofNanos(nanos.longValueExact());
    }

    /** Shows a duration the way a scenario writes one: {@code 250 ms}, {@code 1.5 s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 100 != 0) {
            if (ms == 0 && !d.isZero()) {
                return String.format(Locale.ROOT, "%.3f ms", d.toNanos() / 1e6);
            }
            return ms + " ms";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static IllegalArgumentException notADuration(String text) {
        return ScenarioError.of("\"" + text + "\" is not a duration; expected a number and a unit"
                + " such as 250 ms, 2 s or 1.5 seconds");
    }
}
