package io.netspec.http;

import io.netspec.core.ScenarioError;
import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Sends one HTTP/1.1 request with a bounded timeout (connect and whole response) and says what
 * came of it. Each call uses a fresh client, so no pooled connection hides a fault of the link.
 */
public final class HttpCaller {
    private static final String SELECTOR_THREAD = "HttpClient-\\d+-SelectorManager";
    private HttpCaller() {
    }

    private static URI uri(String host, int port, String path) {
        if (!path.startsWith("/")) {
            throw ScenarioError.of("the HTTP path \"" + path + "\" should start with /, such as \"/hello\"");
        }
        try {
            return new URI("http://" + host + ":" + port + path);
        } catch (URISyntaxException e) {
            throw ScenarioError.of("the HTTP path \"" + path + "\" is not a valid URL path (" + e.getReason()
                    + "); expected something such as \"/hello?name=x\"", e);
        }
    }

    public static HttpOutcome call(String method, String path, Target target, Duration timeout) {
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of("HTTP needs a TCP target; " + target.describe() + " is not one; expected an HTTP stub,"
                    + " a link, a TCP server or \"host:port\"");
        }
        String host = address.getHostString().contains(":") ? "[" + address.getHostString() + "]" : address.getHostString();
        URI uri = uri(host, address.getPort(), path);
        String request = method + " " + path + " from " + target.describe();
        HttpRequest httpRequest = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody()).build();
        long start = System.nanoTime();
        // A fresh client per call (Java 17's client cannot be closed; its daemon selector thread ends
        // when the client is collected), so no pooled connection hides what the link does to a new one.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .build();
        try {
            HttpResponse<String> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofString());
            return new HttpOutcome(request, response.statusCode(), response.body(), null, null, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpOutcome(request, 0, "", HttpOutcome.Failure.OTHER, "interrupted", since(start));
        } catch (IOException e) {
            return new HttpOutcome(request, 0, "", classify(e), describe(e), since(start));
        }
    }

    /**
     * What JDK HTTP clients not yet garbage collected hold in {@code snapshot}: Java 17 cannot close a
     * client, so each one (a fresh one per call here, one per stub's readiness check) keeps its selector
     * thread, worker threads, one epoll descriptor and one eventfd, and the socket of a refused
     * connect, until it is collected. Counted per live selector thread, so nothing else hides behind them.
     */
    public static List<Held> awaitingCollection(ResourceSnapshot snapshot) {
        String why = "JDK HTTP clients awaiting garbage collection";
        int clients = (int) snapshot.of(ResourceKind.THREAD).stream().filter(t -> t.matches(SELECTOR_THREAD)).count();
        if (clients == 0) {
            return List.of();
        }
        return List.of(Held.matching(why, ResourceKind.THREAD, SELECTOR_THREAD + "|HttpClient-\\d+-Worker-\\d+"),
                Held.matching(why, ResourceKind.EPOLL, ".*").atMost(clients),
                Held.matching(why, ResourceKind.EVENTFD, ".*").atMost(clients),
                Held.exactly(why, ResourceKind.SOCKET, snapshot.unlistedSockets()).atMost(clients));
    }

    static HttpOutcome.Failure classify(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return HttpOutcome.Failure.TIMEOUT;
        }
        // The root cause wins: "header parser received no bytes" wraps a reset when the peer sent RST.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return HttpOutcome.Failure.CONNECTION_REFUSED;
            }
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("reset")) {
                return HttpOutcome.Failure.CONNECTION_RESET;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("header parser received no bytes")) {
                return HttpOutcome.Failure.EMPTY_RESPONSE;
            }
            if (m.contains("chunk") || m.contains("invalid") || m.contains("unexpected") || m.contains("bad")) {
                return HttpOutcome.Failure.MALFORMED_RESPONSE;
            }
        }
        return HttpOutcome.Failure.OTHER;
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (s.length() > 0) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return s.toString();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
