package io.netspec.bench;

import com.google.common.util.concurrent.RateLimiter;
import io.netspec.fault.Direction;
import io.netspec.fault.Link;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.impair.Impairment;
import io.netspec.fault.UdpRelay;
import io.netspec.measure.RoundTrips;
import io.netspec.socket.Target;
import io.netspec.socket.TcpServer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Figures for docs/performance.md, section "Faults". Run with:
 * mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.netspec.bench.FaultBenchmark
 */
public final class FaultBenchmark {
    private FaultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ToxiproxyServer server = SharedToxiproxy.server();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + server.describe());
        latencyFidelity(server);
        throughput(server);
        udpRelayRate();
        featureWallTime();
        System.exit(0);
    }

    static void latencyFidelity(ToxiproxyServer server) throws Exception {
        System.out.println("\n## latency fidelity (200 round trips of 5 bytes, echo behind a link)");
        System.out.println("| injected | median | median - injected | p99 | p99 - injected |");
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            for (int l : new int[]{0, 10, 50}) {
                try (Link link = Link.open(server, "bench", echo)) {
                    if (l > 0) {
                        link.latency(Duration.ofMillis(l), Duration.ZERO, Direction.DOWNSTREAM);
                    }
                    RoundTrips trips = roundTrips(link, 200);
                    double median = trips.median().toNanos() / 1e6;
                    double p99 = trips.percentile(99).toNanos() / 1e6;
                    System.out.printf(Locale.ROOT, "| %d ms | %.2f ms | %+.2f ms | %.2f ms | %+.2f ms |%n", l, median,
                            median - l, p99, p99 - l);
                }
            }
            RoundTrips direct = roundTrips(echo, 200);
            System.out.printf(Locale.ROOT, "| direct (no link) | %.2f ms | | %.2f ms | |%n",
                    direct.median().toNanos() / 1e6, direct.percentile(99).toNanos() / 1e6);
        }
    }

    static RoundTrips roundTrips(Target target, int n) throws Exception {
        try (Socket s = new Socket()) {
            s.connect(target.address(), 2000);
            s.setSoTimeout(2000);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] ping = "ping\n".getBytes();
            byte[] back = new byte[5];
            return RoundTrips.measure("bench", n, () -> {
                try {
                    out.write(ping);
                    int got = 0;
                    while (got < 5) {
                        int r = in.read(back, got, 5 - got);
                        if (r < 0) {
                            throw new IllegalStateException("closed");
                        }
                        got += r;
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    static void throughput(ToxiproxyServer server) throws Exception {
        System.out.println("\n## throughput, 256 MiB into a sink");
        long bytes = 256L << 20;
        try (TcpServer sink = TcpServer.sink().named("sink").start()) {
            double direct = push(sink, sink, bytes);
            double proxied;
            try (Link link = Link.open(server, "bench", sink)) {
                proxied = push(link, sink, bytes);
            }
            System.out.printf(Locale.ROOT, "| direct | %.0f MB/s |%n| through Toxiproxy | %.0f MB/s (%.0f%% of direct) |%n",
                    direct, proxied, proxied / direct * 100);
        }
    }

    static double push(Target target, TcpServer sink, long bytes) throws Exception {
        long before = sink.totalBytesRead();
        byte[] chunk = new byte[64 * 1024];
        new SplittableRandom(1).nextBytes(chunk);
        long start = System.nanoTime();
        try (Socket s = new Socket()) {
            s.connect(target.address(), 2000);
            OutputStream out = s.getOutputStream();
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
            await("sink to read all").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(2))
                    .until(() -> sink.totalBytesRead() - before >= bytes);
        }
        return bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    static void udpRelayRate() throws Exception {
        System.out.println("\n## UDP relay: 20,000 datagrams of 100 bytes, no impairment; loss added by the relay");
        System.out.println("| asked rate (datagrams/s) | achieved rate | lost direct | lost through the relay |");
        for (int rate : new int[]{20_000, 50_000, 100_000, 200_000, 400_000, 1_000_000}) {
            long[] direct = udpLoss(rate, false);
            long[] relayed = udpLoss(rate, true);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d |%n", rate, relayed[1], direct[0], relayed[0]);
        }
    }

    static long[] udpLoss(int rate, boolean throughRelay) throws Exception {
        int n = 20_000;
        try (DatagramSocket sink = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             DatagramSocket sender = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            sink.setReceiveBufferSize(1 << 21);
            SocketAddress sinkAddress = sink.getLocalSocketAddress();
            Target sinkTarget = new Target() {
                @Override
                public SocketAddress address() {
                    return sinkAddress;
                }

                @Override
                public String describe() {
                    return "bench sink";
                }
            };
            AtomicLong received = new AtomicLong();
            sink.setSoTimeout(200);
            Thread reader = new Thread(() -> {
                DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
                while (!sink.isClosed()) {
                    try {
                        sink.receive(p);
                        received.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        if (received.get() >= n) {
                            return;
                        }
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            reader.setDaemon(true);
            reader.start();
            UdpRelay relay = throughRelay ? UdpRelay.open("bench", sinkTarget, 1, new SplittableRandom(1),
                    new SplittableRandom(2), Impairment.NONE) : null;
            try {
                SocketAddress to = relay == null ? sinkAddress : relay.address();
                RateLimiter pace = RateLimiter.create(rate);
                byte[] buf = new byte[100];
                long begin = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    pace.acquire();
                    sender.send(new DatagramPacket(buf, buf.length, to));
                }
                long achieved = (long) (n / ((System.nanoTime() - begin) / 1e9));
                reader.join(2000);
                return new long[]{n - received.get(), achieved};
            } finally {
                if (relay != null) {
                    relay.close();
                }
            }
        }
    }

    static void featureWallTime() {
        System.out.println("\n## features/faults: wall time against the longest scenario (scenarios in parallel)");
        Map<String, Long> started = new ConcurrentHashMap<>();
        Map<String, Long> took = new ConcurrentHashMap<>();
        AtomicLong failed = new AtomicLong();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory("features/faults"))
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "summary")
                .build();
        Launcher launcher = LauncherFactory.create();
        long start = System.nanoTime();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                if (id.isTest()) {
                    started.put(id.getUniqueId(), System.nanoTime());
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    took.put(id.getDisplayName(), System.nanoTime() - started.get(id.getUniqueId()));
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        failed.incrementAndGet();
                        System.out.println("FAILED: " + id.getDisplayName() + " " + result.getThrowable().orElse(null));
                    }
                }
            }
        });
        long wall = System.nanoTime() - start;
        Map.Entry<String, Long> longest = took.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        long sum = took.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "| scenarios | %d (%d failed) |%n| wall time | %.2f s |%n| sum of scenario times | %.2f s |%n"
                        + "| longest scenario | %.2f s (%s) |%n| wall / longest | %.2f |%n", took.size(), failed.get(),
                wall / 1e9, sum / 1e9, longest.getValue() / 1e9, longest.getKey(), (double) wall / longest.getValue());
    }
}
