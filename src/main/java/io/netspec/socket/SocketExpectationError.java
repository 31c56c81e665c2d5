package io.netspec.socket;

/** An expectation about a socket that did not hold; the message reads like the scenario. */
public class SocketExpectationError extends AssertionError {
    public SocketExpectationError(String message) {
        super(message);
    }

    public SocketExpectationError(String message, Throwable cause) {
        super(message, cause);
    }
}
