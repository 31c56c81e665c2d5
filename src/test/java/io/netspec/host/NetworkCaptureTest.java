package io.netspec.host;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import io.netspec.address.IpAddress;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.NetworkTreatment;
import io.netspec.packet.Packet;
import io.netspec.testkit.packet.Tcpdump;
import io.netspec.testkit.packet.TcpdumpReadBack;
import io.netspec.packet.TcpConnection;
import io.netspec.packet.TcpConnections;
import io.netspec.socket.TcpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The capture of a real network of hosts: the kernels' TCP across netspec's switch with one data
 * segment dropped, read back by a real tcpdump frame for frame, and analysed by netspec (handshake,
 * the retransmission of the dropped segment, sequence numbers that count the bytes).
 */
class NetworkCaptureTest {
    private static final int BYTES = 40_000;

    @Test
    void tcpdumpReadsTheCaptureOfARealConnectionAsNetspecSawIt(@TempDir Path dir) throws Exception {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        Skip.unless(Tcpdump.find().isPresent(), Requirement.TCPDUMP, () -> Tcpdump.MISSING);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        NetworkTreatment treatment = new NetworkTreatment("office", 1, CaptureRing.withDefaults());
        office.treatment(treatment);
        try (office;
             Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
             Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
             TcpServer echo = TcpServer.echo().named("echo").on(db.address(4)).inside(db).start()) {
            InetSocketAddress client;
            try (Socket s = web.open(SocketChannel::open).socket()) {
                s.connect(echo.address(), 5_000);
                s.setSoTimeout(10_000);
                client = (InetSocketAddress) s.getLocalSocketAddress();
                treatment.dropDataSegment(client, 2);
                OutputStream out = s.getOutputStream();
                out.write(new byte[BYTES]);
                InputStream in = s.getInputStream();
                assertThat(in.readNBytes(BYTES)).hasSize(BYTES);
            }
            CaptureRing ring = treatment.capture().orElseThrow();
            await("both FINs in the capture").atMost(Duration.ofSeconds(5)).until(() -> TcpConnections
                    .ofClient(ring.frames(), client).map(c -> c.packets().stream()
                            .filter(p -> p.packet().has(Packet.FIN)).count() >= 2).orElse(false));
            List<Captured> frames = ring.frames();
            TcpConnection connection = TcpConnections.ofClient(frames, client).orElseThrow();
            assertThat(connection.handshake()).isPresent();
            TcpConnection.Segment second = connection.clientSegments().get(1);
            assertThat(second.first().fate()).isEqualTo(Fate.DROPPED);
            assertThat(second.retransmissions()).isNotEmpty().allMatch(c -> c.fate() == Fate.PASSED);
            assertThat(connection.sequenceGaps()).isEmpty();
            assertThat(connection.clientBytes()).isEqualTo(BYTES);
            assertThat(TcpdumpReadBack.mismatches(ring, frames, dir)).isEmpty();
        }
    }
}
