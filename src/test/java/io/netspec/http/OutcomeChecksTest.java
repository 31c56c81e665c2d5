package io.netspec.http;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Targets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of an HTTP outcome against real stubs on loopback, plain and HTTPS. */
class OutcomeChecksTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] HI = "hi".getBytes(StandardCharsets.UTF_8);

    @Test
    void theStatusBodyAndHeadersOfAnAnswer() {
        try (HttpStub stub = HttpStub.start("api")) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome o = HttpCaller.call("GET", "/hi", stub, TIMEOUT);
            OutcomeChecks.statusAndBody(o, 200, HI);
            OutcomeChecks.status(o, 200);
            assertThatThrownBy(() -> OutcomeChecks.status(o, 404)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected the HTTP response to have status 404, but ");
            OutcomeChecks.bodyContains(o, "i".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> OutcomeChecks.bodyContains(o, "ho".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageStartingWith("expected the HTTP response body to contain ");
            assertThatThrownBy(() -> OutcomeChecks.failedWith(o, HttpOutcome.Failure.TIMEOUT))
                    .hasMessageStartingWith("expected the HTTP request to fail with ");
            assertThatThrownBy(() -> OutcomeChecks.statusAndBody(o, 200, "ho".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected the HTTP response to have status 200 and body ");
            assertThatThrownBy(() -> OutcomeChecks.header(o, "X-None", HI)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageContaining("but it had no such header; headers: ");
            String type = o.header("Content-Type").isEmpty() ? null : o.header("Content-Type").get(0);
            if (type != null) {
                OutcomeChecks.header(o, "Content-Type", type.getBytes(StandardCharsets.UTF_8));
            }
            assertThatThrownBy(() -> OutcomeChecks.handshakeTime(o, Duration.ZERO, TIMEOUT))
                    .hasMessageStartingWith("expected a TLS handshake that took between 0 ms and 5 s, but no handshake finished");
        }
    }

    @Test
    void aCertificateErrorIsNamedAndAGoodHandshakeIsTimed() {
        CertificateAuthority ca = CertificateAuthority.make("test");
        try (HttpStub expired = HttpStub.startHttps("expired", ca, CertificateFault.EXPIRED);
             HttpStub secure = HttpStub.startHttps("secure", ca, null)) {
            expired.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            secure.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome failed = HttpCaller.call(HttpCall.get("/hi"), expired, TIMEOUT, TlsTrust.of(ca));
            OutcomeChecks.certificateError(CertificateFault.EXPIRED, "expired", failed);
            OutcomeChecks.failedWith(failed, HttpOutcome.Failure.CERTIFICATE_ERROR);
            assertThatThrownBy(() -> OutcomeChecks.certificateError(CertificateFault.UNKNOWN_CA, "unknown CA", failed))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected the HTTP request to fail with a certificate error \"unknown CA\"");
            HttpOutcome ok = HttpCaller.call(HttpCall.get("/hi"), secure, TIMEOUT, TlsTrust.of(ca));
            assertThat(OutcomeChecks.handshakeTime(ok, Duration.ZERO, TIMEOUT)).isPositive();
        }
    }

    @Test
    void theStubBehindATargetTellsAPlainOneFromAnHttpsOne() {
        try (HttpStub plain = HttpStub.start("plain");
             HttpStub secure = HttpStub.startHttps("secure", CertificateAuthority.make("test"), null)) {
            assertThat(StubsBehind.any(plain)).containsSame(plain);
            assertThat(StubsBehind.https(plain)).isEmpty();
            assertThat(StubsBehind.https(secure)).containsSame(secure);
            assertThat(StubsBehind.any(Targets.parse("127.0.0.1:9"))).isEmpty();
            StubsBehind.requireHttps("secure", secure);
            assertThatThrownBy(() -> StubsBehind.requireHttps("plain", plain)).isInstanceOf(ScenarioError.class)
                    .hasMessageStartingWith("\"plain\" leads to " + plain.describe() + ", which speaks plain HTTP");
        }
    }
}
