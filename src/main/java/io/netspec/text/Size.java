package io.netspec.text;

import io.netspec.core.ScenarioError;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of data as a scenario writes it: {@code 64 bytes}, {@code 16 KiB}, {@code 8 MiB}, {@code 4 KB}.
 * The pattern also takes a minus sign, so that {@code -5 KiB} matches its phrase and fails it with the
 * rule, instead of leaving the step undefined.
 */
public record Size(long bytes) {
    public static final String PATTERN = "-?\\d+(?:\\.\\d+)? ?(?:bytes?|B|KiB|MiB|GiB|KB|MB|GB)";
    private static final Pattern PARTS = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ?([A-Za-z]+)");
    private static final Map<String, Long> UNITS = Map.of(
            "byte", 1L, "bytes", 1L, "b", 1L,
            "kib", 1024L, "mib", 1024L * 1024, "gib", 1024L * 1024 * 1024,
            "kb", 1000L, "mb", 1000L * 1000, "gb", 1000L * 1000 * 1000);

    public Size {
        if (bytes < 0) {
            throw ScenarioError.of("a size cannot be negative, but was " + bytes + " bytes");
        }
    }

    public static Size parse(String text) {
        Matcher m = PARTS.matcher(text.trim());
        Long unit = m.matches() ? UNITS.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
        if (unit == null) {
            throw ScenarioError.of("\"" + text + "\" is not a size; expected a number and a unit such as"
                    + " 64 bytes, 16 KiB, 8 MiB (binary) or 4 KB, 2 MB (decimal)");
        }
        BigDecimal value = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        if (value.stripTrailingZeros().scale() > 0) {
            throw ScenarioError.of("\"" + text + "\" is not a whole number of bytes");
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw ScenarioError.of("\"" + text + "\" is more bytes than netspec can count; expected at most "
                    + Long.MAX_VALUE + " bytes (8 EiB), and whatever the phrase allows below that");
        }
        return new Size(value.longValueExact());
    }

    /**
     * The size as a number of bytes that netspec holds in memory at once ({@code what}, such as "a mail"),
     * at most {@code max}; a larger size fails naming itself, what it was for and the bound.
     */
    public int atMost(Size max, String what) {
        if (bytes > max.bytes || bytes > Integer.MAX_VALUE) {
            throw ScenarioError.of(what + " of " + this + " is more than netspec holds at once; expected at most " + max);
        }
        return (int) bytes;
    }

    @Override
    public String toString() {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
