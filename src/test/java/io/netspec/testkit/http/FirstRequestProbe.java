package io.netspec.testkit.http;

import io.netspec.http.HttpCaller;
import io.netspec.http.HttpOutcome;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Run in a fresh JVM by {@link io.netspec.bench.FirstRequestBenchmark}: three requests to a loopback server,
 * printing each request's own time in microseconds ("micros A B C"), so the first request of a JVM can be
 * compared with the rest. With the argument {@code bare} the requests go through a bare JDK client timed
 * around the send alone, as netspec timed them before it paid the client's start-up first.
 */
public final class FirstRequestProbe {
    private FirstRequestProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean bare = args.length > 0 && args[0].equals("bare");
        byte[] answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
        try (RawHttpServer server = new RawHttpServer((s, closing) -> s.getOutputStream().write(answer))) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                out.append((bare ? bare(server) : netspec(server)).toNanos() / 1000).append(i < 2 ? " " : "");
            }
            System.out.println("micros " + out);
        }
    }

    private static Duration netspec(RawHttpServer server) {
        HttpOutcome o = HttpCaller.call("GET", "/", server.target(), Duration.ofSeconds(5));
        if (o.failed()) {
            throw new IllegalStateException(o.describe());
        }
        return o.elapsed();
    }

    private static Duration bare(RawHttpServer server) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).get(5, TimeUnit.SECONDS);
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
