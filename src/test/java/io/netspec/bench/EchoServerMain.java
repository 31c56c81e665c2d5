package io.netspec.bench;

import io.netspec.socket.TcpServer;

import java.io.IOException;
import java.io.OutputStream;

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
            // Serve until the parent closes our input: this read blocks, it does not spin.
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
