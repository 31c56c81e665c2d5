package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.host.Capability;
import io.netspec.host.Host;
import io.netspec.host.KernelCounters;
import io.netspec.host.Network;
import io.netspec.host.Topology;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.NetworkTreatment;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The note's claims under load: multicast fan-out (one sender to 50 member hosts at 5,000 datagrams/s
 * through netspec's switch, which forwards each to every member; per-receiver counts and the switch's own
 * losses), and a TCP connection through a router that translates addresses against the same through a
 * plain router, in the same run (added round trip p50 and throughput ratio). Prints figures; it is not a
 * timed test. Run with {@code bash ci/bench-hosts.sh multicast translation}.
 */
public final class NoteLiveBenchmark {
    private static final Duration JOIN = Duration.ofSeconds(10);
    private static final InetAddress GROUP = IpAddress.parse("239.77.0.1").toInetAddress();

    private NoteLiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            System.out.println("note benchmarks skipped: " + missing.get());
            return;
        }
        System.out.println("netspec note benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + HostsBenchmark.loadAverage() + ")");
        List<String> only = List.of(args);
        if (only.isEmpty() || only.contains("multicast")) {
            fanOut(50, 5_000, 5, false);
            fanOut(50, 5_000, 5, true);
        }
        if (only.isEmpty() || only.contains("translation")) {
            translation();
        }
    }

    /**
     * One sender, {@code members} member hosts, {@code rate} datagrams a second for {@code seconds}. Each
     * member's socket is joined by its own kernel; one reader thread drains them all (so the receivers'
     * threads do not crowd the switch's on a two-core machine).
     */
    private static void fanOut(int members, int rate, int seconds, boolean capture) throws Exception {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            Network net = topology.network("fan", "10.80.0.0/16");
            owned.add(net);
            if (capture) {
                NetworkTreatment treatment = new NetworkTreatment("fan", 1L, CaptureRing.withDefaults());
                net.treatment(treatment);
                owned.add(treatment);
            }
            Host sender = topology.host("sender", List.of(new Topology.Join(net, IpAddress.parse("10.80.0.1"))), false);
            owned.add(sender);
            List<Host> hosts = new ArrayList<>();
            AtomicLongArray got = new AtomicLongArray(members);
            long upStart = System.nanoTime();
            for (int i = 1; i <= members; i++) {
                Host h = topology.host("m" + i, List.of(new Topology.Join(net, IpAddress.parse("10.80.1." + i))), false);
                owned.add(h);
                hosts.add(h);
                DatagramChannel in = h.open(() -> {
                    DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET);
                    c.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
                    c.bind(new InetSocketAddress(GROUP, 5000));
                    c.join(GROUP, NetworkInterface.getByName("eth0"));
                    return c;
                });
                owned.add(in);
                in.configureBlocking(false);
                in.register(selector, SelectionKey.OP_READ, i - 1);
                if (!net.awaitMember(h.name(), GROUP, JOIN)) {
                    throw new IllegalStateException("the switch did not see m" + i + " join");
                }
            }
            double up = (System.nanoTime() - upStart) / 1e9;
            AtomicBoolean sending = new AtomicBoolean(true);
            Thread reader = new Thread(() -> drain(selector, got, sending), "netspec-bench-members");
            reader.start();
            DatagramChannel out = sender.open(() -> DatagramChannel.open(StandardProtocolFamily.INET));
            owned.add(out);
            out.bind(new InetSocketAddress(IpAddress.parse("10.80.0.1").toInetAddress(), 0));
            int count = rate * seconds;
            long start = System.nanoTime();
            ByteBuffer payload = ByteBuffer.allocateDirect(64);
            InetSocketAddress to = new InetSocketAddress(GROUP, 5000);
            for (int sent = 0; sent < count; ) {
                long due = Math.min(count, (System.nanoTime() - start) * rate / 1_000_000_000L);
                while (sent < due) {
                    out.send(payload.clear(), to);
                    sent++;
                }
                LockSupport.parkNanos(200_000);
            }
            double took = (System.nanoTime() - start) / 1e9;
            long settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < settle && IntStream.range(0, members).anyMatch(i -> got.get(i) < count)) {
                LockSupport.parkNanos(10_000_000);
            }
            sending.set(false);
            selector.wakeup();
            reader.join(JOIN.toMillis());
            report(capture, members, up, rate, seconds, count, took, net, hosts, got);
        } finally {
            for (int i = owned.size() - 1; i >= 0; i--) {
                owned.get(i).close();
            }
        }
    }

    /** Counts every datagram each member's socket receives until {@code running} turns false. */
    private static void drain(Selector selector, AtomicLongArray got, AtomicBoolean running) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
        try {
            while (running.get()) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    DatagramChannel c = (DatagramChannel) key.channel();
                    while (c.receive(buffer.clear()) != null) {
                        got.incrementAndGet((Integer) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading the members' sockets failed", e);
        }
    }

    private static void report(boolean capture, int members, double up, int rate, int seconds, int count, double took,
                               Network net, List<Host> hosts, AtomicLongArray counts) {
        long[] got = IntStream.range(0, members).mapToLong(counts::get).toArray();
        StringBuilder each = new StringBuilder();
        long bufferDrops = 0;
        for (int i = 0; i < members; i++) {
            bufferDrops += KernelCounters.counter(hosts.get(i), "Udp.RcvbufErrors");
            each.append(i % 10 == 0 ? "\n    " : ", ").append("m").append(i + 1).append(' ').append(got[i]);
        }
        System.out.printf(Locale.ROOT, "multicast fan-out (%s): 1 sender to %d member hosts (joined in %.1f s), asked %,d"
                        + " datagrams/s for %d s (%,d datagrams of 64 bytes): sent at %,.0f/s; lost in the switch itself %,d;"
                        + " %d of %d members received all %,d (min %,d, max %,d); dropped for a full receive buffer in the"
                        + " members' kernels %,d%n  per receiver:%s%n",
                capture ? "every frame captured, as in scenarios" : "no treatment", members, up, rate, seconds, count,
                count / took, net.switchDrops(), LongStream.of(got).filter(g -> g == count).count(), members, count,
                LongStream.of(got).min().orElse(0), LongStream.of(got).max().orElse(0), bufferDrops, each);
    }

    /** lan - router - internet, the router plain or translating; client on lan, server on internet. */
    private static HostsBenchmark.Pair routed(boolean translating, int number) {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        Network lan = topology.network("lan" + number, "192.168." + number + ".0/24");
        owned.add(lan);
        Network internet = topology.network("internet" + number, "198.51." + number + ".0/24");
        owned.add(internet);
        Host client = topology.host("pc" + number, List.of(new Topology.Join(lan, IpAddress.parse("192.168." + number + ".10"))), false);
        owned.add(client);
        Host server = topology.host("site" + number, List.of(new Topology.Join(internet,
                IpAddress.parse("198.51." + number + ".20"))), false);
        owned.add(server);
        List<Topology.Join> joins = List.of(new Topology.Join(lan, IpAddress.parse("192.168." + number + ".1")),
                new Topology.Join(internet, IpAddress.parse("198.51." + number + ".1")));
        owned.add(translating ? topology.translatingRouter("gw" + number, joins, null) : topology.host("gw" + number, joins, true));
        return new HostsBenchmark.Pair(client, server, server.address(4), owned);
    }

    /**
     * Round trips and throughput through each kind of router, measured in turns ({@link Interleaved}): one
     * round trip on each in turn, and the bulk transfers in alternating half-second slices.
     */
    private static void translation() throws Exception {
        try (HostsBenchmark.Pair plain = routed(false, 91); HostsBenchmark.Pair nat = routed(true, 92)) {
            List<Histogram> trips = Interleaved.roundTrips(plain, nat, 50_000);
            Histogram p = trips.get(0);
            Histogram n = trips.get(1);
            double[] gbits = Interleaved.throughput(plain, nat, 20, Duration.ofMillis(500));
            System.out.printf(Locale.ROOT, "through a router, measured in turns: 1-byte TCP echo round trip (50,000 each) plain"
                            + " p50 %.1f µs p99 %.1f µs, translating p50 %.1f µs p99 %.1f µs: added p50 %.1f µs, p99 %.1f µs;"
                            + " TCP throughput (20 alternating slices of 500 ms) plain %.2f Gbit/s, translating %.2f Gbit/s:"
                            + " ratio %.2f (load average now %s)%n",
                    HostsBenchmark.us(p, 50), HostsBenchmark.us(p, 99), HostsBenchmark.us(n, 50), HostsBenchmark.us(n, 99),
                    HostsBenchmark.us(n, 50) - HostsBenchmark.us(p, 50), HostsBenchmark.us(n, 99) - HostsBenchmark.us(p, 99),
                    gbits[0], gbits[1], gbits[1] / gbits[0], HostsBenchmark.loadAverage());
        }
    }
}
