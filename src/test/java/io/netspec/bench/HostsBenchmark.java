package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.host.Capability;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Topology;
import io.netspec.netns.Namespace;
import io.netspec.socket.SocketPlace;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hosts benchmarks, each beside a kernel veth pair between two namespaces in the same run: TCP
 * throughput from host to host across netspec's switch (MTU 1500), frames per second the switch forwards
 * with none lost in the switch itself ({@link SwitchFrames}), the round trip of a 1-byte TCP echo (p50,
 * p99), and the time to bring up networks of 2 and 50 hosts; with {@code many N…}, networks of N hosts
 * ({@link ManyHosts}: time, first reaches last, threads and memory, tear-down); with {@code present N…},
 * throughput and round trips between two of N hosts on one switch. Prints figures; it is not a timed test.
 * Run with {@code bash ci/bench-hosts.sh [throughput] [rtt] [frames] [bringup] [many|present N…]}.
 */
public final class HostsBenchmark {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Duration RUN = Duration.ofSeconds(5);

    private HostsBenchmark() {
    }

    /** Two places joined one way or the other, with the server's address. */
    record Pair(SocketPlace client, SocketPlace server, InetAddress serverAddress, List<AutoCloseable> owned) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            for (int i = owned.size() - 1; i >= 0; i--) {
                owned.get(i).close();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            System.out.println("hosts benchmarks skipped: " + missing.get());
            return;
        }
        System.out.println("netspec hosts benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + loadAverage() + ")");
        List<String> only = List.of(args);
        if (only.isEmpty() || only.contains("throughput")) {
            try (Pair veth = veth()) {
                double kernel = throughput(veth);
                try (Pair sw = switched()) {
                    double netspec = throughput(sw);
                    System.out.printf(Locale.ROOT, "TCP throughput, %d s, MTU 1500: netspec switch %.2f Gbit/s, veth pair %.2f Gbit/s"
                            + " (ratio %.2f)%n", RUN.toSeconds(), netspec, kernel, netspec / kernel);
                }
            }
        }
        if (only.isEmpty() || only.contains("rtt")) {
            try (Pair veth = veth(); Pair sw = switched()) {
                Histogram k = roundTrips(veth, 20_000);
                Histogram n = roundTrips(sw, 20_000);
                System.out.printf(Locale.ROOT, "1-byte TCP echo round trip (20,000): netspec switch p50 %.1f µs p99 %.1f µs;"
                                + " veth p50 %.1f µs p99 %.1f µs; added p50 %.1f µs p99 %.1f µs%n",
                        us(n, 50), us(n, 99), us(k, 50), us(k, 99), us(n, 50) - us(k, 50), us(n, 99) - us(k, 99));
            }
        }
        if (only.isEmpty() || only.contains("frames")) {
            SwitchFrames.run();
        }
        if (only.isEmpty() || only.contains("bringup")) {
            ManyHosts.bringUp(2).close();
            ManyHosts.bringUp(50).close();
        }
        List<Integer> counts = only.stream().filter(a -> a.matches("\\d+")).map(Integer::parseInt).toList();
        if (only.contains("many")) {
            for (int count : counts) {
                ManyHosts.bringUp(count).close();
            }
        }
        if (only.contains("present")) {
            for (int count : counts) {
                present(count);
            }
        }
        System.exit(0);
    }

    /** Throughput and round trips between the first two of {@code count} hosts on one switch, beside a veth pair. */
    private static void present(int count) throws Exception {
        try (ManyHosts many = ManyHosts.bringUp(count); Pair veth = veth()) {
            Pair sw = new Pair(many.hosts.get(0), many.hosts.get(1), many.hosts.get(1).address(4), List.of());
            double kernel = throughput(veth);
            double netspec = throughput(sw);
            System.out.printf(Locale.ROOT, "  with %,d hosts on the switch: TCP throughput, %d s, MTU 1500: netspec switch %.2f Gbit/s,"
                    + " veth pair %.2f Gbit/s (ratio %.2f)%n", count, RUN.toSeconds(), netspec, kernel, netspec / kernel);
            Histogram k = roundTrips(veth, 20_000);
            Histogram n = roundTrips(sw, 20_000);
            System.out.printf(Locale.ROOT, "  with %,d hosts on the switch: 1-byte TCP echo round trip (20,000): netspec switch"
                            + " p50 %.1f µs p99 %.1f µs; veth p50 %.1f µs p99 %.1f µs; added p50 %.1f µs p99 %.1f µs%n",
                    count, us(n, 50), us(n, 99), us(k, 50), us(k, 99), us(n, 50) - us(k, 50), us(n, 99) - us(k, 99));
        }
    }

    // ---- the two ways of joining two namespaces --------------------------------------------------

    static Pair switched() {
        Topology topology = new Topology();
        List<AutoCloseable> owned = new ArrayList<>();
        Network net = topology.network("bench", "10.77.0.0/24");
        owned.add(net);
        Host a = topology.host("a", List.of(new Topology.Join(net, IpAddress.parse("10.77.0.1"))), false);
        owned.add(a);
        Host b = topology.host("b", List.of(new Topology.Join(net, IpAddress.parse("10.77.0.2"))), false);
        owned.add(b);
        return new Pair(a, b, b.address(4), owned);
    }

    private static Pair veth() throws Exception {
        Namespace a = Namespace.create("veth-a", BOUND);
        Namespace b = Namespace.create("veth-b", BOUND);
        ip(a, "link add va type veth peer name vb", "link set vb netns " + b.path(),
                "addr add 10.78.0.1/24 dev va", "link set va up", "link set lo up");
        ip(b, "addr add 10.78.0.2/24 dev vb", "link set vb up", "link set lo up");
        return new Pair(place(a), place(b), InetAddress.getByName("10.78.0.2"), List.of(a, b));
    }

    private static SocketPlace place(Namespace ns) {
        return new SocketPlace() {
            @Override
            public <T> T open(Opening<T> opening) throws IOException {
                return ns.call(opening::open, BOUND);
            }
        };
    }

    private static void ip(Namespace ns, String... commands) throws Exception {
        Process p = new ProcessBuilder("nsenter", "--net=" + ns.path(), "ip", "-batch", "-").redirectErrorStream(true).start();
        p.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("ip failed: " + out);
        }
    }

    // ---- measurements -----------------------------------------------------------------------------

    /** Gbit/s one client sends to one sink for {@link #RUN}, after a second of warm-up. */
    static double throughput(Pair pair) throws Exception {
        ServerSocketChannel server = pair.server().open(ServerSocketChannel::open);
        server.bind(new InetSocketAddress(pair.serverAddress(), 0));
        AtomicLong received = new AtomicLong();
        Thread sink = new Thread(() -> {
            try (SocketChannel in = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
                int n;
                while ((n = in.read(buffer.clear())) >= 0) {
                    received.addAndGet(n);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the sink failed", e);
            }
        }, "netspec-bench-sink");
        sink.start();
        try (SocketChannel out = pair.client().open(SocketChannel::open)) {
            out.connect(new InetSocketAddress(pair.serverAddress(), server.socket().getLocalPort()));
            ByteBuffer chunk = ByteBuffer.allocateDirect(256 * 1024);
            long warm = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < warm) {
                out.write(chunk.clear());
            }
            long startBytes = received.get();
            long start = System.nanoTime();
            long end = start + RUN.toNanos();
            while (System.nanoTime() < end) {
                out.write(chunk.clear());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return (received.get() - startBytes) * 8 / seconds / 1e9;
        } finally {
            sink.join(BOUND.toMillis());
            server.close();
        }
    }

    static Histogram roundTrips(Pair pair, int count) throws Exception {
        ServerSocketChannel server = pair.server().open(ServerSocketChannel::open);
        server.bind(new InetSocketAddress(pair.serverAddress(), 0));
        Thread echo = new Thread(() -> {
            try (SocketChannel in = server.accept()) {
                in.setOption(StandardSocketOptions.TCP_NODELAY, true);
                ByteBuffer one = ByteBuffer.allocateDirect(1);
                while (in.read(one.clear()) > 0) {
                    in.write(one.flip());
                }
            } catch (IOException e) {
                throw new IllegalStateException("the echo failed", e);
            }
        }, "netspec-bench-echo");
        echo.start();
        Histogram histogram = new Histogram(3);
        try (SocketChannel out = pair.client().open(SocketChannel::open)) {
            out.connect(new InetSocketAddress(pair.serverAddress(), server.socket().getLocalPort()));
            out.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ByteBuffer one = ByteBuffer.allocateDirect(1);
            for (int i = 0; i < count + 2_000; i++) {
                long start = System.nanoTime();
                out.write(one.clear().put((byte) i).flip());
                one.clear();
                while (one.position() == 0) {
                    if (out.read(one) < 0) {
                        throw new IllegalStateException("the echo closed");
                    }
                }
                if (i >= 2_000) {
                    histogram.recordValue(System.nanoTime() - start);
                }
            }
        } finally {
            echo.join(BOUND.toMillis());
            server.close();
        }
        return histogram;
    }

    static double us(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
