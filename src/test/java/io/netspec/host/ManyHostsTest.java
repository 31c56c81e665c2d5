package io.netspec.host;

import io.netspec.address.IpAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many hosts at once: made in batches at the network's first free addresses, in order, without a thread
 * each; all or none when one cannot be made; reachable all at once, every failure listed.
 */
class ManyHostsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /**
     * How long 200 hosts may take to be answered: a bound, not a measure (a quiet machine answers all in
     * well under a second). Two hundred hosts asking for one address at once make 40,000 frames for the
     * hosts' kernels; beside four CPU hogs and other builds (load 20) 198 of them went unanswered for 5 s.
     */
    private static final Duration MANY = Duration.ofSeconds(30);

    @BeforeAll
    static void hostsCanRun() {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
    }

    @Test
    void twoHundredHostsTakeTheFreeAddressesInOrderWithoutAThreadEach() throws Exception {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            Network cluster = topology.network("cluster", "10.90.0.0/16");
            owned.add(cluster);
            owned.add(topology.host("seed", List.of(new Topology.Join(cluster, IpAddress.parse("10.90.0.2"))), false));
            long threadsBefore = threads();
            List<Host> nodes = topology.hosts(HostNames.parse("node1..node200"), cluster);
            owned.addAll(nodes);
            // A fixed base, not a thread per host: the switch's other lanes (at most 4 in all), the workers
            // that made the hosts (they end when idle) and the thread that starts processes.
            assertThat(threads() - threadsBefore).as("threads the JVM gained for 200 hosts").isLessThanOrEqualTo(10);
            assertThat(nodes).extracting(Host::name).containsExactlyElementsOf(HostNames.parse("node1..node200"));
            assertThat(nodes.get(0).attachments().get(0).address()).hasToString("10.90.0.1");
            assertThat(nodes.get(1).attachments().get(0).address()).hasToString("10.90.0.3");  // .2 is the seed's
            assertThat(nodes.get(199).attachments().get(0).address()).hasToString("10.90.0.201");
            assertThat(Host.describe(nodes)).isEqualTo("node1..node200 at 10.90.0.1 to 10.90.0.201");

            String seen = Reachability.expect(true, List.of(nodes.get(0)), nodes.stream().map(Reachability.Target::of).toList(),
                    MANY, n -> 1);
            assertThat(seen).startsWith("200 ICMP echoes from node1 to 200 addresses: every one answered, round trips");
            seen = Reachability.expect(true, nodes, List.of(Reachability.Target.of(InetAddress.getByName("10.90.0.2"))), MANY, n -> 1);
            assertThat(seen).startsWith("200 ICMP echoes from node1..node200 to 10.90.0.2: every one answered");
        } finally {
            close(owned);
        }
    }

    @Test
    void whenOneHostCannotBeMadeNoneIsAndTheAddressesStayFree() throws Exception {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            Network lab = topology.network("lab", "10.91.0.0/24");
            owned.add(lab);
            owned.add(topology.host("web", List.of(new Topology.Join(lab, IpAddress.parse("10.91.0.9"))), false));
            assertThatThrownBy(() -> topology.hosts(List.of("a", "b", "web"), lab)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("there is already a host \"web\"");
            assertThatThrownBy(() -> topology.hosts(HostNames.parse("h1..h300"), lab)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the network \"lab\" has room for 253 more hosts, not 300: it is " + lab.range().describe()
                            + " and 1 of its addresses are taken");
            assertThat(lab.hosts()).containsOnlyKeys("web");
            assertThat(lab.freeAddresses(1)).containsExactly(IpAddress.parse("10.91.0.1"));

            List<Host> made = topology.hosts(List.of("a", "b"), lab);
            owned.addAll(made);
            assertThatThrownBy(() -> Reachability.expect(false, made, List.of(Reachability.Target.of(made.get(0))), WAIT, n -> 1))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("expected none of 2 ICMP echoes from a, b to \"a\" (10.91.0.1) to be answered within")
                    .hasMessageContaining("but 2 were:\n  from \"a\" to \"a\" (10.91.0.1): answered in");
            assertThatThrownBy(() -> Reachability.expect(true, made, List.of(Reachability.Target.of(
                    InetAddress.getByName("10.92.0.1"))), WAIT, n -> 1)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but 2 were not:\n  from \"a\" to 10.92.0.1: not sent: Network is unreachable (errno 101)");
        } finally {
            close(owned);
        }
    }

    @Test
    void anEchoTheSendersKernelCouldNotDeliverIsSentAgainWhileTheWaitLasts() throws Exception {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            Network lab = topology.network("lab", "10.93.0.0/24");
            owned.add(lab);
            List<Host> made = topology.hosts(List.of("a"), lab);
            owned.addAll(made);
            // Nobody holds 10.93.0.99: the kernel of "a" gives up asking for its address after 3 requests, 1 s
            // apart, and says "destination unreachable"; the echo is sent again, and again, until the wait is over.
            Duration wait = Duration.ofMillis(4500);
            long start = System.nanoTime();
            assertThatThrownBy(() -> Reachability.expect(true, made, List.of(Reachability.Target.of(InetAddress.getByName("10.93.0.99"))),
                    wait, n -> 1)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("from \"a\" to 10.93.0.99: destination unreachable, said 10.93.0.1");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("asked until the wait was over").isGreaterThanOrEqualTo(wait);
        } finally {
            close(owned);
        }
    }

    private static long threads() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.substring(8).trim());
            }
        }
        throw new IllegalStateException("no Threads line in /proc/self/status");
    }

    private static void close(List<AutoCloseable> owned) throws Exception {
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
    }
}
