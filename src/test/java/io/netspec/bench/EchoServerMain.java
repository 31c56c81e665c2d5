package io.netspec.bench;

import io.netspec.socket.TcpServer;

import java.io.IOException;

/**
 * A netspec echo server in a process of its own, so a benchmark's 10,000 clients and the server's
 * 10,000 sockets each count against their own process's open-file limit. Prints its port, then
 * serves until its standard input closes or it is terminated.
 */
public final class EchoServerMain {
    private EchoServerMain() {
    }

    public static void main(String[] args) throws IOException {
        try (TcpServer echo = TcpServer.echo().named("bench-echo").start()) {
            System.out.println(echo.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Keep serving until the parent closes our input.
                Thread.onSpinWait();
            }
        }
    }
}
