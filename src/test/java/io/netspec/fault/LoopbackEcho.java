package io.netspec.fault;

import io.netspec.socket.Target;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;

/** A plain JDK echo server on loopback for the fault package's own tests. */
final class LoopbackEcho implements Target, AutoCloseable {
    private final ServerSocket server;

    LoopbackEcho() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::acceptLoop, "test-echo");
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> echo(s), "test-echo-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void echo(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a reset from a toxic ends the connection; nothing to report for an echo
            return;
        }
    }

    @Override
    public SocketAddress address() {
        return server.getLocalSocketAddress();
    }

    @Override
    public String describe() {
        return "test echo " + server.getLocalSocketAddress();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
