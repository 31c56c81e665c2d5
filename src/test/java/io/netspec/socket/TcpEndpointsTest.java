package io.netspec.socket;

import io.netspec.testkit.Lateness;
import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class TcpEndpointsTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void echoServerSendsBackWhatItReads() {
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpClient alice = TcpClient.connect("alice", echo, WAIT)) {
            assertThat(echo.address().getAddress()).isEqualTo(Hosts.loopback());
            assertThat(echo.port()).isPositive();
            alice.send(ascii("hello"));
            assertThat(alice.receiveExactly(ascii("hello"), WAIT)).isEqualTo(ascii("hello"));
            assertThat(alice.boundExplicitly()).isFalse();
            assertThat(alice.calls()).containsExactly("socket", "connect", "write", "read");
        }
    }

    @Test
    void aReplyThatNeverComesFailsWithinItsBoundShowingWhatArrived() throws Exception {
        try (TcpServer pong = TcpServer.replying(ascii("hel"), ascii("x")).named("pong").start();
             TcpClient alice = TcpClient.connect("alice", pong, WAIT)) {
            alice.send(ascii("x"));
            catchThrowable(() -> alice.receiveExactly(ascii("hello"), Duration.ofMillis(1)));  // loads the failure's classes
            // Only the receive is timed, not what checks its failure: with the checks inside, a 200 ms receive
            // took 403 ms on a machine busy with two builds while the watcher saw its threads 2 ms late.
            Lateness.Timed<Throwable> timed = Lateness.during(() -> catchThrowable(
                    () -> alice.receiveExactly(ascii("hello"), Duration.ofMillis(300))));
            assertThat(timed.value()).isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected \"alice\" to receive \"hello\" (68 65 6c 6c 6f) within 300 ms, but it had 3 bytes:"
                            + " \"hel\" (68 65 6c)");
            assertThat(timed.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(290));
            timed.tookAtMost(Duration.ofMillis(300), "a receive bounded by 300 ms");
        }
    }

    @Test
    void wrongBytesAreShownAsTextAndHex() {
        try (TcpServer pong = TcpServer.replying(ascii("pong\n"), ascii("ping\n")).start();
             TcpClient alice = TcpClient.connect("alice", pong, WAIT)) {
            alice.send(ascii("ping\n"));
            assertThatThrownBy(() -> alice.receiveExactly(ascii("PONG\n"), WAIT))
                    .hasMessage("expected \"alice\" to receive \"PONG\\n\" (50 4f 4e 47 0a), but it received \"pong\\n\" (70 6f 6e 67 0a);"
                            + " they first differ at byte offset 0 (counting from 0; 5 bytes expected, 5 got): expected 0x50, got 0x70");
        }
    }

    @Test
    void replyServerAnswersRequestsSplitAcrossSendsAndSkipsUnknownBytes() {
        try (TcpServer pong = TcpServer.replying(ascii("pong\n"), ascii("ping\n")).start();
             TcpClient alice = TcpClient.connect("alice", pong, WAIT)) {
            alice.send(ascii("pi"));
            alice.send(ascii("ng\nzzping\n"));
            alice.receiveExactly(ascii("pong\npong\n"), WAIT);
        }
    }

    @Test
    void sinkHashesWhatItReadsAndNotesThePeerClosing() throws Exception {
        try (TcpServer sink = TcpServer.sink().start()) {
            ServerConnection c;
            try (TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
                alice.sendRandom(3 * 1024 * 1024 + 7, new SplittableRandom(1));
                c = sink.connectionFrom(alice.localAddress(), WAIT);
                assertThat(c.awaitBytesRead(alice.bytesSent(), WAIT)).isEqualTo(3 * 1024 * 1024 + 7);
                assertThat(c.digest()).isEqualTo(alice.sentDigest());
                assertThat(c.readSizes().size()).isGreaterThan(1);
            }
            // alice is closed now: the server notes its peer closing.
            assertThat(c.awaitPeerClosed(WAIT)).isTrue();
        }
    }

    @Test
    void theSameSeedSendsTheSameBytes() throws Exception {
        String first;
        String second;
        try (TcpServer sink = TcpServer.sink().start(); TcpClient a = TcpClient.connect(sink, WAIT)) {
            a.sendRandom(100_000, new SplittableRandom(42));
            first = a.sentDigest().hex();
        }
        try (TcpServer sink = TcpServer.sink().start(); TcpClient a = TcpClient.connect(sink, WAIT)) {
            a.sendRandom(100_000, new SplittableRandom(42));
            second = a.sentDigest().hex();
        }
        assertThat(first).isEqualTo(second);
    }

    @Test
    void randomDataIsTheGeneratorsLongsInOrderAndDoesNotRepeat() {
        byte[] bytes = new byte[1 << 20];
        RandomBytes.fill(bytes, 19, new SplittableRandom(5));
        SplittableRandom same = new SplittableRandom(5);
        java.nio.ByteBuffer expected = java.nio.ByteBuffer.allocate(24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        expected.putLong(same.nextLong()).putLong(same.nextLong()).putLong(same.nextLong());
        assertThat(Arrays.copyOf(bytes, 19)).isEqualTo(Arrays.copyOf(expected.array(), 19));
        assertThat(bytes[19]).isZero();

        RandomBytes.fill(bytes, bytes.length, new SplittableRandom(6));
        for (int block = 1; block < 16; block++) {
            assertThat(Arrays.equals(bytes, 0, 65_536, bytes, block * 65_536, (block + 1) * 65_536))
                    .as("64 KiB block %d differs from the first", block).isFalse();
        }
    }

    @Test
    void aCountingSinkAndACountingClientCountWithoutADigest() throws Exception {
        try (TcpServer sink = TcpServer.sink().checkedWith(StreamCheck.NONE).start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
            alice.checkedWith(StreamCheck.NONE);
            alice.sendRandom(1_000_000, new SplittableRandom(1));
            ServerConnection c = sink.connectionFrom(alice.localAddress(), WAIT);
            assertThat(c.awaitBytesRead(1_000_000, WAIT)).isEqualTo(1_000_000);
            assertThatThrownBy(c::digest).hasMessageContaining("counts only");
            assertThatThrownBy(alice::sentDigest).hasMessageContaining("\"alice\" counts only");
            assertThat(c.describeRead()).contains("no digest kept");
        }
        try (TcpServer sink = TcpServer.sink().start(); TcpClient bob = TcpClient.connect("bob", sink, WAIT)) {
            bob.send(ascii("x"));
            assertThatThrownBy(() -> bob.checkedWith(StreamCheck.CRC32C))
                    .hasMessageContaining("\"bob\" already checked 1 bytes with SHA-256; choose CRC32C before the first byte");
        }
    }

    @Test
    void aCrc32cSinkConfirmsWhatACrc32cClientSent() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").checkedWith(StreamCheck.CRC32C).start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT).checkedWith(StreamCheck.CRC32C)) {
            alice.sendRandom(5_000_003, new SplittableRandom(8));
            ServerConnection c = sink.awaitExactly(alice, WAIT);
            assertThat(c.digest().kind()).isEqualTo(StreamCheck.CRC32C);
            assertThat(c.digest()).isEqualTo(alice.sentDigest());
            assertThat(c.digest().hex()).hasSize(8);
        }
    }

    @Test
    void aSinkAndAClientWithDifferentChecksAreToldApart() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").checkedWith(StreamCheck.CRC32C).start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
            alice.send(ascii("hello"));
            assertThatThrownBy(() -> sink.awaitExactly(alice, WAIT))
                    .hasMessageContaining("checks what it reads with CRC32C but \"alice\" checked what it sent with SHA-256");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = StreamCheck.class, names = {"SHA_256", "CRC32C"})
    void bytesOfTheSameCountButOtherContentFailTheCheck(StreamCheck check) throws Exception {
        try (TcpServer pong = TcpServer.replying(ascii("pong\n"), ascii("ping\n")).checkedWith(check).start();
             TcpClient alice = TcpClient.connect("alice", pong, WAIT).checkedWith(check)) {
            alice.send(ascii("ping\n"));
            assertThatThrownBy(() -> alice.receiveWhatWasSent(WAIT))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("expected \"alice\" to receive exactly the 5 bytes it sent (" + check.label() + " ")
                    .hasMessageContaining("but the 5 bytes it received give " + check.label() + " ");
        }
    }

    @Test
    void aRoundTripStaysBoundedWhenNoAnswerComes() throws Exception {
        try (TcpServer silent = TcpServer.sink().start(); TcpClient alice = TcpClient.connect("alice", silent, WAIT)) {
            alice.send(ascii("ping"));
            catchThrowable(() -> alice.receive(1, Duration.ofMillis(1)));  // loads the failure's classes
            Lateness.Timed<Throwable> timed = Lateness.during(() -> catchThrowable(() -> alice.receive(1, Duration.ofMillis(200))));
            assertThat(timed.value()).hasMessageContaining("within 200 ms");
            assertThat(timed.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            timed.tookAtMost(Duration.ofMillis(200), "a round trip bounded by 200 ms");
        }
    }

    @Test
    void connectingWhereNothingListensIsRefusedWithTheOsError() {
        int port;
        try (TcpServer gone = TcpServer.echo().start()) {
            port = gone.port();
        }
        assertThatThrownBy(() -> TcpClient.connect("alice", Targets.parse("127.0.0.1:" + port), WAIT))
                .isInstanceOfSatisfying(ConnectFailure.class, e -> {
                    assertThat(e.refused()).isTrue();
                    assertThat(e.osError()).isEqualTo("Connection refused");
                })
                .hasMessageContaining("could not connect to \"127.0.0.1:" + port + "\" (the OS answered after ")
                .hasMessageContaining("Connection refused");
    }

    @Test
    void aSendCutShortByItsBoundCountsAndChecksExactlyTheBytesTheOsTook() throws Exception {
        // A listening socket that accepts but reads nothing until told: the client's send fills both
        // kernel buffers and runs out of time part-way through its direct send buffer.
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, Hosts.loopback())) {
            listener.setSoTimeout((int) WAIT.toMillis());
            Target target = Targets.parse("127.0.0.1:" + listener.getLocalPort());
            try (TcpClient alice = TcpClient.connect("alice", target, WAIT);
                 java.net.Socket peer = listener.accept()) {
                assertThatThrownBy(() -> alice.sendRandom(64L * 1024 * 1024, new SplittableRandom(5), Duration.ofMillis(300)))
                        .isInstanceOf(SocketExpectationError.class)
                        .hasMessageContaining("\"alice\" sent ").hasMessageContaining(" of the 67108864 bytes of random data it was to send within 300 ms")
                        .hasMessageContaining("had left (the peer is not reading)");
                long counted = alice.bytesSent();
                assertThat(counted).isPositive().isLessThan(64L * 1024 * 1024);
                peer.setSoTimeout((int) WAIT.toMillis());
                RunningCheck read = StreamCheck.SHA_256.start();
                java.util.concurrent.CompletableFuture<Long> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    long total = 0;
                    byte[] buffer = new byte[64 * 1024];
                    try {
                        java.io.InputStream in = peer.getInputStream();
                        for (int n; (n = in.read(buffer)) >= 0; total += n) {
                            read.update(buffer, 0, n);
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return total;
                });
                alice.send(ascii("tail"));
                alice.shutdownOutput();
                assertThat(reader.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(counted + 4);
                assertThat(read.digest()).isEqualTo(alice.sentDigest());
            }
        }
    }

    @Test
    void aPeerThatClosesMidTransferFailsTheSendNamingBytesSent() {
        try (TcpServer quitter = TcpServer.closingAfter(Size.parse("16 KiB")).start();
             TcpClient alice = TcpClient.connect("alice", quitter, WAIT)) {
            assertThatThrownBy(() -> alice.sendRandom(64L * 1024 * 1024, new SplittableRandom(3), WAIT))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("\"alice\" could not send")
                    .hasMessageMatching("(?s).*(Broken pipe|Connection reset).*");
        }
    }

    @Test
    void aServerThatNeverReadsMakesASendFailWithinItsBound() {
        try (TcpServer mute = TcpServer.neverAnswering().start();
             TcpClient alice = TcpClient.connect("alice", mute, WAIT)) {
            assertThatThrownBy(() -> alice.sendRandom(256L * 1024 * 1024, new SplittableRandom(3), Duration.ofMillis(500)))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("expected \"alice\" to send")
                    .hasMessageContaining("(the peer is not reading)");
        }
    }

    @Test
    void aServerThatClosesAtOnceIsSeenAsClosed() {
        try (TcpServer closer = TcpServer.closingAtOnce().start();
             TcpClient alice = TcpClient.connect("alice", closer, WAIT)) {
            assertThat(alice.awaitPeerClosed(WAIT)).isTrue();
            assertThatThrownBy(() -> alice.receive(1, Duration.ofMillis(100)))
                    .hasMessageContaining("the peer closed the connection");
        }
    }

    @Test
    void halfCloseLetsTheClientStillReceive() {
        try (TcpServer echo = TcpServer.echo().start(); TcpClient alice = TcpClient.connect("alice", echo, WAIT)) {
            alice.send(ascii("bye"));
            alice.shutdownOutput();
            alice.receiveExactly(ascii("bye"), WAIT);
            assertThat(alice.awaitPeerClosed(WAIT)).isTrue();
        }
    }

    @Test
    void serverWalksTheTextbookPath() throws Exception {
        try (TcpServer echo = TcpServer.echo().on(Hosts.loopbackV6()).start()) {
            try (TcpClient alice = TcpClient.connect("alice", echo, WAIT)) {
                alice.send(ascii("x"));
                alice.receive(1, WAIT);
            }
            echo.connections().get(0).awaitPeerClosed(WAIT);
            assertThat(SystemCalls.firstMissing(echo.calls(), SystemCalls.parse("socket, bind, listen, accept, read, write, close")))
                    .isNull();
            assertThat(SystemCalls.firstMissing(echo.calls(), SystemCalls.parse("write, accept"))).isEqualTo("accept");
            assertThat(echo.describe()).startsWith("\"echo\" ([::1]:");
        }
    }

    @Test
    void aServiceThatIsNotUpFailsClearly() {
        int port;
        try (TcpServer gone = TcpServer.echo().start()) {
            port = gone.port();
        }
        assertThatThrownBy(() -> TcpService.at("redis", "127.0.0.1:" + port, Duration.ofMillis(500)))
                .hasMessage("the TCP service \"redis\" at 127.0.0.1:" + port + " is not up: expected it to accept a"
                        + " connection within 500 ms, but Connection refused");
        assertThatThrownBy(() -> TcpService.at("redis", "127.0.0.1", WAIT)).hasMessageContaining("is malformed");
        try (TcpServer echo = TcpServer.echo().start()) {
            TcpService up = TcpService.at("svc", "127.0.0.1:" + echo.port(), WAIT);
            try (TcpClient c = TcpClient.connect("c", up, WAIT)) {
                c.send(ascii("hi"));
                c.receiveExactly(ascii("hi"), WAIT);
            }
        }
    }

    @Test
    void aUnixTargetIsNotATcpTarget() {
        assertThatThrownBy(() -> TcpClient.connect("c", Targets.parse("/tmp/x.sock"), WAIT))
                .hasMessageContaining("not a host:port address");
    }

    @Test
    void aCrowdGetsItsOwnBytesBack() {
        try (TcpServer echo = TcpServer.echo().start();
             TcpCrowd crowd = TcpCrowd.connect(echo, 200, 32, new SplittableRandom(5))) {
            TcpCrowd.Result result = crowd.awaitEchoes(Duration.ofSeconds(10));
            assertThat(result.allCorrect()).as(result.toString()).isTrue();
            assertThat(echo.connections()).hasSize(200);
        }
    }

    @Test
    void aServerConfirmsItReadExactlyWhatAClientSent() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
            alice.sendRandom(70_000, new SplittableRandom(3));
            ServerConnection c = sink.awaitExactly(alice, WAIT);
            assertThat(c.bytesRead()).isEqualTo(70_000);
            assertThat(c.digest()).isEqualTo(alice.sentDigest());
        }
    }

    @Test
    void aClientOfAnotherServerIsNotConfirmedEvenWithTheSameBytes() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").start();
             TcpServer other = TcpServer.sink().named("other").start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT);
             TcpClient bob = TcpClient.connect("bob", other, WAIT)) {
            alice.send(ascii("hello\n"));
            bob.send(ascii("hello\n"));
            sink.awaitExactly(alice, WAIT);
            assertThatThrownBy(() -> sink.awaitExactly(bob, Duration.ofMillis(300)))
                    .hasMessageContaining("expected \"sink\" (")
                    .hasMessageContaining("to have accepted a connection from " + Hosts.show(bob.localAddress()));
        }
    }

    @Test
    void aServerThatReadLessThanWasSentSaysWhatItRead() throws Exception {
        try (TcpServer cut = TcpServer.closingAfter(Size.parse("1 KiB")).named("cut").start();
             TcpClient alice = TcpClient.connect("alice", cut, WAIT)) {
            alice.send(ascii("x".repeat(1024)));
            cut.connectionFrom(alice.localAddress(), WAIT).awaitBytesRead(1024, WAIT);
            // The server closes after 1 KiB, so these four bytes are sent but never read.
            alice.send(ascii("tail"));
            assertThatThrownBy(() -> cut.awaitExactly(alice, Duration.ofMillis(300)))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("expected \"cut\" (")
                    .hasMessageContaining("to have received exactly the 1028 bytes \"alice\" sent (" + alice.sentDigest())
                    .hasMessageContaining("within 300 ms, but on connection #1 from")
                    .hasMessageContaining("it read 1024 bytes");
        }
    }

    @Test
    void aServerSeesEveryPeerCloseOrSaysWhichIsStillOpen() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").start()) {
            assertThatThrownBy(() -> sink.awaitAllPeersClosed(Duration.ofMillis(100)))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected " + sink.describe() + " to see a connection closed within 100 ms,"
                            + " but it never accepted one");
            try (TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
                sink.awaitConnections(1, WAIT);
                assertThatThrownBy(() -> sink.awaitAllPeersClosed(Duration.ofMillis(100)))
                        .isInstanceOf(SocketExpectationError.class)
                        .hasMessageStartingWith("expected " + sink.describe() + " to see connection #1 from "
                                + Hosts.show(alice.localAddress()) + " closed within 100 ms")
                        .hasMessageEndingWith("but the peer has not closed it");
            }
            sink.awaitAllPeersClosed(WAIT);
        }
    }

    @Test
    void aClientSeesItsPeerCloseOrSaysItIsStillOpen() {
        try (TcpServer sink = TcpServer.sink().named("sink").start();
             TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
            assertThatThrownBy(() -> alice.awaitAllPeersClosed(Duration.ofMillis(100)))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected \"alice\" to see " + sink.describe()
                            + " close the connection within 100 ms, but it is still open");
        }
        try (TcpServer closing = TcpServer.closingAtOnce().named("closing").start();
             TcpClient alice = TcpClient.connect("alice", closing, WAIT)) {
            alice.awaitAllPeersClosed(WAIT);
        }
    }

    @Test
    void readsAreCountedOnAServerWithExactlyOneConnection() throws Exception {
        try (TcpServer sink = TcpServer.sink().named("sink").start()) {
            Observed observed = sink;
            assertThatThrownBy(observed::latestReads).hasMessage("\"sink\" has 0 connections; reads are counted on a server with exactly one");
            try (TcpClient alice = TcpClient.connect("alice", sink, WAIT)) {
                alice.send(ascii("hello"));
                sink.connectionFrom(alice.localAddress(), WAIT).awaitBytesRead(5, WAIT);
                assertThat(observed.latestReads().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
                assertThat(observed.calls()).startsWith("socket", "bind", "listen", "accept", "read");
            }
        }
    }
}
