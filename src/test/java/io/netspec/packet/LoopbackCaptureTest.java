package io.netspec.packet;

import io.netspec.core.Requirement;
import io.netspec.host.KernelCounters;
import io.netspec.testkit.Skip;
import io.netspec.testkit.packet.Tcpdump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real kernel TCP on loopback, captured by a real tcpdump (-w) and read by netspec's pcap reader,
 * decoder and connection analysis: the handshake, byte-counting sequence numbers and the bytes sent.
 */
class LoopbackCaptureTest {
    private static final int BYTES = 300_000;

    @Test
    void netspecReadsWhatTcpdumpCapturedOfARealConnection(@TempDir Path dir) throws Exception {
        Skip.unless(Tcpdump.find().isPresent(), Requirement.TCPDUMP, () -> Tcpdump.MISSING);
        Skip.unless("root".equals(System.getProperty("user.name")), Requirement.ROOT, () -> "capturing on lo needs root");
        Path file = dir.resolve("lo.pcap");
        Path stderr = dir.resolve("tcpdump.err");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Process tcpdump = new ProcessBuilder(Tcpdump.find().get().toString(), "-i", "lo", "-U", "-nn", "-s", "0",
                    "-w", file.toString(), "tcp port " + port).redirectError(stderr.toFile())
                    .redirectOutput(dir.resolve("tcpdump.out").toFile()).start();
            try {
                // tcpdump says "listening on lo" once its capture is active; nothing crosses lo before that.
                await("tcpdump listening on lo").atMost(Duration.ofSeconds(10))
                        .until(() -> !tcpdump.isAlive() || Files.readString(stderr).contains("listening on"));
                assertThat(tcpdump.isAlive()).as("tcpdump running; stderr: %s", Files.readString(stderr)).isTrue();
                long retransmittedBefore = retransSegs();
                InetSocketAddress client = transfer(server);
                await("the whole connection in the capture").atMost(Duration.ofSeconds(10))
                        .ignoreExceptionsInstanceOf(java.io.EOFException.class)
                        .until(() -> closedBothWays(read(file), client));
                List<Captured> frames = read(file);
                TcpConnection connection = TcpConnections.ofClient(frames, client).orElseThrow();
                assertThat(connection.server().getPort()).isEqualTo(port);
                assertThat(connection.handshake()).isPresent();
                assertThat(connection.sequenceGaps()).isEmpty();
                assertThat(connection.clientBytes()).isEqualTo(BYTES);
                // Loopback loses nothing, but a loaded machine can delay an ACK past the kernel's tail loss probe,
                // which then really sends a segment again: netspec may see at most what this machine's kernel
                // counted as retransmitted meanwhile (0 on a quiet machine), and never invents one.
                long seen = connection.clientSegments().stream().mapToLong(s -> s.retransmissions().size()).sum();
                assertThat(seen).as("retransmissions netspec found").isLessThanOrEqualTo(retransSegs() - retransmittedBefore);
                assertThat(PacketTable.text(frames).lines()).hasSize(frames.size() + 1);
            } finally {
                tcpdump.destroy();
                assertThat(tcpdump.waitFor(10, TimeUnit.SECONDS)).as("tcpdump stopped").isTrue();
            }
        }
    }

    /** Sends {@link #BYTES} from a client to the server, then both close; returns the client's address. */
    private static InetSocketAddress transfer(ServerSocket server) throws Exception {
        CompletableFuture<Long> received = CompletableFuture.supplyAsync(() -> {
            try (Socket accepted = server.accept(); InputStream in = accepted.getInputStream()) {
                accepted.setSoTimeout(10_000);
                long total = 0;
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                }
                return total;
            } catch (IOException e) {
                throw new IllegalStateException("the loopback server failed", e);
            }
        });
        InetSocketAddress local;
        try (Socket client = new Socket()) {
            client.connect(server.getLocalSocketAddress(), 5_000);
            local = (InetSocketAddress) client.getLocalSocketAddress();
            OutputStream out = client.getOutputStream();
            out.write(new byte[BYTES]);
            out.flush();
        }
        assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo(BYTES);
        return local;
    }

    /** This machine's count of TCP segments retransmitted (Tcp RetransSegs in /proc/net/snmp). */
    private static long retransSegs() {
        return KernelCounters.snmpHere().get("Tcp.RetransSegs");
    }

    private static List<Captured> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Pcap.read(in).captured();
        }
    }

    private static boolean closedBothWays(List<Captured> frames, InetSocketAddress client) {
        return TcpConnections.ofClient(frames, client).map(c -> c.packets().stream()
                .filter(p -> p.packet().has(Packet.FIN)).count() >= 2 && !c.packets().get(c.packets().size() - 1)
                .packet().has(Packet.FIN)).orElse(false);
    }
}
