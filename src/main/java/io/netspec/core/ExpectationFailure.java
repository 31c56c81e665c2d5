package io.netspec.core;

/**
 * The first failure role: the expectation a scenario states was not met. The message says what was
 * expected, what was seen and where; {@link #expected()} and {@link #seen()} keep those parts when the
 * failure was built from them.
 */
public class ExpectationFailure extends AssertionError {
    private final String expected;
    private final String seen;

    protected ExpectationFailure(String message, String expected, String seen, Throwable cause) {
        super(message, cause);
        this.expected = expected;
        this.seen = seen;
    }

    /** "expected {@code expected}, but {@code seen}". */
    public static ExpectationFailure expected(String expected, String seen) {
        return new ExpectationFailure("expected " + expected + ", but " + seen, expected, seen, null);
    }

    /** A failure whose message is already written in full. */
    public static ExpectationFailure of(String message) {
        return new ExpectationFailure(message, null, null, null);
    }

    /** A failure whose message is already written in full, and what caused it. */
    public static ExpectationFailure of(String message, Throwable cause) {
        return new ExpectationFailure(message, null, null, cause);
    }

    /** What was expected, when the failure was built from its parts; otherwise null. */
    public String expected() {
        return expected;
    }

    /** What was seen instead, when the failure was built from its parts; otherwise null. */
    public String seen() {
        return seen;
    }
}
