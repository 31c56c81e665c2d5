package io.netspec.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTPS stubs with run-made certificates, and a client that trusts the run's CA and nothing else. */
class HttpsStubTest {
    /** A bound, not a measure: a request here takes milliseconds, but one took over 5 s at load 20 (other builds beside). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aGoodCertificateIsTrustedAndTheHandshakeIsTimed() {
        CertificateAuthority ca = CertificateAuthority.make("test");
        try (HttpStub stub = HttpStub.startHttps("secure", ca, null)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome o = HttpCaller.call(HttpCall.get("/hi"), stub, TIMEOUT, TlsTrust.of(ca));
            assertThat(o.failed()).as(o.describe()).isFalse();
            assertThat(o.body()).isEqualTo("hi");
            assertThat(o.handshakeTime()).as(o.describe()).hasValueSatisfying(h ->
                    assertThat(h).isPositive().isLessThanOrEqualTo(o.elapsed()));
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateFault.class)
    void eachFaultyCertificateFailsNamingItsFault(CertificateFault fault) {
        CertificateAuthority ca = CertificateAuthority.make("test");
        try (HttpStub stub = HttpStub.startHttps("faulty", ca, fault)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome o = HttpCaller.call(HttpCall.get("/hi"), stub, TIMEOUT, TlsTrust.of(ca));
            assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.CERTIFICATE_ERROR);
            assertThat(o.certificate()).as(o.describe()).isEqualTo(fault);
            assertThat(o.describe()).contains("failed with a certificate error (" + fault.word() + ")");
        }
    }

    @Test
    void anotherRunsCaIsNotTrusted() {
        try (HttpStub stub = HttpStub.startHttps("secure", CertificateAuthority.make("one"), null)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome o = HttpCaller.call(HttpCall.get("/hi"), stub, TIMEOUT, TlsTrust.of(CertificateAuthority.make("two")));
            assertThat(o.certificate()).as(o.describe()).isEqualTo(CertificateFault.UNKNOWN_CA);
        }
    }

    @Test
    void theJdksDefaultTrustIsNotGivenTheRunMadeCa() {
        try (HttpStub stub = HttpStub.startHttps("secure", CertificateAuthority.make("test"), null)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpClient plain = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            URI uri = URI.create("https://127.0.0.1:" + ((java.net.InetSocketAddress) stub.address()).getPort() + "/hi");
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding())).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void theKeyStoreIsGoneOnceTheStubHasStarted() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (HttpStub stub = HttpStub.startHttps("secure", CertificateAuthority.make("test"), null)) {
            assertThat(stub.isHttps()).isTrue();
            try (Stream<Path> left = Files.list(tmp)) {
                // Only this JVM's: other test JVMs of the build, and other builds, start HTTPS stubs meanwhile.
                assertThat(left.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(StubCertificate.folderPrefixOfThisJvm())))
                        .as("this JVM's key store folders left in " + tmp).isEmpty();
            }
        }
    }

    @Test
    void aPlainStubAnsweredOverTlsIsATlsFailure() {
        try (HttpStub stub = HttpStub.start("api")) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome o = HttpCaller.call(HttpCall.get("/hi"), stub, TIMEOUT, TlsTrust.of(CertificateAuthority.make("t")));
            assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.TLS_FAILURE);
        }
    }
}
