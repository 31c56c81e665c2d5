package io.netspec.socket;

import io.netspec.address.EphemeralPortRange;
import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientChecksTest {
    @Test
    void aClientTheOsPlacedUsesAnEphemeralPortAndAPortOutsideTheRangeFails() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpClient alice = TcpClient.connect("alice", echo, Duration.ofSeconds(5))) {
            InetSocketAddress local = (InetSocketAddress) alice.localAddress();
            ClientChecks.ephemeral("alice", alice, local, evidence);
            assertThat(evidence.attached.get("ephemeral ports of \"alice\"")).endsWith("(the OS chose)");
            EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
            InetSocketAddress outside = new InetSocketAddress(local.getAddress(), range.first() - 1);
            assertThatThrownBy(() -> ClientChecks.ephemeral("alice", alice, outside, evidence))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected \"alice\" to use a local port in the ephemeral range " + range + ", but it uses "
                            + (range.first() - 1));
        }
    }

    @Test
    void theServerEndIsWhereTheOsConnectedTheClient() {
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpClient alice = TcpClient.connect("alice", echo, Duration.ofSeconds(5))) {
            InetSocketAddress target = (InetSocketAddress) echo.address();
            assertThat(ClientChecks.serverEnd(alice, target)).isEqualTo(alice.remoteAddress());
            InetSocketAddress other = new InetSocketAddress(target.getAddress(), 9);
            assertThat(ClientChecks.serverEnd(alice, other)).isSameAs(other);
        }
    }

    @Test
    void aClientThatReadItsReplyInFewReadsNeededNoMore() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpClient alice = TcpClient.connect("alice", echo, Duration.ofSeconds(5))) {
            alice.send("hi".getBytes(StandardCharsets.US_ASCII));
            alice.receiveExactly("hi".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
            ClientChecks.moreReadsThan("alice", alice, 0, evidence);
            assertThat(evidence.attached.get("reads of \"alice\"")).endsWith(", 2 bytes; largest 2 bytes");
            assertThatThrownBy(() -> ClientChecks.moreReadsThan("alice", alice, 1000, evidence))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageStartingWith("expected \"alice\" to need more than 1000 reads in all, but it needed ");
        }
    }

    @Test
    void aClosedPortRefusesAndAListeningServerDoesNot() {
        KeptEvidence evidence = new KeptEvidence();
        Target closed;
        try (TcpServer gone = TcpServer.echo().named("gone").start()) {
            closed = Targets.parse(Hosts.show(gone.address()));
        }
        ClientChecks.refused(closed, Duration.ofSeconds(5), evidence);
        assertThat(evidence.attached).containsKey("OS error connecting to " + closed.describe());
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            assertThatThrownBy(() -> ClientChecks.refused(echo, Duration.ofSeconds(5), evidence))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageStartingWith("expected a TCP connection to " + echo.describe() + " to be refused, but it"
                            + " was accepted from ");
        }
    }

    @Test
    void aCrowdEchoedIsCheckedForItsSizeAndItsBytes() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpCrowd crowd = TcpCrowd.connect(echo, 5, 64, new SplittableRandom(5))) {
            ClientChecks.crowdEchoes(crowd, 5, Duration.ofSeconds(10), evidence);
            assertThat(evidence.attached).containsKey("crowd of 5 clients");
            assertThatThrownBy(() -> ClientChecks.crowdEchoes(crowd, 6, Duration.ofSeconds(10), evidence))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageStartingWith("expected every one of the 6 clients of " + echo.describe());
        }
    }
}
