package io.netspec.leak;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A before/after comparison sees a socket, a pipe and a thread left open, says what they are, and lets held ones pass. */
class LeftoversTest {
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @Test
    void socketsLeftOpenAreNamedWithTheirTableLines() throws IOException {
        ResourceSnapshot before = ResourceSnapshot.take();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                Leftovers leftovers = Leftovers.between(before, ResourceSnapshot.take(), List.of());
                assertThat(leftovers.isClean()).isFalse();
                assertThat(leftovers.leftBehind(ResourceKind.SOCKET)).hasSize(3);
                int port = server.getLocalPort();
                assertThat(leftovers.describe("the test"))
                        .contains("3 new sockets since before the test (" + before.of(ResourceKind.SOCKET).size()
                                + " before, " + (before.of(ResourceKind.SOCKET).size() + 3) + " after)")
                        .containsPattern("socket:\\[\\d+] tcp6? .*127\\.0\\.0\\.1:" + port + " .* LISTEN")
                        .containsPattern("socket:\\[\\d+] tcp6? .*127\\.0\\.0\\.1:" + client.getLocalPort()
                                + " +127\\.0\\.0\\.1:" + port + " ESTABLISHED");
                assertThat(leftovers.leftBehind()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ResourceKind.SOCKET));
            }
        }
        assertThat(Leftovers.settle(before, now -> List.of(), SETTLE, true).describe("the test")).isEqualTo("nothing");
    }

    @Test
    void aPipeLeftOpenShowsBothEnds() throws IOException {
        ResourceSnapshot before = ResourceSnapshot.take();
        Pipe pipe = Pipe.open();
        try {
            Leftovers leftovers = Leftovers.between(before, ResourceSnapshot.take(), List.of());
            assertThat(leftovers.leftBehind(ResourceKind.PIPE)).hasSize(2)
                    .allSatisfy(i -> assertThat(i.description()).matches("pipe:\\[\\d+] \\(both ends in this JVM\\)"));
            assertThat(leftovers.describe("the test")).startsWith("2 new pipes since before the test");
        } finally {
            pipe.sink().close();
            pipe.source().close();
        }
        assertThat(Leftovers.settle(before, now -> List.of(), SETTLE, true).isClean()).isTrue();
    }

    @Test
    void aThreadLeftRunningIsNamed() throws InterruptedException {
        ResourceSnapshot before = ResourceSnapshot.take();
        CountDownLatch release = new CountDownLatch(1);
        Thread probe = new Thread(() -> awaitQuietly(release), "leftovers-probe");
        probe.start();
        try {
            Leftovers leftovers = Leftovers.between(before, ResourceSnapshot.take(), List.of());
            // The JDK renames a process reaper thread when the process it waited for ends, which a process
            // from an earlier test may do at any moment; that rename is not this test's business.
            assertThat(leftovers.leftBehind(ResourceKind.THREAD)).extracting(Leftovers.Item::id)
                    .filteredOn(id -> !id.startsWith("process reaper"))
                    .containsExactly("leftovers-probe");
        } finally {
            release.countDown();
            probe.join(TimeUnit.SECONDS.toMillis(5));
        }
        assertThat(Leftovers.settle(before, now -> List.of(), SETTLE, true).isClean()).isTrue();
    }

    @Test
    void whatIsHeldOnPurposeIsCountedApart() throws IOException {
        ResourceSnapshot before = ResourceSnapshot.take();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ResourceSnapshot after = ResourceSnapshot.take();
            List<String> mine = Leftovers.between(before, after, List.of()).leftBehind(ResourceKind.SOCKET).stream()
                    .map(Leftovers.Item::id).toList();
            Leftovers leftovers = Leftovers.between(before, after,
                    List.of(Held.exactly("the probe's server", ResourceKind.SOCKET, mine)));
            assertThat(leftovers.isClean()).isTrue();
            assertThat(leftovers.describeHeld()).isEqualTo("the probe's server: 1 socket");
            // The same item held under another kind does not count.
            assertThat(Leftovers.between(before, after, List.of(Held.exactly("wrong kind", ResourceKind.PIPE, mine)))
                    .isClean()).isFalse();
        }
    }

    @Test
    void aHeldCountIsABudgetNotAWildcard() {
        ResourceSnapshot before = snapshot(List.of("main"), List.of());
        ResourceSnapshot after = snapshot(List.of("main"), List.of("anon_inode:[eventpoll]", "anon_inode:[eventpoll]"));
        Leftovers leftovers = Leftovers.between(before, after,
                List.of(Held.matching("one client", ResourceKind.EPOLL, ".*").atMost(1)));
        assertThat(leftovers.held()).containsOnlyKeys("one client");
        assertThat(leftovers.leftBehind()).extracting(Leftovers.Item::id).containsExactly("anon_inode:[eventpoll]");
    }

    @Test
    void theComparisonCountsEachItemLikeAMultiset() {
        ResourceSnapshot before = snapshot(List.of("worker", "main"), List.of("anon_inode:[eventpoll]"));
        ResourceSnapshot after = snapshot(List.of("main", "worker", "worker"),
                List.of("anon_inode:[eventpoll]", "anon_inode:[eventpoll]", "anon_inode:[eventfd]"));
        Leftovers leftovers = Leftovers.between(before, after, List.of());
        assertThat(leftovers.leftBehind()).extracting(Leftovers.Item::kind, Leftovers.Item::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ResourceKind.THREAD, "worker"),
                org.assertj.core.groups.Tuple.tuple(ResourceKind.EPOLL, "anon_inode:[eventpoll]"),
                org.assertj.core.groups.Tuple.tuple(ResourceKind.EVENTFD, "anon_inode:[eventfd]"));
        assertThat(Leftovers.between(after, before, List.of()).isClean()).as("fewer is never a leak").isTrue();
        assertThat(before.countsTo(after)).isEqualTo("threads 2 → 3, epoll descriptors 1 → 2, eventfds 0 → 1");
    }

    @Test
    void descriptorsAreSortedByTheTargetOfTheirLink() {
        assertThat(ResourceKind.ofDescriptor("socket:[123]")).isEqualTo(ResourceKind.SOCKET);
        assertThat(ResourceKind.ofDescriptor("pipe:[45]")).isEqualTo(ResourceKind.PIPE);
        assertThat(ResourceKind.ofDescriptor("anon_inode:[eventpoll]")).isEqualTo(ResourceKind.EPOLL);
        assertThat(ResourceKind.ofDescriptor("anon_inode:[eventfd]")).isEqualTo(ResourceKind.EVENTFD);
        assertThat(ResourceKind.ofDescriptor("anon_inode:inotify")).isEqualTo(ResourceKind.ANON_INODE);
        assertThat(ResourceKind.ofDescriptor("/root/.m2/repository/a/b.jar")).isEqualTo(ResourceKind.JAR);
        assertThat(ResourceKind.ofDescriptor("/usr/lib/jvm/java-17-openjdk-amd64/lib/modules")).isEqualTo(ResourceKind.JAR);
        assertThat(ResourceKind.ofDescriptor("/work/reports/cucumber.ndjson")).isEqualTo(ResourceKind.FILE);
        assertThat(ResourceKind.ofDescriptor("/dev/urandom")).isEqualTo(ResourceKind.DEVICE);
        assertThat(ResourceKind.ofDescriptor("net:[4026531840]")).isEqualTo(ResourceKind.OTHER);
    }

    private static ResourceSnapshot snapshot(List<String> threads, List<String> descriptors) {
        java.util.Map<ResourceKind, List<String>> items = new java.util.EnumMap<>(ResourceKind.class);
        items.put(ResourceKind.THREAD, threads);
        descriptors.forEach(d -> items.computeIfAbsent(ResourceKind.ofDescriptor(d), k -> new java.util.ArrayList<>()).add(d));
        return new ResourceSnapshot(items, Map.of());
    }

    private static void awaitQuietly(CountDownLatch release) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
