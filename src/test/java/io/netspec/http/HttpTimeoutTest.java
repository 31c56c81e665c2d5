package io.netspec.http;

import io.netspec.testkit.Lateness;
import io.netspec.testkit.http.RawHttpServer;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeout bounds the whole request. (That the first request of a run does not count the client's start-up
 * is a figure of io.netspec.bench.FirstRequestBenchmark: under load the first request of a fresh JVM varies by
 * a factor of four, with or without the start-up, so no bound on it holds there.)
 */
class HttpTimeoutTest {

    @Test
    void aBodyThatKeepsTricklingIsCutOffAtTheTimeout() throws Exception {
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (RawHttpServer server = new RawHttpServer((s, closing) -> {
            OutputStream out = s.getOutputStream();
            out.write(head);
            out.flush();
            // One byte every 50 ms: the whole body would take 50 s; waits end early when the server closes.
            for (int i = 0; i < 1000 && !closing.await(50, TimeUnit.MILLISECONDS); i++) {
                out.write('x');
                out.flush();
            }
        })) {
            Lateness.Timed<HttpOutcome> timed = Lateness.during(() -> HttpCaller.call("GET", "/", server.target(),
                    Duration.ofMillis(300)));
            HttpOutcome o = timed.value();
            assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.TIMEOUT);
            assertThat(o.elapsed()).as(o.describe()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            // The whole body would take 50 s; a timeout of each read only would never end the request.
            timed.atMost(o.elapsed(), Duration.ofMillis(300), "a request with a 300 ms timeout whose body trickles");
            assertThat(o.detail()).contains("the headers came, the body did not end");
        }
    }
}
