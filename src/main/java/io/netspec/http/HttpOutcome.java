package io.netspec.http;

import java.time.Duration;
import java.util.Locale;

/**
 * What one HTTP request came to: a response (status, body) or a failure of a named kind, and how
 * long it took either way.
 */
public record HttpOutcome(String request, int status, String body, Failure failure, String detail, Duration elapsed) {

    /** The ways a request can fail, as a scenario names them. */
    public enum Failure {
        TIMEOUT("a timeout"),
        CONNECTION_RESET("a connection reset"),
        CONNECTION_REFUSED("a refused connection"),
        EMPTY_RESPONSE("an empty response"),
        MALFORMED_RESPONSE("a malformed response"),
        OTHER("another error");

        private final String words;

        Failure(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean failed() {
        return failure != null;
    }

    public String describe() {
        String took = String.format(Locale.ROOT, "%.1f ms", elapsed.toNanos() / 1e6);
        if (failed()) {
            return request + " failed with " + failure.words() + " after " + took + " (" + detail + ")";
        }
        String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
        return request + " answered status " + status + " with body \"" + shown + "\" after " + took;
    }
}
