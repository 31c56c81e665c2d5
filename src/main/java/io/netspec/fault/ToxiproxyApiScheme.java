package io.netspec.fault;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;
import java.time.Duration;

/**
 * The URL scheme netspec hands toxiproxy-java so that its API calls have socket timeouts.
 * toxiproxy-java opens each call as {@code new URL(protocol + "://host:port/path").openConnection()}
 * and sets no timeout, so a server that accepts and never answers would hold the calling thread for
 * ever. Given {@value #SCHEME} as its protocol, each call gets a plain HTTP connection with connect
 * and read timeouts of {@link ToxiproxyServer#API_TIMEOUT}: the thread ends with a
 * {@link java.net.SocketTimeoutException} instead of staying blocked; and each asks the server to close the
 * connection after its answer, so no connection is kept for another call. Registered through the JDK's
 * {@link URLStreamHandlerProvider} service, which adds a scheme of its own without touching how any
 * other code in the JVM opens {@code http} URLs.
 */
public final class ToxiproxyApiScheme extends URLStreamHandlerProvider {
    static final String SCHEME = "netspec-toxiproxy";

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return SCHEME.equals(protocol) ? new Handler(ToxiproxyServer.API_TIMEOUT) : null;
    }

    /** Whether the JDK finds this scheme (it looks for providers on the system class loader only). */
    static boolean available() {
        try {
            new URL(SCHEME + "://127.0.0.1:1/");
            return true;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /** Opens {@code http://} with the same host, port and path, bounded by {@code timeout}. */
    static final class Handler extends URLStreamHandler {
        private final int timeoutMillis;

        Handler(Duration timeout) {
            this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        }

        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) new URL("http", url.getHost(), url.getPort(),
                    url.getFile()).openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            // Never kept alive: the JDK keeps idle connections by host and port alone, and a Toxiproxy inside a
            // host may listen on the same 127.0.0.1 port as another in this machine's namespace or another host.
            connection.setRequestProperty("Connection", "close");
            return connection;
        }

        @Override
        protected int getDefaultPort() {
            return 80;
        }
    }
}
