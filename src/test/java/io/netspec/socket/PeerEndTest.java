package io.netspec.socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a connection ended is the client's own record of its reads, however long its transcript grew:
 * a real peer resets (SO_LINGER 0, so close sends RST) or closes cleanly (FIN) after many small sends.
 */
class PeerEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @ParameterizedTest
    @ValueSource(ints = {5, 250})
    void aResetAfterManySmallSendsReadsAsAReset(int sends) throws Exception {
        assertThat(endAfter(sends, true)).isEqualTo(PeerEnd.RESET);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 250})
    void aCleanCloseAfterManySmallSendsReadsAsClosedCleanly(int sends) throws Exception {
        assertThat(endAfter(sends, false)).isEqualTo(PeerEnd.CLOSED);
    }

    @Test
    void aPeerThatStaysOpenReadsAsStillOpen() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             TcpClient client = TcpClient.connect("alice", Targets.parse("127.0.0.1:" + server.getLocalPort()), WAIT);
             Socket accepted = server.accept()) {
            assertThat(client.awaitPeerEnd(Duration.ofMillis(50))).isEqualTo(PeerEnd.OPEN);
            assertThat(client.peerEnd()).isEqualTo(PeerEnd.OPEN);
        }
    }

    private static PeerEnd endAfter(int sends, boolean reset) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             TcpClient client = TcpClient.connect("alice", Targets.parse("127.0.0.1:" + server.getLocalPort()), WAIT)) {
            try (Socket accepted = server.accept()) {
                accepted.setSoTimeout((int) WAIT.toMillis());
                for (int i = 0; i < sends; i++) {
                    client.send(new byte[] {(byte) i});
                }
                InputStream in = accepted.getInputStream();
                assertThat(in.readNBytes(sends)).hasSize(sends);
                if (reset) {
                    accepted.setSoLinger(true, 0);
                }
            }
            PeerEnd end = client.awaitPeerEnd(WAIT);
            assertThat(client.peerEnd()).isEqualTo(reset ? PeerEnd.RESET : PeerEnd.CLOSED);
            return end;
        }
    }
}
