package io.netspec.socket;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Durations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A connection attempt that failed: refused, timed out, unreachable. The message names the target and
 * the OS error; {@link #reason()} says which it was, decided from the type of the failure, never from
 * the OS's words (which depend on the locale and the platform). It is an unmet expectation: the
 * scenario expected a connection.
 */
public final class ConnectFailure extends ExpectationFailure {
    /** Why a connection attempt failed. */
    public enum Reason {
        /** The peer answered with a reset: nothing listens there ({@link ConnectException}). */
        REFUSED,
        /** No answer within the bound the caller gave ({@link SocketTimeoutException}). */
        TIMED_OUT,
        /** No route to the host ({@link NoRouteToHostException}). */
        UNREACHABLE,
        /** Any other error of the OS. */
        OTHER;

        static Reason of(IOException e) {
            if (e instanceof SocketTimeoutException) {
                return TIMED_OUT;
            }
            if (e instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
            return e instanceof ConnectException ? REFUSED : OTHER;
        }
    }

    private final String osError;
    private final Reason reason;

    private ConnectFailure(String message, String osError, IOException cause) {
        super(message, null, null, cause);
        this.osError = osError;
        this.reason = Reason.of(cause);
    }

    /** The failure of an attempt to reach {@code target} with the bound {@code timeout}, after {@code took}. */
    static ConnectFailure of(Target target, Duration timeout, Duration took, IOException e) {
        String os = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String when = e instanceof SocketTimeoutException ? "within " + Durations.format(timeout)
                : "(the OS answered after " + Durations.format(took) + "; the bound was " + Durations.format(timeout) + ")";
        return new ConnectFailure("could not connect to " + target.describe() + " " + when
                + ": " + os + " (" + e.getClass().getSimpleName() + ")", os, e);
    }

    /** The operating system's words, such as "Connection refused". */
    public String osError() {
        return osError;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }

    public Reason reason() {
        return reason;
    }

    public boolean refused() {
        return reason == Reason.REFUSED;
    }

    public boolean timedOut() {
        return reason == Reason.TIMED_OUT;
    }
}
