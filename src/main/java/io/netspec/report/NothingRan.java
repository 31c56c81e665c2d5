package io.netspec.report;

/**
 * A run that executed no scenario: it fails, so that a misspelt filter in CI does not pass while
 * checking nothing. Its message says everything; a stack trace would only point into Cucumber.
 */
final class NothingRan extends IllegalStateException {
    NothingRan(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
