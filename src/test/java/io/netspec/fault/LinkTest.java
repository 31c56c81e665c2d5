package io.netspec.fault;

import io.netspec.socket.TcpServer;
import io.netspec.testkit.Lateness;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkTest {
    private final ToxiproxyServer server = ToxiproxyOrSkip.server();

    @Test
    void serverReportsThePinnedVersion() {
        assertThat(server.version()).isEqualTo(ToxiproxyBinary.VERSION);
    }

    @Test
    void linkCarriesBytesAndAddsLatencyBothWays() throws Exception {
        try (TcpServer echo = TcpServer.echo().named("echo").start(); Link link = Link.open(server, "wan", echo)) {
            // Upper bounds catch gross errors (a latency applied twice or in seconds) beyond how late the machine
            // ran meanwhile: precision is the latency scenarios' and the benchmark's job.
            Lateness.Timed<Long> fresh = Lateness.during(() -> roundTripMillis(link));
            fresh.tookAtMost(Duration.ZERO, "a round trip through a link without toxics");
            link.latency(Duration.ofMillis(60), Duration.ZERO, Direction.DOWNSTREAM);
            link.latency(Duration.ofMillis(40), Duration.ZERO, Direction.UPSTREAM);
            Lateness.Timed<Long> delayed = Lateness.during(() -> roundTripMillis(link));
            assertThat(delayed.value()).isGreaterThanOrEqualTo(100L);
            delayed.tookAtMost(Duration.ofMillis(100).plus(fresh.elapsed()), "a round trip through 60 + 40 ms of latency ("
                    + fresh.elapsed().toMillis() + " ms without it)");
            assertThat(link.toxicNames()).hasSize(2);
            link.heal();
            assertThat(link.toxicNames()).isEmpty();
        }
    }

    @Test
    void aSinkBehindALinkFindsTheConnectionThatReadExactlyTheClientsBytes() throws Exception {
        try (io.netspec.socket.TcpServer sink = io.netspec.socket.TcpServer.sink().named("sink").start();
             Link link = Link.open(server, "wan", sink);
             io.netspec.socket.TcpClient other = io.netspec.socket.TcpClient.connect("other", link, Duration.ofSeconds(2));
             io.netspec.socket.TcpClient alice = io.netspec.socket.TcpClient.connect("alice", link, Duration.ofSeconds(2))) {
            other.send("someone else's bytes".getBytes(StandardCharsets.US_ASCII));
            alice.sendRandom(100_000, new java.util.SplittableRandom(2));
            io.netspec.socket.ServerConnection c = sink.awaitExactly(alice, Duration.ofSeconds(5));
            assertThat(c.bytesRead()).isEqualTo(100_000);
            assertThat(c.peer()).isNotEqualTo(alice.localAddress());
        }
    }

    @Test
    void twoClientsWithTheSameBytesThroughALinkAreMatchedToTwoConnections() throws Exception {
        try (io.netspec.socket.TcpServer sink = io.netspec.socket.TcpServer.sink().named("sink").start();
             Link link = Link.open(server, "wan", sink);
             io.netspec.socket.TcpClient alice = io.netspec.socket.TcpClient.connect("alice", link, Duration.ofSeconds(2));
             io.netspec.socket.TcpClient bob = io.netspec.socket.TcpClient.connect("bob", link, Duration.ofSeconds(2));
             io.netspec.socket.TcpClient carol = io.netspec.socket.TcpClient.connect("carol", link, Duration.ofSeconds(2))) {
            alice.send("same".getBytes(StandardCharsets.US_ASCII));
            bob.send("same".getBytes(StandardCharsets.US_ASCII));
            io.netspec.socket.ServerConnection forAlice = sink.awaitExactly(alice, Duration.ofSeconds(2));
            io.netspec.socket.ServerConnection forBob = sink.awaitExactly(bob, Duration.ofSeconds(2));
            assertThat(forBob).isNotSameAs(forAlice);
            assertThat(sink.awaitExactly(alice, Duration.ofSeconds(2))).isSameAs(forAlice);
            // carol sent nothing: through a link her connection cannot be told apart from any idle one.
            assertThatThrownBy(() -> sink.awaitExactly(carol, Duration.ofMillis(100)))
                    .hasMessageContaining("\"carol\" reached \"sink\"")
                    .hasMessageContaining("has sent nothing");
        }
    }

    @Test
    void aSinkBehindALinkSaysWhatEachConnectionReadWhenNoneHasTheClientsBytes() throws Exception {
        try (io.netspec.socket.TcpServer sink = io.netspec.socket.TcpServer.sink().named("sink").start();
             Link link = Link.open(server, "wan", sink);
             io.netspec.socket.TcpClient carol = io.netspec.socket.TcpClient.connect("carol", link, Duration.ofSeconds(2))) {
            carol.send("abc".getBytes(StandardCharsets.US_ASCII));
            sink.awaitExactly(carol, Duration.ofSeconds(2));
            link.timeout(Duration.ofSeconds(10)); // from now on nothing passes towards the sink
            carol.send("more".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> sink.awaitExactly(carol, Duration.ofMillis(300)))
                    .hasMessageContaining("to have received exactly the 7 bytes \"carol\" sent")
                    .hasMessageContaining("but through the link \"wan\"")
                    .hasMessageContaining("none of its connections did: connection #1 from")
                    .hasMessageContaining("read 3 bytes");
        }
    }

    @Test
    void closingTheLinkDeletesItsProxy() throws Exception {
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            Link link = Link.open(server, "gone", echo);
            link.resetPeer(Duration.ofMillis(100));
            assertThat(server.proxyNames()).contains(link.proxyName());
            link.close();
            assertThat(server.proxyNames()).doesNotContain(link.proxyName());
        }
    }

    @Test
    void downLinkRefusesAndResetPeerResets() throws Exception {
        try (TcpServer echo = TcpServer.echo().named("echo").start(); Link link = Link.open(server, "cut", echo)) {
            link.down();
            assertThatThrownBy(() -> roundTripMillis(link)).isInstanceOf(java.io.IOException.class);
            link.up();
            link.resetPeer(Duration.ZERO);
            assertThatThrownBy(() -> roundTripMillis(link)).isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
        }
    }

    @Test
    void toxicityNeedsAToxicFirst() throws Exception {
        try (TcpServer echo = TcpServer.echo().named("echo").start(); Link link = Link.open(server, "wan", echo)) {
            assertThatThrownBy(() -> link.toxicity(0.3)).hasMessageContaining("has no toxic yet");
        }
    }

    @Test
    void apiErrorsNameTheLinkAndTheOperation() throws Exception {
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            Link link = Link.open(server, "wan", echo);
            link.close();
            assertThatThrownBy(() -> link.latency(Duration.ofMillis(10), Duration.ZERO, Direction.UPSTREAM))
                    .isInstanceOf(ToxiproxyException.class)
                    .hasMessageStartingWith("adding 10 ms of latency upstream on the link \"wan\": Toxiproxy at "
                            + server.url() + " answered with an error");
        }
    }

    @Test
    void unixTargetsAreRefusedByName() {
        assertThatThrownBy(() -> Link.open(server, "wan", io.netspec.socket.Targets.parse("/tmp/x.sock")))
                .hasMessageContaining("the link \"wan\" cannot front");
    }

    static long roundTripMillis(Link link) throws Exception {
        try (Socket s = new Socket()) {
            s.connect(link.address(), 1000);
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            long start = System.nanoTime();
            out.write("ping\n".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[5];
            int got = 0;
            while (got < 5) {
                int n = in.read(buf, got, 5 - got);
                if (n < 0) {
                    throw new java.io.EOFException("closed after " + got + " bytes");
                }
                got += n;
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
