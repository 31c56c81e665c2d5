package io.netspec.testkit.mail;

import io.netspec.socket.Target;
import io.netspec.socket.Targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A loopback server for one connection that sends a greeting, then answers each line it reads with
 * what {@code reply} returns for it (null: say nothing more, keep the connection open until closed).
 */
public final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;

    public ScriptedSmtpServer(String greeting, UnaryOperator<String> reply) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            try (Socket s = server.accept()) {
                OutputStream out = s.getOutputStream();
                if (greeting != null) {
                    out.write(greeting.getBytes(StandardCharsets.US_ASCII));
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String answer = reply.apply(line);
                    if (answer != null) {
                        out.write(answer.getBytes(StandardCharsets.US_ASCII));
                    }
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new IllegalStateException("the scripted SMTP server failed: " + e, e);
                }
            }
        }, "netspec-test-scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    public Target target() {
        return Targets.parse("127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        thread.join(5000);
    }
}
