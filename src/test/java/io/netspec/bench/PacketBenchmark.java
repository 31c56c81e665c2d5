package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.fault.Direction;
import io.netspec.fault.Link;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.host.Host;
import io.netspec.host.KernelCounters;
import io.netspec.host.Network;
import io.netspec.host.Topology;
import io.netspec.measure.Wilson;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Crossing;
import io.netspec.packet.FrameTreatment;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.TcpServer;
import io.netspec.socket.UdpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * Figures for docs/performance.md, section "Impairment and capture on a network of hosts" (the faults
 * benchmark extended; needs Linux and root for the hosts). Run with:
 * mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.netspec.bench.PacketBenchmark [-Dexec.args=delay]
 * (or ci/bench-packets.sh [delay [N]]); the argument "delay" runs the delay fidelity part only, "delay N"
 * with N more hosts on the same network, each a port of the switch (the network is a /16 for room).
 */
public final class PacketBenchmark {
    private static final int ROUND_TRIPS = 200;

    private PacketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.0.0/16");
        Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
        Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
        boolean delayOnly = args.length > 0 && args[0].equals("delay");
        if (args.length > 0 && !delayOnly || args.length > 2 || args.length == 2 && !args[1].matches("\\d+")) {
            throw new IllegalArgumentException("unknown arguments " + List.of(args) + "; expected none (every part),"
                    + " \"delay\" (the delay fidelity part only) or \"delay N\" (with N more hosts on the network)");
        }
        ManyHosts present = args.length == 2 ? ManyHosts.bringUp(topology, office, Integer.parseInt(args[1])) : null;
        try {
            delayFidelity(office, web, db);
            if (!delayOnly) {
                lossFidelityOfTheModel();
                lossAcrossHosts(office, web, db);
                throughput(office, web, db);
            }
        } finally {
            if (present != null) {
                present.close();
            }
            web.close();
            db.close();
            office.close();
        }
        System.exit(0);
    }

    static void delayFidelity(Network office, Host web, Host db) throws Exception {
        System.out.println("\n## delay fidelity: median round trip minus the injected delay, " + ROUND_TRIPS
                + " round trips of 5 bytes (exact, from every sample)");
        System.out.println("| injected (each way) | network of hosts: median - 2 x delay | p99 - 2 x delay"
                + " | Toxiproxy link: median - delay | p99 - delay |");
        ToxiproxyServer toxiproxy = SharedToxiproxy.server();
        StringBuilder lateness = new StringBuilder("scheduler of the network (round trips and their ACKs):\n");
        StringBuilder breakdown = new StringBuilder("\nwhere a round trip's time beyond 2 x delay goes (medians, ms):"
                + " client write to switch read | request's departure to reply's switch read (the echo's host)"
                + " | reply's departure to client read\n");
        try (TcpServer hostEcho = TcpServer.echo().named("echo").on(db.address(4)).inside(db).start();
             TcpServer localEcho = TcpServer.echo().named("local-echo").start()) {
            for (int ms : new int[]{0, 10, 50}) {
                NetworkTreatment t = new NetworkTreatment("office", 1, CaptureRing.withDefaults());
                office.treatment(t);
                t.impair(i -> i.withDelay(Duration.ofMillis(ms), Duration.ZERO));
                long[][] network;
                try (Socket s = web.open(SocketChannel::open).socket()) {
                    // A java.net.Socket makes its descriptor only at connect, so the channel is made inside the host.
                    network = roundTrips(s, hostEcho.address());
                }
                lateness.append(String.format(Locale.ROOT, "%d ms: %s%n  while frames waited: %s%n", ms,
                        t.counts().describe(), t.wakeLatency().orElse("none waited")));
                breakdown.append(breakdown(ms, network, t.capture().orElseThrow().frames(), web));
                office.treatment(FrameTreatment.NONE);
                t.close();
                long[][] link;
                try (Link l = Link.open(toxiproxy, "bench", localEcho); Socket s = new Socket()) {
                    if (ms > 0) {
                        l.latency(Duration.ofMillis(ms), Duration.ZERO, Direction.DOWNSTREAM);
                    }
                    link = roundTrips(s, l.address());
                }
                long[] n = durations(network);
                long[] k = durations(link);
                System.out.printf(Locale.ROOT, "| %d ms | %+.3f ms | %+.3f ms | %+.3f ms | %+.3f ms |%n", ms,
                        percentile(n, 50) / 1e6 - 2 * ms, percentile(n, 99) / 1e6 - 2 * ms,
                        percentile(k, 50) / 1e6 - ms, percentile(k, 99) / 1e6 - ms);
            }
        }
        System.out.print(lateness);
        System.out.print(breakdown);
    }

    /**
     * Splits each round trip by the switch's own read times of the request and the reply (from the
     * capture) and the client's times around its write and read; a departure is taken as read time
     * plus the delay (the scheduler's lateness, printed beside, is in the two later parts).
     */
    static String breakdown(int ms, long[][] marks, List<Captured> frames, Host web) {
        long delay = Duration.ofMillis(ms).toNanos();
        List<Long> requests = new ArrayList<>();
        List<Long> replies = new ArrayList<>();
        for (Captured c : frames) {
            if (c.packet().isTcp() && c.packet().payloadLength() == 5) {
                (c.packet().source().equals(web.address(4)) ? requests : replies).add(c.nanos());
            }
        }
        int n = Math.min(marks.length, Math.min(requests.size(), replies.size()));
        long[] toSwitch = new long[n];
        long[] echoSide = new long[n];
        long[] back = new long[n];
        for (int i = 0; i < n; i++) {
            long r1 = requests.get(requests.size() - n + i);
            long r2 = replies.get(replies.size() - n + i);
            long[] m = marks[marks.length - n + i];
            toSwitch[i] = r1 - m[0];
            echoSide[i] = r2 - r1 - delay;
            back[i] = m[1] - r2 - delay;
        }
        return String.format(Locale.ROOT, "%d ms (%d round trips): %+.3f | %+.3f | %+.3f%n", ms, n,
                percentile(toSwitch, 50) / 1e6, percentile(echoSide, 50) / 1e6, percentile(back, 50) / 1e6);
    }

    /** The exact percentile of {@code nanos} (nearest rank), or NaN when there are none. */
    private static double percentile(long[] nanos, double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long[] durations(long[][] marks) {
        return Arrays.stream(marks).mapToLong(m -> m[1] - m[0]).toArray();
    }

    /**
     * {@link #ROUND_TRIPS} round trips of 5 bytes over {@code s}, connected to {@code to}: each one's
     * System.nanoTime() before the write and after the whole answer was read.
     */
    static long[][] roundTrips(Socket s, SocketAddress to) throws IOException {
        s.connect(to, 5000);
        s.setSoTimeout(5000);
        s.setTcpNoDelay(true);
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        byte[] ping = "ping\n".getBytes();
        byte[] back = new byte[5];
        long[][] marks = new long[ROUND_TRIPS][2];
        for (long[] m : marks) {
            m[0] = System.nanoTime();
            out.write(ping);
            for (int got = 0; got < 5; ) {
                int r = in.read(back, got, 5 - got);
                if (r < 0) {
                    throw new IOException("the echo at " + to + " closed the connection");
                }
                got += r;
            }
            m[1] = System.nanoTime();
        }
        return marks;
    }

    /** The model alone, 1,000,000 frames a rate: asked against measured, with the 99% Wilson interval. */
    static void lossFidelityOfTheModel() {
        System.out.println("\n## loss fidelity of the network treatment, 1,000,000 frames each, seed 7");
        System.out.println("| asked | measured | 99% Wilson interval | asked inside |");
        byte[] frame = udpFrame();
        for (double asked : new double[]{0.01, 0.05, 0.20}) {
            try (NetworkTreatment t = new NetworkTreatment("bench", 7, null)) {
                t.impair(i -> i.withLoss(asked));
                long[] passed = {0};
                int n = 1_000_000;
                for (int k = 0; k < n; k++) {
                    t.treat(new Crossing("a", "b", frame, 0), c -> passed[0]++);
                }
                long lost = n - passed[0];
                Wilson w = Wilson.interval(lost, n, 0.99);
                System.out.printf(Locale.ROOT, "| %.0f%% | %.3f%% | %s | %s |%n", asked * 100, lost * 100.0 / n,
                        w.describe(), w.contains(asked) ? "yes" : "no");
            }
        }
    }

    /** Real datagrams between two hosts across 5% loss: what the sink missed against what the network dropped. */
    static void lossAcrossHosts(Network office, Host web, Host db) throws Exception {
        int n = 100_000;
        System.out.println("\n## loss across hosts: " + n + " UDP datagrams of 100 bytes at 10,000/s, 5% loss");
        NetworkTreatment t = new NetworkTreatment("office", 11, null);
        office.treatment(t);
        t.impair(i -> i.withLoss(0.05));
        long rcvbufBefore = KernelCounters.counter(db, "Udp.RcvbufErrors");
        try (UdpServer sink = UdpServer.sink().named("usink").on(db.address(4)).inside(db).start();
             DatagramSocket socket = web.open(DatagramSocket::new)) {
            byte[] payload = new byte[100];
            long start = System.nanoTime();
            for (int k = 0; k < n; k++) {
                ByteBuffer.wrap(payload).putLong(k);
                socket.send(new DatagramPacket(payload, payload.length, sink.address()));
                LockSupport.parkNanos(start + k * 100_000L - System.nanoTime());
            }
            long dropped = t.counts().dropped();
            await("the sink").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sink.ledger().snapshot().received() >= t.counts().frames() - dropped - 50);
            long received = sink.ledger().snapshot().received();
            long rcvbuf = KernelCounters.counter(db, "Udp.RcvbufErrors") - rcvbufBefore;
            Wilson w = Wilson.interval(n - received, n, 0.99);
            System.out.printf(Locale.ROOT, "sent %d, network dropped %d of %d frames it saw, host dropped %d for a full"
                    + " receive buffer, sink received %d: measured loss %.3f%%, 99%% interval %s, 5%% inside: %s%n",
                    n, dropped, t.counts().frames(), rcvbuf, received, (n - received) * 100.0 / n, w.describe(),
                    w.contains(0.05) ? "yes" : "no");
        } finally {
            office.treatment(FrameTreatment.NONE);
            t.close();
        }
    }

    static void throughput(Network office, Host web, Host db) throws Exception {
        long bytes = 128L << 20;
        System.out.println("\n## TCP throughput across the network, " + (bytes >> 20) + " MiB into a sink");
        System.out.println("| treatment | MB/s | capture ring | heap after (MiB) |");
        try (TcpServer sink = TcpServer.sink().named("sink").on(db.address(4)).inside(db).start()) {
            push(web, sink, 16L << 20); // warm-up
            row("none (FrameTreatment.NONE)", office, null, web, sink, bytes);
            row("capture off, no impairment", office, new NetworkTreatment("office", 3, null), web, sink, bytes);
            row("capture on, no impairment", office, new NetworkTreatment("office", 3, CaptureRing.withDefaults()),
                    web, sink, bytes);
            NetworkTreatment lossy = new NetworkTreatment("office", 3, CaptureRing.withDefaults());
            lossy.impair(i -> i.withLoss(0.01));
            row("capture on, 1% loss", office, lossy, web, sink, bytes);
        }
    }

    private static void row(String what, Network office, NetworkTreatment t, Host web, TcpServer sink, long bytes)
            throws Exception {
        office.treatment(t == null ? FrameTreatment.NONE : t);
        double rate = push(web, sink, bytes);
        String ring = t == null ? "-" : t.capture().map(r -> r.frames().size() + " frames, " + (r.heldBytes() >> 20)
                + " MiB of frame bytes" + r.limitNote().map(x -> "; full").orElse("")).orElse("off");
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %d |%n", what, rate, ring, heap);
        office.treatment(FrameTreatment.NONE);
        if (t != null) {
            t.close();
        }
    }

    static double push(Host from, TcpServer sink, long bytes) throws Exception {
        long before = sink.totalBytesRead();
        byte[] chunk = new byte[64 * 1024];
        new SplittableRandom(1).nextBytes(chunk);
        long start = System.nanoTime();
        try (Socket s = from.open(SocketChannel::open).socket()) {
            s.connect(sink.address(), 5000);
            OutputStream out = s.getOutputStream();
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
            await("sink to read all").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(2))
                    .until(() -> sink.totalBytesRead() - before >= bytes);
        }
        return bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    /** An Ethernet frame carrying IPv4 and UDP from 192.168.1.10:5000 to 192.168.1.20:6000, 8 bytes of payload. */
    private static byte[] udpFrame() {
        ByteBuffer f = ByteBuffer.allocate(14 + 20 + 8 + 8);
        f.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) 36).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(new byte[] {(byte) 192, (byte) 168, 1, 10}).put(new byte[] {(byte) 192, (byte) 168, 1, 20});
        f.putShort((short) 5000).putShort((short) 6000).putShort((short) 16).putShort((short) 0);
        return f.array();
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
