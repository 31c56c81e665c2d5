package io.netspec.socket;

import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of endpoint, used and failed, leaves no thread, descriptor, socket or socket file behind. */
class LeakTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    /** Thread names of the endpoints in this package. */
    private static final List<String> ENDPOINT_THREADS = List.of("netspec-tcp-", "netspec-udp-", "netspec-unix-",
            "netspec-process-");
    private static final List<ResourceKind> DESCRIPTORS = Arrays.stream(ResourceKind.values())
            .filter(k -> k != ResourceKind.THREAD && k != ResourceKind.PROCESS && k != ResourceKind.SOCKET_FOLDER).toList();

    @Test
    void endpointsLeaveNothingBehind() {
        exercise();
        ResourceSnapshot before = ResourceSnapshot.take();
        int rounds = 3;
        for (int i = 0; i < rounds; i++) {
            exercise();
        }
        ResourceSnapshot after = ResourceSnapshot.take();
        // Each round opens dozens of sockets, so a leaking endpoint adds at least one descriptor per
        // round; the JVM itself may open one now and then (a jar, a random source), which is no leak.
        assertThat(descriptors(after) - descriptors(before))
                .as("descriptors added over %d rounds: %s", rounds, before.changesTo(after))
                .isLessThan(rounds);
        assertThat(netspecThreads(added(before, after, ResourceKind.THREAD))).as("threads left behind").isEmpty();
        assertThat(added(before, after, ResourceKind.SOCKET)).as("sockets left behind: %s", before.changesTo(after)).isEmpty();
        assertThat(added(before, after, ResourceKind.SOCKET_FOLDER)).as("socket folders left behind").isEmpty();
        assertThat(after.of(ResourceKind.THREAD)).filteredOn(t -> ENDPOINT_THREADS.stream().anyMatch(t::startsWith))
                .as("endpoint threads alive after every endpoint closed").isEmpty();
    }

    @Test
    void theSnapshotSeesALeak() {
        ResourceSnapshot before = ResourceSnapshot.take();
        try (TcpServer leak = TcpServer.echo().named("leak").start()) {
            ResourceSnapshot after = ResourceSnapshot.take();
            assertThat(netspecThreads(added(before, after, ResourceKind.THREAD))).contains("netspec-tcp-leak");
            assertThat(added(before, after, ResourceKind.SOCKET)).map(after::describe)
                    .anySatisfy(s -> assertThat(s).contains("LISTEN").contains(":" + leak.port()));
        }
    }

    /** The items of {@code kind} in {@code after} that {@code before} did not have (each counted once per occurrence). */
    private static List<String> added(ResourceSnapshot before, ResourceSnapshot after, ResourceKind kind) {
        List<String> added = new ArrayList<>(after.of(kind));
        before.of(kind).forEach(added::remove);
        return added;
    }

    private static List<String> netspecThreads(List<String> threads) {
        return threads.stream().filter(t -> t.startsWith("netspec-")).toList();
    }

    private static int descriptors(ResourceSnapshot s) {
        return DESCRIPTORS.stream().mapToInt(k -> s.of(k).size()).sum();
    }

    private static void exercise() {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        try (TcpServer echo = TcpServer.echo().start();
             TcpServer sink = TcpServer.sink().on(Hosts.loopbackV6()).start();
             TcpServer mute = TcpServer.neverAnswering().start();
             TcpServer closer = TcpServer.closingAtOnce().start();
             TcpServer quitter = TcpServer.closingAfter(Size.parse("1 KiB")).start();
             TcpClient a = TcpClient.connect("a", echo, WAIT);
             TcpClient b = TcpClient.connect("b", sink, WAIT);
             TcpClient c = TcpClient.connect("c", mute, WAIT);
             TcpClient d = TcpClient.connect("d", closer, WAIT);
             TcpClient e = TcpClient.connect("e", quitter, WAIT);
             TcpCrowd crowd = TcpCrowd.connect(echo, 50, 16, new SplittableRandom(1))) {
            a.send(hello);
            a.receiveExactly(hello, WAIT);
            b.sendRandom(100_000, new SplittableRandom(2));
            c.send(hello);
            c.receiveNothing(Duration.ofMillis(20));
            d.awaitPeerClosed(WAIT);
            assertThatThrownBy(() -> e.sendRandom(16L * 1024 * 1024, new SplittableRandom(3), WAIT))
                    .isInstanceOf(SocketExpectationError.class);
            assertThat(crowd.awaitEchoes(WAIT).allCorrect()).isTrue();
            TcpService.at("svc", Hosts.show(echo.address()), WAIT);
        }
        assertThatThrownBy(() -> TcpClient.connect("refused", Targets.parse("127.0.0.1:1"), WAIT))
                .isInstanceOf(ConnectFailure.class);
        try (UdpServer uecho = UdpServer.echo().start(); UdpServer usink = UdpServer.sink().start();
             UdpClient bob = new UdpClient("bob")) {
            bob.send(hello, uecho);
            bob.receiveExactly(hello, WAIT);
            bob.sendNumbered(100, () -> 100, usink, 50_000);
            usink.awaitReceived(100, WAIT);
            assertThatThrownBy(() -> bob.send(new byte[70_000], usink)).isInstanceOf(SocketExpectationError.class);
        }
        try (UnixServer local = UnixServer.echo().named("local").start();
             UnixClient carol = UnixClient.connect("carol", local, WAIT)) {
            carol.send(hello);
            carol.receiveExactly(hello, WAIT);
        }
        try (ExternalService py = ExternalService.start("py", List.of("python3", "features/tcp/support/echo_server.py"),
                Path.of(System.getProperty("user.dir")), Duration.ofSeconds(10));
             TcpClient f = TcpClient.connect("f", py, WAIT)) {
            f.send(hello);
            f.receiveExactly(hello, WAIT);
        }
    }
}
