package io.netspec.mail;

import io.netspec.core.ExpectationFailure;

import java.time.Duration;
import java.util.Locale;

/**
 * What came of sending one mail: delivered, or failed at a {@link SmtpStage} in a named way, with what
 * the server last said and how long the dialogue took.
 */
public record SendOutcome(String what, SmtpStage failedAt, Failure failure, String lastReply, String detail,
                          Duration elapsed) {

    /** The ways a send can fail, as a scenario names them. */
    public enum Failure {
        TIMEOUT("a timeout"),
        CONNECTION_RESET("a connection reset"),
        CONNECTION_REFUSED("a refused connection"),
        CLOSED("the server closing the connection"),
        REJECTED("a reply that refused it"),
        NOT_SMTP("a reply that is not SMTP");

        private final String words;

        Failure(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** How long the mail took to send; a send that failed fails the expectation {@code expected}, saying how. */
    public Duration elapsedOfADelivery(String expected) {
        if (failed()) {
            throw ExpectationFailure.of("expected " + expected + ", but " + describe());
        }
        return elapsed();
    }

    public boolean failed() {
        return failure != null;
    }

    public String describe() {
        String took = String.format(Locale.ROOT, "%.1f ms", elapsed.toNanos() / 1e6);
        String said = lastReply == null ? "the server said nothing" : "the server last said \"" + lastReply + "\"";
        if (!failed()) {
            return what + " was delivered after " + took + "; " + said;
        }
        return what + " failed at the " + failedAt.words() + " stage with " + failure.words() + " after " + took
                + " (" + detail + "); " + said;
    }
}
