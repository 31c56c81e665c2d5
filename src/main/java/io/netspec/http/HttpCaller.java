package io.netspec.http;

import io.netspec.core.ScenarioError;
import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.socket.Reach;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;

import javax.net.ssl.SSLException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one HTTP/1.1 request, plain or over TLS, and says what came of it. The timeout bounds the
 * whole request (connect, handshake, headers and body); the clock starts when the request is sent,
 * after the client is built, so the client's start-up never counts as the request's time. Each call
 * uses a fresh client, so no pooled connection hides a fault of the link.
 */
public final class HttpCaller {
    private static final String SELECTOR_THREAD = "HttpClient-\\d+-SelectorManager";

    private HttpCaller() {
    }

    /** A plain HTTP request without a body. */
    public static HttpOutcome call(String method, String path, Target target, Duration timeout) {
        return call(new HttpCall(method, path, new byte[0]), target, timeout, null);
    }

    /** Sends {@code call} to {@code target}: over TLS trusting {@code tls} only, or plain HTTP when it is null. */
    public static HttpOutcome call(HttpCall call, Target target, Duration timeout, TlsTrust tls) {
        return call(call, target, timeout, tls, SocketPlace.HERE);
    }

    /**
     * As {@link #call(HttpCall, Target, Duration, TlsTrust)}, from inside {@code place}. The JDK's client makes
     * its socket on a thread of its executor (the thread that sets up each exchange), so for a host that
     * executor runs its tasks inside the host (workers that enter its namespace), and the connection is made from there.
     */
    public static HttpOutcome call(HttpCall call, Target target, Duration timeout, TlsTrust tls, SocketPlace place) {
        Reach.require(place, target, "an HTTP client");
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of("HTTP needs a TCP target; " + target.describe() + " is not one; expected an HTTP stub,"
                    + " a link, a TCP server or \"host:port\"");
        }
        String scheme = tls == null ? "http" : "https";
        String request = call.method() + " " + call.path() + " from " + target.describe() + (tls == null ? "" : " over TLS");
        HttpRequest httpRequest = HttpRequest.newBuilder(uri(scheme, address, call.path())).timeout(timeout)
                .method(call.method(), call.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body())).build();
        ClientWarmUp.ensure();
        HandshakeClock clock = new HandshakeClock();
        // A fresh client per call (Java 17's client cannot be closed; its daemon selector thread ends
        // when the client is collected), so no pooled connection hides what the link does to a new one.
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        if (tls != null) {
            builder.sslContext(tls.timed(clock));
        }
        place.tasks().ifPresent(builder::executor);
        HttpClient client = builder.build();
        AtomicBoolean headersSeen = new AtomicBoolean();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            headersSeen.set(true);
            return HttpResponse.BodySubscribers.ofByteArray();
        };
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(httpRequest, handler);
        try {
            HttpResponse<byte[]> response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return HttpOutcome.answered(request, response.statusCode(), response.body(), response.headers().map(),
                    since(start), clock.took().orElse(null));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return HttpOutcome.failed(request, HttpOutcome.Failure.TIMEOUT, null, "no complete response within "
                    + timeout.toMillis() + " ms" + (headersSeen.get() ? " (the headers came, the body did not end)"
                    : "") + handshakeNote(clock), since(start), clock.took().orElse(null));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return HttpOutcome.failed(request, HttpOutcome.Failure.OTHER, null, "interrupted", since(start), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return HttpOutcome.failed(request, classify(cause, headersSeen.get()), certificateFault(cause),
                    describe(cause) + handshakeNote(clock), since(start), clock.took().orElse(null));
        }
    }

    private static URI uri(String scheme, InetSocketAddress address, String path) {
        String host = address.getHostString().contains(":") ? "[" + address.getHostString() + "]" : address.getHostString();
        try {
            return new URI(scheme + "://" + host + ":" + address.getPort() + path);
        } catch (URISyntaxException e) {
            throw ScenarioError.of("the HTTP path \"" + path + "\" is not a valid URL path (" + e.getReason()
                    + "); expected something such as \"/hello?name=x\"", e);
        }
    }

    /**
     * How a request failed, from the types of the exception and its causes (never their messages),
     * and from whether the response's headers had come ({@code headersSeen}).
     */
    static HttpOutcome.Failure classify(Throwable e, boolean headersSeen) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return HttpOutcome.Failure.TIMEOUT;
            }
            if (t instanceof CertificateProblem) {
                return HttpOutcome.Failure.CERTIFICATE_ERROR;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return HttpOutcome.Failure.CONNECTION_REFUSED;
            }
            // The JDK's NIO sockets report a reset peer (ECONNRESET) as a plain SocketException.
            if (t instanceof SocketException) {
                return HttpOutcome.Failure.CONNECTION_RESET;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return HttpOutcome.Failure.TLS_FAILURE;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                // Closed before a whole status line and headers came: no response; after them, a cut one.
                return headersSeen ? HttpOutcome.Failure.MALFORMED_RESPONSE : HttpOutcome.Failure.EMPTY_RESPONSE;
            }
        }
        // What is left is the JDK client refusing what it was sent (a bad status line, header or chunk),
        // which it reports as a plain IOException or ProtocolException.
        return e instanceof java.io.IOException ? HttpOutcome.Failure.MALFORMED_RESPONSE : HttpOutcome.Failure.OTHER;
    }

    private static CertificateFault certificateFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateProblem problem) {
                return problem.fault();
            }
        }
        return null;
    }

    private static String handshakeNote(HandshakeClock clock) {
        return clock.unfinishedAfter().map(d -> "; the TLS handshake had run " + d.toMillis() + " ms and not finished")
                .orElse("");
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
