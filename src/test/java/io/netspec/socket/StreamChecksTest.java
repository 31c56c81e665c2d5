package io.netspec.socket;

import io.netspec.testkit.KeptEvidence;
import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stream checks against real TCP servers and clients on loopback. */
class StreamChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPeerThatClosedRefusesTheSendAndOneThatReadsOrStallsDoesNot() {
        KeptEvidence evidence = new KeptEvidence();
        Size size = Size.parse("8 MiB");
        try (TcpServer closer = TcpServer.closingAtOnce().start(); TcpClient alice = TcpClient.connect("alice", closer, WAIT);
             TcpServer sink = TcpServer.sink().start(); TcpClient bob = TcpClient.connect("bob", sink, WAIT);
             TcpServer mute = TcpServer.neverAnswering().start(); TcpClient carol = TcpClient.connect("carol", mute, WAIT)) {
            alice.awaitPeerClosed(WAIT);
            StreamChecks.cannotSend("alice", alice, size, new SplittableRandom(1), WAIT, evidence);
            assertThat(evidence.attached).containsKey("why \"alice\" could not send " + size);
            assertThatThrownBy(() -> StreamChecks.cannotSend("bob", bob, Size.parse("64 KiB"), new SplittableRandom(2), WAIT,
                    evidence)).isInstanceOf(SocketExpectationError.class).hasMessageContaining("to fail sending");
            assertThatThrownBy(() -> StreamChecks.cannotSend("carol", carol, Size.parse("256 MiB"), new SplittableRandom(3),
                    Duration.ofMillis(300), evidence)).isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("because the peer closed or reset the connection, but the OS reported no error");
        }
    }

    @Test
    void silenceFromAClosedPeerIsLoggedAsSuch() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer closer = TcpServer.closingAtOnce().start(); TcpClient alice = TcpClient.connect("alice", closer, WAIT)) {
            alice.awaitPeerClosed(WAIT);
            StreamChecks.receivesNothing("alice", alice, Duration.ofMillis(50), evidence);
            assertThat(evidence.log).singleElement().asString().startsWith("\"alice\" received nothing: the peer has closed");
        }
    }

    @Test
    void theReadsOfATransferAreCountedAtTheClientAndAtTheServer() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer sink = TcpServer.sink().named("sink").start(); TcpClient alice = TcpClient.connect("alice", sink, WAIT);
             TcpServer echo = TcpServer.echo().named("echo").start(); TcpClient bob = TcpClient.connect("bob", echo, WAIT)) {
            alice.send(HELLO);
            StreamChecks.reads("sink", sink, List.of(alice), 0, true, WAIT, evidence);
            assertThat(evidence.attached.get("read sizes of \"sink\"")).endsWith("[5]");
            bob.send(HELLO);
            bob.receiveExactly(HELLO, WAIT);
            StreamChecks.reads("bob", bob, List.of(), 1, false, WAIT, evidence);
            assertThatThrownBy(() -> StreamChecks.reads("bob", bob, List.of(), 1, true, WAIT, evidence))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected \"bob\" to have needed more than 1 reads, but it took 1: [5]");
        }
        assertThat(StreamChecks.readSizes(java.util.Collections.nCopies(22, 1))).endsWith(", 1, … 2 more]");
    }

    @Test
    void theSystemCallsOfAClientAreCheckedInOrder() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start(); TcpClient alice = TcpClient.connect("alice", echo, WAIT)) {
            StreamChecks.wentThrough("alice", "socket, connect", alice::calls, WAIT, evidence);
            assertThat(evidence.attached.get("system calls of \"alice\"")).contains("connect");
            assertThatThrownBy(() -> StreamChecks.wentThrough("alice", "connect, socket", alice::calls,
                    Duration.ofMillis(50), evidence)).isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("\"socket\" is missing or out of order in what it did: ");
            StreamChecks.didNotCall("alice", "listen", alice.calls());
            assertThatThrownBy(() -> StreamChecks.didNotCall("alice", "connect", alice.calls()))
                    .hasMessageStartingWith("expected \"alice\" not to call connect, but it did: ");
        }
    }
}
