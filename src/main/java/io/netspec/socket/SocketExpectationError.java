package io.netspec.socket;

import io.netspec.core.ExpectationFailure;

/** An expectation about a socket that did not hold; the message reads like the scenario. */
public class SocketExpectationError extends ExpectationFailure {
    public SocketExpectationError(String message) {
        super(message, null, null, null);
    }

    public SocketExpectationError(String message, Throwable cause) {
        super(message, null, null, cause);
    }

    private SocketExpectationError(String expected, String seen) {
        super("expected " + expected + ", but " + seen, expected, seen, null);
    }

    /** "expected {@code expected}, but {@code seen}", keeping both parts. */
    public static SocketExpectationError expected(String expected, String seen) {
        return new SocketExpectationError(expected, seen);
    }
}
