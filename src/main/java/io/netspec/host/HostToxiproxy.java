package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.socket.Hosts;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The Toxiproxy server of one host, for links that listen on it: a toxiproxy-server started inside the host
 * the way any program is ({@link Program}: its own PID namespace, its whole tree ending with the host and
 * with the JVM, its output bounded), its API on the host's own 127.0.0.1, and every API call made from inside
 * the host ({@link ToxiproxyServer#inside}). Its proxies listen on the host's addresses, so clients on other
 * hosts reach them across netspec's networks, and they reach their upstreams from the host.
 */
final class HostToxiproxy implements AutoCloseable {
    static final Duration START_BOUND = Duration.ofSeconds(10);

    private ToxiproxyServer server;

    /** The host's server, started on first use. */
    synchronized ToxiproxyServer get(Host host) {
        if (server == null) {
            server = start(host);
        }
        return server;
    }

    /** Stops the server, if one was started (before the host's namespace closes). */
    @Override
    public void close() {
        ToxiproxyServer running;
        synchronized (this) {
            running = server;
            server = null;
        }
        if (running != null) {
            running.close();
        }
    }

    private static ToxiproxyServer start(Host host) {
        Path binary = SharedToxiproxy.binary();
        int port = freePort(host);
        Program program = Program.start(host, "toxiproxy", binary + " -host 127.0.0.1 -port " + port,
                Program.Mode.KEEPS_RUNNING, () -> Duration.ofSeconds(3));
        try {
            await("Toxiproxy inside host \"" + host.name() + "\" answering on 127.0.0.1:" + port).atMost(START_BOUND)
                    .pollInterval(Duration.ofMillis(25)).pollInSameThread()
                    .until(() -> ToxiproxyServer.answersInside(host, port));
            return ToxiproxyServer.inside(host, port, program);
        } catch (ConditionTimeoutException e) {
            program.close();
            throw NetspecFailure.of("the Toxiproxy server inside host \"" + host.name() + "\" did not answer on 127.0.0.1:"
                    + port + " within " + START_BOUND.toSeconds() + " s; " + program.report(), e);
        } catch (RuntimeException e) {
            program.close(); // nothing of the server may outlive the failure
            throw e;
        }
    }

    /** A port free on the host's own loopback now (the host's namespace is the scenario's alone). */
    private static int freePort(Host host) {
        try {
            return host.open(() -> {
                try (ServerSocket s = new ServerSocket()) {
                    s.bind(new InetSocketAddress(Hosts.loopback(), 0));
                    return s.getLocalPort();
                }
            });
        } catch (IOException e) {
            throw NetspecFailure.of("no free port on the loopback of host \"" + host.name() + "\": " + e.getMessage(), e);
        }
    }
}
