package io.netspec.http;

import io.netspec.testkit.http.RawHttpServer;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a request failed is decided from the types of what the client met, never from message text:
 * a server whose bytes happen to hold the words the old text search looked for ("reset", "bad",
 * "header parser received no bytes") must not change the outcome. Each case is a real loopback server.
 */
class HttpOutcomeTypesTest {

    private static HttpOutcome against(String bytes, boolean reset) throws Exception {
        try (RawHttpServer server = new RawHttpServer((Socket s, java.util.concurrent.CountDownLatch closing) -> {
            OutputStream out = s.getOutputStream();
            out.write(bytes.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (reset) {
                s.setSoLinger(true, 0);
            }
        })) {
            return HttpCaller.call("GET", "/", server.target(), Duration.ofSeconds(2));
        }
    }

    @Test
    void garbageThatSaysResetAndThenClosesCleanlyIsAMalformedResponseNotAReset() throws Exception {
        HttpOutcome o = against("connection reset by peer\r\n", false);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.MALFORMED_RESPONSE);
    }

    @Test
    void aResetAfterTheHeadersIsAReset() throws Exception {
        HttpOutcome o = against("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nok", true);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.CONNECTION_RESET);
    }

    @Test
    void aBodyCutShortByACleanCloseIsAMalformedResponse() throws Exception {
        HttpOutcome o = against("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort", false);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.MALFORMED_RESPONSE);
    }

    @Test
    void aCloseWithoutAnyByteIsAnEmptyResponseWhateverTheMessage() throws Exception {
        HttpOutcome o = against("", false);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.EMPTY_RESPONSE);
    }

    @Test
    void aCloseInTheMiddleOfTheStatusLineIsAnEmptyResponse() throws Exception {
        HttpOutcome o = against("HTTP/1.1 2", false);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.EMPTY_RESPONSE);
    }

    @Test
    void aStatusLineTheClientCannotReadIsAMalformedResponse() throws Exception {
        HttpOutcome o = against("HTTP/1.1 2x0 reset\r\nContent-Length: 2\r\n\r\nok", false);
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.MALFORMED_RESPONSE);
    }

    @Test
    void aRefusedConnectIsRefused() {
        HttpOutcome o = HttpCaller.call("GET", "/", io.netspec.socket.Targets.parse("127.0.0.1:1"), Duration.ofSeconds(2));
        assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.CONNECTION_REFUSED);
    }

    @Test
    void typesDecideWhateverTheMessagesSay() {
        assertThat(HttpCaller.classify(new java.io.IOException("invalid chunk: bad", new java.io.EOFException("reset")),
                false)).isEqualTo(HttpOutcome.Failure.EMPTY_RESPONSE);
        assertThat(HttpCaller.classify(new java.io.IOException("header parser received no bytes",
                new java.net.SocketException("x")), false)).isEqualTo(HttpOutcome.Failure.CONNECTION_RESET);
        assertThat(HttpCaller.classify(new java.io.IOException("no words of note", new CertificateProblem(
                CertificateFault.EXPIRED, "valid until yesterday", null)), false))
                .isEqualTo(HttpOutcome.Failure.CERTIFICATE_ERROR);
    }
}
