package io.netspec.http;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The JDK HTTP client's one-off start-up in a JVM (loading its classes and the TLS machinery, about
 * 0.4 s), paid once before the first request is timed: one plain and one TLS exchange with a server
 * on 127.0.0.1 that lives only for them. Done by the class initialiser of a holder, so once per JVM.
 */
final class ClientWarmUp {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final byte[] ANSWER = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
            .getBytes(StandardCharsets.US_ASCII);

    private ClientWarmUp() {
    }

    /** Returns once the client has been started up in this JVM (at once after the first time). */
    static void ensure() {
        try {
            Done.ONCE.hashCode();
        } catch (ExceptionInInitializerError e) {
            throw NetspecFailure.of("the HTTP client could not be started up: " + e.getCause(), e.getCause());
        } catch (NoClassDefFoundError e) {
            throw NetspecFailure.of("the HTTP client's start-up failed earlier in this run (see the first"
                    + " HTTP failure): " + e, e);
        }
    }

    private enum Done {
        ONCE;

        Done() {
            CertificateAuthority ca = CertificateAuthority.make("warm-up");
            exchange(null, null);
            exchange(ca, TlsTrust.of(ca));
        }
    }

    private static void exchange(CertificateAuthority ca, TlsTrust trust) {
        try (ServerSocket server = ca == null ? new ServerSocket(0, 1, InetAddress.getLoopbackAddress())
                : tlsServer(ca)) {
            server.setSoTimeout((int) BOUND.toMillis());
            Thread answer = Threads.start("http", "warm-up", () -> answerOnce(server));
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(BOUND);
            if (trust != null) {
                builder.sslContext(trust.timed(new HandshakeClock()));
            }
            URI uri = URI.create((ca == null ? "http" : "https") + "://127.0.0.1:" + server.getLocalPort() + "/");
            builder.build().sendAsync(HttpRequest.newBuilder(uri).timeout(BOUND).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            answer.join(BOUND.toMillis());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw NetspecFailure.of("the HTTP client's start-up exchange with a loopback server failed: " + e, e);
        }
    }

    private static void answerOnce(ServerSocket server) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            }
            OutputStream out = s.getOutputStream();
            out.write(ANSWER);
            out.flush();
        } catch (IOException e) {
            throw NetspecFailure.of("the HTTP client's start-up server failed: " + e, e);
        }
    }

    private static ServerSocket tlsServer(CertificateAuthority ca) throws IOException, GeneralSecurityException {
        CertificateAuthority.Issued issued = ca.issue(null);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = "warm-up".toCharArray();
        keys.setKeyEntry("server", issued.keys().getPrivate(), password, issued.chain());
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        return server;
    }
}
