package io.netspec.testkit.http;

import io.netspec.socket.Target;
import io.netspec.socket.Targets;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback TCP server that answers every connection with what a test writes by hand, so a test
 * controls exactly which bytes (and which ending: FIN or RST) an HTTP client meets.
 */
public final class RawHttpServer implements AutoCloseable {
    public interface Answer {
        void answer(Socket socket, CountDownLatch closing) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);

    public RawHttpServer(Answer answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    readHead(s.getInputStream());
                    answer.answer(s, closing);
                } catch (IOException e) {
                    if (!server.isClosed()) {
                        throw new IllegalStateException("the raw HTTP server failed: " + e, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "netspec-test-raw-http");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads the request up to its blank line (and no body: the tests send GETs). */
    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public Target target() {
        return Targets.parse("127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closing.countDown();
        server.close();
        thread.join(TimeUnit.SECONDS.toMillis(5));
    }
}
