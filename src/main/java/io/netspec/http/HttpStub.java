package io.netspec.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server on 127.0.0.1 and a dynamic port, or on a host's own address inside that host
 * ({@link PlacedJetty}), answering what a scenario tells it to. It is a {@link Target}, so clients and
 * links can point at it by name.
 */
public final class HttpStub implements Target, AutoCloseable {
    private final String name;
    private final WireMockServer server;
    private final StubCertificate certificate;
    private final SocketPlace place;

    private HttpStub(String name, WireMockServer server, StubCertificate certificate, SocketPlace place) {
        this.name = name;
        this.server = server;
        this.certificate = certificate;
        this.place = place;
    }

    /** A plain HTTP stub. */
    public static HttpStub start(String name) {
        return start(name, SocketPlace.HERE);
    }

    /** A plain HTTP stub in {@code place}: this machine's 127.0.0.1, or a host's own address inside it. */
    public static HttpStub start(String name, SocketPlace place) {
        WireMockServer server = new WireMockServer(common(place));
        server.start();
        HttpStub stub = new HttpStub(name, server, null, place);
        stub.awaitReady();
        return stub;
    }

    /**
     * An HTTPS stub (HTTP off) whose certificate {@code ca} issues, with {@code fault} built in on purpose
     * ({@code null} for a good certificate). The key store exists only while Jetty starts, in a folder of
     * the run's temporary directory that is deleted right after.
     */
    public static HttpStub startHttps(String name, CertificateAuthority ca, CertificateFault fault) {
        return startHttps(name, ca, fault, SocketPlace.HERE);
    }

    /** As {@link #startHttps(String, CertificateAuthority, CertificateFault)}, in {@code place}; the certificate names its address. */
    public static HttpStub startHttps(String name, CertificateAuthority ca, CertificateFault fault, SocketPlace place) {
        StubCertificate certificate = new StubCertificate(ca.issue(fault, place.serverAddress(4)), fault);
        WireMockServer server = certificate.withKeyStore(keyStore -> {
            WireMockServer s = new WireMockServer(common(place).httpDisabled(true).dynamicHttpsPort()
                    .keystorePath(keyStore.toString()).keystorePassword(StubCertificate.PASSWORD)
                    .keyManagerPassword(StubCertificate.PASSWORD).keystoreType("PKCS12"));
            try {
                s.start();
            } catch (RuntimeException e) {
                s.stop();
                throw NetspecFailure.of("the HTTPS stub \"" + name + "\" did not start: " + e, e);
            }
            return s;
        });
        return new HttpStub(name, server, certificate, place);
    }

    private static WireMockConfiguration common(SocketPlace place) {
        WireMockConfiguration options = options();
        if (place != SocketPlace.HERE) {
            options.httpServerFactory(new PlacedJetty(place));
        }
        return options
                .bindAddress(place.serverAddress(4).getHostAddress())
                .dynamicPort()
                .jettyAcceptors(1)
                .containerThreads(12)
                .asynchronousResponseEnabled(false)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false));
    }

    /** True for a stub that speaks HTTPS only. */
    public boolean isHttps() {
        return certificate != null;
    }

    /**
     * Waits (at most 10 s) until the server answers its admin API, so the first request of a
     * scenario meets a warm server and its timeout measures the scenario, not Jetty's start.
     */
    private void awaitReady() {
        if (place != SocketPlace.HERE) {
            HttpOutcome ready = HttpCaller.call(new HttpCall("GET", "/__admin/health", new byte[0]), this,
                    Duration.ofSeconds(10), null, place);
            if (ready.failed() || ready.status() != 200) {
                server.stop();
                throw NetspecFailure.of(describe() + " started, but its health check from inside " + place.describe()
                        + " came to: " + ready.describe());
            }
            return;
        }
        URI health = URI.create("http://127.0.0.1:" + server.port() + "/__admin/health");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(health)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw NetspecFailure.of(describe() + " started, but its health check answered " + r.statusCode());
            }
        } catch (IOException e) {
            server.stop();
            throw NetspecFailure.of(describe() + " started, but did not answer its health check within 10 s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
            throw NetspecFailure.of("interrupted while waiting for " + describe() + " to answer", e);
        }
    }

    /** Answers {@code method path} with {@code status} and {@code body}, after {@code delay} (zero for none). */
    public void answer(String method, String path, int status, String body, Duration delay) {
        answer(method, path, status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), delay);
    }

    /** Answers {@code method path} with {@code status} and the exact bytes of {@code body}, after {@code delay}. */
    public void answer(String method, String path, int status, byte[] body, Duration delay) {
        if (status < 100 || status > 599) {
            throw ScenarioError.of("the HTTP stub \"" + name + "\" was asked to answer with status " + status
                    + "; expected 100 to 599");
        }
        server.stubFor(request(method, path).willReturn(WireMock.aResponse().withStatus(status).withBody(body)
                .withHeader("Content-Type", "text/plain").withFixedDelay((int) delay.toMillis())));
    }

    /** Answers {@code method path} with one of WireMock's faults. */
    public void fail(String method, String path, HttpFault fault) {
        server.stubFor(request(method, path).willReturn(WireMock.aResponse().withFault(fault.wiremock())));
    }

    private MappingBuilder request(String method, String path) {
        if (!path.startsWith("/")) {
            throw ScenarioError.of("the path \"" + path + "\" for the HTTP stub \"" + name
                    + "\" should start with /");
        }
        return WireMock.request(method.toUpperCase(Locale.ROOT), WireMock.urlEqualTo(path));
    }

    @Override
    public SocketAddress address() {
        return new InetSocketAddress(place.serverAddress(4), port());
    }

    @Override
    public Optional<SocketPlace> place() {
        return Optional.of(place);
    }

    private int port() {
        return isHttps() ? server.httpsPort() : server.port();
    }

    @Override
    public String describe() {
        return "the " + (isHttps() ? "HTTPS" : "HTTP") + " stub \"" + name + "\" (" + place.serverAddress(4).getHostAddress()
                + ":" + port() + (place == SocketPlace.HERE ? "" : " inside " + place.describe()) + ")"
                + (isHttps() ? ", " + certificate.describe() : "");
    }

    @Override
    public void close() {
        server.stop();
    }
}
