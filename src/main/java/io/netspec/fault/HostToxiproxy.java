package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.host.Host;
import io.netspec.host.Program;
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
 * hosts reach them across netspec's networks, and they reach their upstreams from the host. The host
 * keeps it as one of its services ({@link Host#service}) and stops it before its namespace closes.
 */
public final class HostToxiproxy {
    static final Duration START_BOUND = Duration.ofSeconds(10);

    private HostToxiproxy() {
    }

    /** The Toxiproxy server inside {@code host}, started the first time a link is to listen there. */
    public static ToxiproxyServer of(Host host) {
        return host.service(ToxiproxyServer.class, HostToxiproxy::start);
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
