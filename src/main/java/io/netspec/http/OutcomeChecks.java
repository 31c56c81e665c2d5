package io.netspec.http;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Difference;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * What a scenario expects of the latest HTTP outcome: its status and body, a fragment of the body, a header, a
 * failure as named, a certificate error, a handshake.
 */
public final class OutcomeChecks {
    private OutcomeChecks() {
    }

    public static void statusAndBody(HttpOutcome o, int status, byte[] body) {
        byte[] got = o.failed() ? null : o.bodyBytes();
        if (got == null || o.status() != status || !Arrays.equals(got, body)) {
            throw ExpectationFailure.of("expected the HTTP response to have status " + status + " and body "
                    + Payload.describe(body) + ", but " + o.describe()
                    + (got == null || Arrays.equals(got, body) ? "" : "; " + Difference.where(body, got)));
        }
    }

    public static void header(HttpOutcome o, String name, byte[] value) {
        String expected = new String(value, StandardCharsets.UTF_8);
        if (o.failed() || !o.header(name).contains(expected)) {
            throw ExpectationFailure.of("expected the HTTP response to have the header \"" + name + "\" with value "
                    + Payload.describe(value) + ", but " + (o.failed() ? o.describe() : "it had " + (o.header(name).isEmpty()
                    ? "no such header; headers: " + o.headers().keySet() : "the value(s) " + o.header(name).stream()
                    .map(v -> Payload.describe(v.getBytes(StandardCharsets.UTF_8))).toList()) + "; " + o.describe()));
        }
    }

    /** Fails unless the request failed with the certificate error {@code expected} (as the scenario named it, {@code which}). */
    public static void certificateError(CertificateFault expected, String which, HttpOutcome o) {
        if (o.certificate() != expected) {
            throw ExpectationFailure.of("expected the HTTP request to fail with a certificate error \"" + which
                    + "\" (" + expected.words() + "), but " + o.describe());
        }
    }

    /** How long the TLS handshake took; fails when none finished (the range is for the message). */
    public static Duration handshakeTime(HttpOutcome o, Duration low, Duration high) {
        return o.handshakeTime().orElseThrow(() -> ExpectationFailure.of("expected a TLS handshake that took"
                + " between " + Durations.format(low) + " and " + Durations.format(high) + ", but no handshake"
                + " finished: " + o.describe()));
    }

    public static void status(HttpOutcome o, int status) {
        if (o.failed() || o.status() != status) {
            throw ExpectationFailure.expected("the HTTP response to have status " + status, String.valueOf(o.describe()));
        }
    }

    public static void bodyContains(HttpOutcome o, byte[] fragment) {
        if (o.failed() || indexOf(o.bodyBytes(), fragment) < 0) {
            throw ExpectationFailure.of("expected the HTTP response body to contain " + Payload.describe(fragment)
                    + ", but " + o.describe());
        }
    }

    /** Fails unless the request failed with {@code expected}. */
    public static void failedWith(HttpOutcome o, HttpOutcome.Failure expected) {
        if (o.failure() != expected) {
            throw ExpectationFailure.expected("the HTTP request to fail with " + expected.words(),
                    String.valueOf(o.describe()));
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
