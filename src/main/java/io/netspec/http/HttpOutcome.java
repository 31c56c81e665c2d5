package io.netspec.http;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Payload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one HTTP request came to: a response (status, headers, body) or a failure of a named kind,
 * how long the request took either way (from sending, the client's start-up excluded) and, for HTTPS,
 * the TLS handshake's own time.
 */
public record HttpOutcome(String request, int status, byte[] bodyBytes, Map<String, List<String>> headers,
                          Failure failure, CertificateFault certificate, String detail, Duration elapsed,
                          Duration handshake) {

    /** The ways a request can fail, as a scenario names them. */
    public enum Failure {
        TIMEOUT("a timeout"),
        CONNECTION_RESET("a connection reset"),
        CONNECTION_REFUSED("a refused connection"),
        EMPTY_RESPONSE("an empty response"),
        MALFORMED_RESPONSE("a malformed response"),
        CERTIFICATE_ERROR("a certificate error"),
        TLS_FAILURE("a TLS failure"),
        OTHER("another error");

        private final String words;

        Failure(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public HttpOutcome {
        bodyBytes = bodyBytes.clone();
        TreeMap<String, List<String>> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> named.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(named);
    }

    static HttpOutcome answered(String request, int status, byte[] body, Map<String, List<String>> headers,
                                Duration elapsed, Duration handshake) {
        return new HttpOutcome(request, status, body, headers, null, null, null, elapsed, handshake);
    }

    static HttpOutcome failed(String request, Failure failure, CertificateFault certificate, String detail,
                              Duration elapsed, Duration handshake) {
        return new HttpOutcome(request, 0, new byte[0], Map.of(), failure, certificate, detail, elapsed, handshake);
    }

    /** How long the request took; a request that failed fails the expectation {@code expected}, saying how. */
    public Duration elapsedOfAnAnswer(String expected) {
        if (failed()) {
            throw ExpectationFailure.expected(expected, describe());
        }
        return elapsed();
    }

    public boolean failed() {
        return failure != null;
    }

    /** The body as UTF-8 text. */
    public String body() {
        return new String(bodyBytes, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] bodyBytes() {
        return bodyBytes.clone();
    }

    /** The values of header {@code name} (any case), in the order they came. */
    public List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public Optional<Duration> handshakeTime() {
        return Optional.ofNullable(handshake);
    }

    public String describe() {
        String took = ms(elapsed) + (handshake == null ? "" : ", of which the TLS handshake " + ms(handshake));
        if (failed()) {
            String which = certificate == null ? "" : " (" + certificate.word() + ")";
            return request + " failed with " + failure.words() + which + " after " + took + " (" + detail + ")";
        }
        return request + " answered status " + status + " with body " + Payload.describe(bodyBytes) + " after " + took;
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }
}
