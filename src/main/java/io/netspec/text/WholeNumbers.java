package io.netspec.text;

import io.netspec.core.ScenarioError;

import java.math.BigInteger;

/**
 * Whole numbers as a scenario writes them ({@code 20}, {@code -5}, {@code 99999999999}), for the phrases'
 * counts and numbers. A number too large for what netspec holds fails with the number and the range,
 * never with an overflow; whether the number makes sense for its phrase (1 or more bursts, a port up to
 * 65535) is the phrase's own rule, checked where the phrase is carried out. The pattern takes a minus sign
 * for the same reason as the other phrase arguments: so that {@code -5} fails with a rule, instead of
 * leaving the step undefined.
 */
public final class WholeNumbers {
    public static final String PATTERN = "-?\\d+";

    private WholeNumbers() {
    }

    /** A count, a segment number, a status: a whole number from -2147483648 to 2147483647. */
    public static int parseInt(String text) {
        return (int) parse(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A seed, a port or a number of hosts: a whole number from -9223372036854775808 to 9223372036854775807. */
    public static long parseLong(String text) {
        return parse(text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long parse(String text, long min, long max) {
        String t = text.strip();
        if (!t.matches(PATTERN)) {
            throw ScenarioError.of("\"" + text + "\" is not a whole number such as 20");
        }
        BigInteger value = new BigInteger(t);
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ScenarioError.of("\"" + text + "\" is too large a number for netspec; expected a whole number of at most "
                    + max + " here (and whatever the phrase allows below that)");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw ScenarioError.of("\"" + text + "\" is too small a number for netspec; expected a whole number of at least "
                    + min + " here (and whatever the phrase allows above that)");
        }
        return value.longValueExact();
    }
}
