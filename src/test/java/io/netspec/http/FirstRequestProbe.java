package io.netspec.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Run in a fresh JVM by {@link HttpTimeoutTest}: three requests to a loopback server, printing each
 * request's own time in microseconds, so the first request of a run can be compared with the rest.
 */
public final class FirstRequestProbe {
    private FirstRequestProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
        try (RawHttpServer server = new RawHttpServer((s, closing) -> s.getOutputStream().write(answer))) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                HttpOutcome o = HttpCaller.call("GET", "/", server.target(), Duration.ofSeconds(5));
                if (o.failed()) {
                    throw new IllegalStateException(o.describe());
                }
                out.append(o.elapsed().toNanos() / 1000).append(i < 2 ? " " : "");
            }
            System.out.println("micros " + out);
        }
    }
}
