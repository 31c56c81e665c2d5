package io.netspec.ostable;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of the OS socket table against real sockets on loopback. */
class TableChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void aListeningSocketIsSeenAndOneThatClosedIsNoLongerListening() throws Exception {
        KeptEvidence evidence = new KeptEvidence();
        InetSocketAddress at;
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            at = (InetSocketAddress) server.getLocalSocketAddress();
            TableChecks.listening("echo", "\"echo\"", at, false, WAIT, SocketTable::read, evidence);
            assertThat(evidence.attached.get("socket table: echo listening")).contains("LISTEN");
            assertThatThrownBy(() -> TableChecks.notListening("echo", "\"echo\"", at, false, SHORT, SocketTable::read,
                    evidence)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected nothing to listen on \"echo\" within 200 ms, but the OS socket table shows:");
            assertThat(evidence.log).contains("the socket table did not show echo no longer listening within 200 ms");
        }
        TableChecks.notListening("echo", "\"echo\"", at, false, WAIT, SocketTable::read, evidence);
        assertThatThrownBy(() -> TableChecks.listening("echo", "\"echo\"", at, false, SHORT, SocketTable::read, evidence))
                .isInstanceOf(ExpectationFailure.class)
                .hasMessage("expected the OS socket table to show \"echo\" listening within 200 ms, but it shows no such socket");
    }

    @Test
    void anEstablishedConnectionShowsBothEndsAndAfterCloseItIsInTimeWaitOrGone() throws Exception {
        KeptEvidence evidence = new KeptEvidence();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            InetSocketAddress remote = (InetSocketAddress) server.getLocalSocketAddress();
            InetSocketAddress local;
            try (Socket client = new Socket(remote.getAddress(), remote.getPort()); Socket accepted = server.accept()) {
                local = (InetSocketAddress) client.getLocalSocketAddress();
                TableChecks.established("alice", "echo", local, remote, WAIT, SocketTable::read, evidence);
                assertThat(evidence.attached.get("socket table: alice to echo")).contains("ESTABLISHED");
                assertThatThrownBy(() -> TableChecks.timeWaitOrGone("alice", local, remote, SHORT, SocketTable::read,
                        evidence)).isInstanceOf(ExpectationFailure.class)
                        .hasMessageContaining("to be in TIME_WAIT or gone within 200 ms");
                InetSocketAddress elsewhere = new InetSocketAddress(remote.getAddress(), 9);
                assertThatThrownBy(() -> TableChecks.established("alice", "other", local, elsewhere, SHORT,
                        SocketTable::read, evidence)).isInstanceOf(ExpectationFailure.class)
                        .hasMessageContaining("at both ends, but it shows neither end; lines with either port:");
            }
            TableChecks.timeWaitOrGone("alice", local, remote, WAIT, SocketTable::read, evidence);
        }
    }

    @Test
    void onlyAHostAndPortIsAnInetAddress() {
        InetSocketAddress inet = new InetSocketAddress(InetAddress.getLoopbackAddress(), 80);
        assertThat(TableChecks.inet(inet, "web")).isSameAs(inet);
        assertThatThrownBy(() -> TableChecks.inet(UnixDomainSocketAddress.of(Path.of("/tmp/s")), "local"))
                .isInstanceOf(ScenarioError.class).hasMessageStartingWith("\"local\" is a Unix-domain socket at /tmp/s,"
                        + " not a host:port");
    }

    @Test
    void bytesWaitingInTheReceiveQueueAreCountedWithoutReading() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            accepted.getOutputStream().write(new byte[100]);
            SocketAddressPair ends = new SocketAddressPair(client);
            assertThat(TableChecks.awaitQueued("alice", "\"alice\"", ends.local, ends.remote, () -> 0, 100, WAIT))
                    .isEqualTo("100 bytes wait in the receive queue of \"alice\" (Recv-Q)");
            assertThatThrownBy(() -> TableChecks.awaitQueued("alice", "\"alice\"", ends.local, ends.remote, () -> 0, 200,
                    SHORT)).isInstanceOf(ExpectationFailure.class)
                    .hasMessage("expected 200 bytes to arrive at \"alice\" within 200 ms, but only 100 did");
            assertThatThrownBy(() -> TableChecks.awaitQueued("local", "\"local\"", UnixDomainSocketAddress.of("/tmp/s"),
                    ends.remote, () -> 0, 1, SHORT)).isInstanceOf(ScenarioError.class)
                    .hasMessageStartingWith("\"local\" is not a TCP client");
        }
    }

    private record SocketAddressPair(InetSocketAddress local, InetSocketAddress remote) {
        SocketAddressPair(Socket s) {
            this((InetSocketAddress) s.getLocalSocketAddress(), (InetSocketAddress) s.getRemoteSocketAddress());
        }
    }
}
