package io.netspec.ostable;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The /proc/net parser agrees with ss, line for line, on the sockets this test opens. */
class SsCrossCheckTest {

    @Test
    void parserAgreesWithSsOnListeningAndEstablishedSockets() throws Exception {
        Skip.unless(ssRuns(), Requirement.SS, () -> "ss is not installed here (Debian: iproute2)");
        try (TcpServer v4 = TcpServer.echo().named("v4").start();
             TcpServer v6 = TcpServer.sink().on(Hosts.loopbackV6()).named("v6").start();
             TcpClient a = TcpClient.connect("a", v4, Duration.ofSeconds(2));
             TcpClient b = TcpClient.connect("b", v6, Duration.ofSeconds(2))) {
            a.send("hi".getBytes(StandardCharsets.US_ASCII));
            a.receive(2, Duration.ofSeconds(2));
            v6.connectionFrom(b.localAddress(), Duration.ofSeconds(2));
            v4.connectionFrom(a.localAddress(), Duration.ofSeconds(2));

            // Exact endpoints, not bare port numbers: another test's socket may share a port number
            // on the other loopback address (a TIME-WAIT from an earlier connection, say).
            Set<String> ports = Set.of("127.0.0.1:" + v4.port(), "[::1]:" + v6.port());
            Set<String> fromSs = fromSs(ports);
            Set<String> fromProc = fromProc(SocketTable.read(), ports);
            assertThat(fromProc).as("sockets of %s read from /proc/net", ports).isEqualTo(fromSs);
            // A TIME-WAIT left on the same address and port by an earlier connection may show too
            // (both tools must agree on it, checked above); the six sockets of this test must be there.
            assertThat(fromProc).filteredOn(line -> !line.startsWith("TIME-WAIT")).hasSize(6)
                    .contains("LISTEN 127.0.0.1:" + v4.port() + " 0.0.0.0:*")
                    .contains("LISTEN [::1]:" + v6.port() + " [::]:*")
                    .contains("ESTAB " + Hosts.show(a.localAddress()) + " 127.0.0.1:" + v4.port())
                    .contains("ESTAB 127.0.0.1:" + v4.port() + " " + Hosts.show(a.localAddress()));
        }
    }

    private static Set<String> fromProc(SocketTable table, Set<String> ports) {
        Set<String> lines = new TreeSet<>();
        for (InetSocketEntry e : table.inet(e -> !e.isUdp())) {
            if (ports.contains(Hosts.show(e.local())) || ports.contains(Hosts.show(e.remote()))) {
                String remote = e.remote().getPort() == 0 ? Hosts.show(e.remote()).replaceAll(":0$", ":*") : Hosts.show(e.remote());
                lines.add(e.state().ssName() + " " + Hosts.show(e.local()) + " " + remote);
            }
        }
        return lines;
    }

    private static Set<String> fromSs(Set<String> ports) throws IOException, InterruptedException {
        Set<String> lines = new TreeSet<>();
        for (String line : run("ss", "-tan")) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 5 || f[0].equals("State")) {
                continue;
            }
            String local = normalise(f[3]);
            String peer = normalise(f[4]);
            if (ports.contains(local) || ports.contains(peer)) {
                lines.add(f[0] + " " + local + " " + peer);
            }
        }
        return lines;
    }

    /** ss writes IPv4-mapped addresses as [::ffff:127.0.0.1]; the parser turns them into 127.0.0.1. */
    private static String normalise(String address) {
        String a = address.replace("[::ffff:", "").replaceAll("^([0-9.]+)]:", "$1:");
        if (a.startsWith("*:")) {
            return a;
        }
        int colon = a.lastIndexOf(':');
        String host = a.substring(0, colon);
        String port = a.substring(colon + 1);
        if (host.startsWith("[")) {
            host = "[" + Hosts.show(new InetSocketAddress(Hosts.literal(host.substring(1, host.length() - 1)), 1)).replaceAll("^\\[|]:1$", "") + "]";
        }
        return host + ":" + port;
    }

    /** False only where ss cannot be started (not installed); any other failure fails the test. */
    private static boolean ssRuns() throws InterruptedException {
        try {
            return !run("ss", "-V").isEmpty();
        } catch (IOException e) {
            System.out.println("ss cannot run here: " + e.getMessage());
            return false;
        }
    }

    /** Runs a command, its output going to a file, so the wait for it is bounded whatever it prints or hangs on. */
    private static List<String> run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("netspec-ss", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 10 s");
            }
            return new ArrayList<>(Files.readAllLines(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
