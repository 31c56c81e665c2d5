package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.host.Capability;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Partitions;
import io.netspec.host.Topology;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.CutRule;
import io.netspec.packet.Fate;
import io.netspec.packet.Faults;
import io.netspec.packet.NetworkTreatment;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Faults between hosts, measured on the switch's own clock (System.nanoTime() when the switch read a
 * frame, as its capture and each cut rule keep it). Two hosts, a network with netspec's treatment and
 * capture as every scenario has it:
 * <ul>
 * <li>how soon a cut and a heal take effect after the call the step makes: from just before
 * {@code Partitions.cutOff} to the read time of the first frame the cut dropped, and from just before
 * {@code Partitions.heal} to that of the first frame passed, while each of two hosts sends the other a small
 * UDP datagram about every 0.1 to 0.4 ms (a frame either way shows the change); 200 of each, p50, p99 and
 * worst, twice: the network's first 200 (in the JVM's first network, while the JIT compiler threads compile
 * the switch's and the step's code beside them on the same processors) and the next 200 (that code
 * compiled, as in a suite's JVM after its first scenarios); beside each, the traffic's own gap
 * there (a frame can be dropped no sooner than one comes), and how many frames read after a call still
 * met the state before it (0: the change held for every frame the switch read after the call);</li>
 * <li>TCP throughput from host to host with a cut rule installed that matches none of the traffic beside
 * the same with no rule, in pairs of rounds in one run (which of the two goes first alternates), capture
 * on (as in scenarios) and off; the median of each and of the pairs' ratios.</li>
 * </ul>
 * Beside them, what applying a cut and a heal costs the step with no traffic ({@code apply}).
 * With {@code awake}, the latency part runs again with idle processors kept awake (root's PM QoS request).
 * Prints figures; not a timed test. Run with {@code bash ci/bench-cuts.sh [apply] [latency [awake]] [throughput]}.
 */
public final class CutBenchmark {
    private static final int ROUNDS = 200;
    /** The traffic's datagrams: its send time (System.nanoTime(), 8 octets), then zeros; a 60-octet frame. */
    private static final int PAYLOAD = 18;
    static final Duration BOUND = Duration.ofSeconds(10);

    private CutBenchmark() {
    }

    /** Two hosts on one network whose treatment asks {@code faults} about every frame. */
    record Pair(Topology topology, Network net, Host a, Host b, CaptureRing ring, Faults faults)
            implements AutoCloseable {
        static Pair of(boolean capture) {
            Topology t = new Topology();
            Network net = t.network("bench", "10.79.0.0/24");
            CaptureRing ring = capture ? new CaptureRing(5_000, 8L << 20) : null;
            Faults faults = new Faults("bench");
            net.treatment(new NetworkTreatment("bench", () -> 1L, ring, faults.cuts()));
            Host a = t.host("a", List.of(new Topology.Join(net, IpAddress.parse("10.79.0.1"))), false);
            Host b = t.host("b", List.of(new Topology.Join(net, IpAddress.parse("10.79.0.2"))), false);
            return new Pair(t, net, a, b, ring, faults);
        }

        @Override
        public void close() {
            faults.close();
            b.close();
            a.close();
            net.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            System.out.println("cut benchmarks skipped: " + missing.get());
            return;
        }
        System.out.println("netspec cut benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + loadAverage() + ")");
        List<String> only = List.of(args);
        if (only.isEmpty() || only.contains("apply")) {
            apply();
        }
        if (only.isEmpty() || only.contains("latency")) {
            latency();
            if (only.contains("awake")) {
                try (Awake awake = Awake.ask()) {
                    System.out.println("the same with idle processors kept awake: " + awake.state());
                    latency();
                }
            }
        }
        if (only.isEmpty() || only.contains("throughput")) {
            CutThroughput.perFrame();
            CutThroughput.measure(true);
            CutThroughput.measure(false);
        }
        System.out.println("load average at the end " + loadAverage());
    }

    /** What applying a cut and a heal costs the step, with no traffic: call to in force, 2,000 of each. */
    private static void apply() {
        try (Pair pair = Pair.of(false)) {
            Partitions partitions = new Partitions(pair.topology(), pair.faults());
            long[] cut = new long[2_000];
            long[] heal = new long[2_000];
            for (int i = 0; i < cut.length; i++) {
                long call = System.nanoTime();
                Faults.Fault fault = partitions.cutOff("a", "b", null);
                cut[i] = fault.entry().startNanos() - call;
                call = System.nanoTime();
                partitions.heal();
                heal[i] = fault.entry().endNanos() - call;
            }
            print("applying a cut with no traffic (call to in force)", cut);
            print("applying a heal with no traffic (call to in force)", heal);
        }
    }

    /**
     * The kernel's PM QoS request at 0 µs for as long as it is held (as a network holds it while frames
     * wait): an idle processor then wakes at once, so the sender's own wake-ups, not the switch, stop
     * being what sets the gaps between frames. Root's only; elsewhere it says why and asks nothing.
     */
    private record Awake(FileChannel device, String state) implements AutoCloseable {
        static Awake ask() {
            Path path = Path.of("/dev/cpu_dma_latency");
            try {
                FileChannel device = FileChannel.open(path, StandardOpenOption.WRITE);
                device.write(ByteBuffer.wrap(new byte[] {'0'}));
                return new Awake(device, path + " = 0 µs, held");
            } catch (IOException e) {
                return new Awake(null, "not asked: " + path + " could not be written (" + e.getMessage() + ")");
            }
        }

        @Override
        public void close() throws IOException {
            if (device != null) {
                device.close();
            }
        }
    }

    private static void latency() throws Exception {
        try (Pair pair = Pair.of(true)) {
            DatagramChannel inB = pair.b().open(DatagramChannel::open);
            inB.bind(new InetSocketAddress(pair.b().address(4), 0));
            DatagramChannel inA = pair.a().open(DatagramChannel::open);
            inA.bind(new InetSocketAddress(pair.a().address(4), 0));
            DatagramChannel outA = pair.a().open(DatagramChannel::open);
            outA.connect(inB.getLocalAddress());
            DatagramChannel outB = pair.b().open(DatagramChannel::open);
            outB.connect(inA.getLocalAddress());
            AtomicBoolean running = new AtomicBoolean(true);
            List<DatagramChannel> channels = List.of(outA, outB, inA, inB);
            List<Thread> threads = List.of(daemon("bench-udp-in-b", () -> drain(inB, running)),
                    daemon("bench-udp-in-a", () -> drain(inA, running)),
                    daemon("bench-udp-out-a", () -> send(outA, running)),
                    daemon("bench-udp-out-b", () -> send(outB, running)));
            Partitions partitions = new Partitions(pair.topology(), pair.faults());
            try {
                pause(Duration.ofMillis(500));
                rounds(pair, partitions, "first " + ROUNDS + " of this network (the JVM's first, unless awake: JIT"
                        + " compiling meanwhile)");
                rounds(pair, partitions, "next " + ROUNDS + " (the code compiled, as a suite's JVM after its first scenarios)");
            } finally {
                running.set(false);
                for (DatagramChannel channel : channels) {
                    channel.close();
                }
                for (Thread thread : threads) {
                    thread.join(BOUND.toMillis());
                }
            }
        }
    }

    /** {@link #ROUNDS} cuts and heals while the traffic runs; prints their figures under {@code label}. */
    private static void rounds(Pair pair, Partitions partitions, String label) {
        Set<InetAddress> from = Set.of(pair.a().address(4), pair.b().address(4));
        long[] cut = new long[ROUNDS];
        long[] heal = new long[ROUNDS];
        long[] cutGap = new long[ROUNDS];
        long[] cutApplied = new long[ROUNDS];
        long[] healApplied = new long[ROUNDS];
        long[] healGap = new long[ROUNDS];
        long[] cutOwn = new long[ROUNDS];
        long[] healOwn = new long[ROUNDS];
        boolean[] cutCollected = new boolean[ROUNDS];
        boolean[] healCollected = new boolean[ROUNDS];
        long late = 0;
        for (int i = 0; i < ROUNDS; i++) {
            pause(Duration.ofMillis(5 + i % 10));
            long collections = collections();
            long cutCall = System.nanoTime();
            Faults.Fault fault = partitions.cutOff("a", "b", null);
            cutApplied[i] = fault.entry().startNanos() - cutCall;
            CutRule rule = pair.faults().cuts().rules().get(0);
            awaitTrue(() -> rule.frames() > 0, "a frame dropped by the cut");
            cutCollected[i] = collections() != collections;
            long[] c = change(pair.ring(), from, cutCall, fault.entry().startNanos(), Fate.DROPPED);
            cut[i] = Math.max(0, c[0] - cutCall);
            cutOwn[i] = Math.max(0, cut[i] - Math.max(0, c[3] - fault.entry().startNanos()));
            cutGap[i] = c[1];
            late += c[2];
            pause(Duration.ofMillis(5 + i % 7));
            collections = collections();
            long healCall = System.nanoTime();
            partitions.heal();
            healApplied[i] = fault.entry().endNanos() - healCall;
            long readBefore = pair.ring().total();
            // The ring's count first: copying the whole ring at every look would hold its lock against the
            // switch and spend the processors the switch and the senders need.
            awaitTrue(() -> pair.ring().total() > readBefore + 4
                    && change(pair.ring(), from, healCall, healCall, Fate.PASSED)[0] > 0, "a frame passed after the heal");
            healCollected[i] = collections() != collections;
            long[] h = change(pair.ring(), from, healCall, fault.entry().endNanos(), Fate.PASSED);
            heal[i] = Math.max(0, h[0] - healCall);
            healOwn[i] = Math.max(0, heal[i] - Math.max(0, h[3] - fault.entry().endNanos()));
            healGap[i] = h[1];
            late += h[2];
        }
        System.out.println("cuts and heals, " + label + ":");
        print("  cut in force in the switch (call to the rule published, as the timeline starts it)", cutApplied);
        print("  cut takes effect (call to the first frame it dropped)", cut);
        print("    the traffic's own gap there (last frame before it to that frame)", cutGap);
        print("    less the time no frame was on its way (that frame sent after the rule was published)", cutOwn);
        collected("    ", cut, cutCollected);
        print("  heal in force in the switch (call to the rule withdrawn, as the timeline ends it)", healApplied);
        print("  heal takes effect (call to the first frame passed)", heal);
        print("    the traffic's own gap there", healGap);
        print("    less the time no frame was on its way (that frame sent after the rule was withdrawn)", healOwn);
        collected("    ", heal, healCollected);
        System.out.printf(Locale.ROOT, "  frames read once a change was in force that still met the state before it:"
                + " %d in %d changes%n", late, 2 * ROUNDS);
    }

    /** Garbage collections of this JVM so far (every pause stops the switch, the senders and the step alike). */
    private static long collections() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    /** How many of {@code nanos} had a garbage collection between the call and the frame that showed it, and the rest. */
    private static void collected(String indent, long[] nanos, boolean[] collected) {
        long[] others = java.util.stream.IntStream.range(0, nanos.length).filter(i -> !collected[i]).mapToLong(i -> nanos[i]).toArray();
        long[] during = java.util.stream.IntStream.range(0, nanos.length).filter(i -> collected[i]).mapToLong(i -> nanos[i]).toArray();
        System.out.printf(Locale.ROOT, "%swith a garbage collection between the call and that frame: %d (worst %.3f ms)%n", indent,
                during.length, Arrays.stream(during).max().orElse(0) / 1e6);
        if (others.length > 0) {
            print(indent + "the others", others);
        }
    }

    /**
     * Around a change made at {@code call} and in force from {@code inForce}: the read time of the first
     * frame from either host ({@code from}) read after the call that met {@code fate} (0 if none yet), the
     * gap between it and the frame from either read just before it, how many frames read after the
     * change was in force still met the other fate, and when that frame was sent (its payload's first
     * eight octets, as {@link #send} wrote them; 0 if it carries none).
     */
    private static long[] change(CaptureRing ring, Set<InetAddress> from, long call, long inForce, Fate fate) {
        long previous = 0;
        long late = 0;
        for (Captured c : ring.frames()) {
            if (!from.contains(c.packet().source())) {
                continue;
            }
            if (c.nanos() - call >= 0) {
                if (c.fate() == fate) {
                    return new long[] {c.nanos(), previous == 0 ? 0 : c.nanos() - previous, late, sent(c)};
                }
                late += c.nanos() - inForce > 0 ? 1 : 0;
            }
            previous = c.nanos();
        }
        return new long[] {0, 0, late, 0};
    }

    /** When the frame {@code c} was sent, as {@link #send} wrote it into its payload; 0 for any other frame. */
    private static long sent(Captured c) {
        if (c.packet().payloadLength() != PAYLOAD) {
            return 0;
        }
        return ByteBuffer.wrap(c.frame(), c.packet().frameLength() - PAYLOAD, Long.BYTES).getLong();
    }

    /**
     * A small datagram each time the sender wakes (about every 0.1 to 0.4 ms), so cuts meet traffic soon. One,
     * not a burst: datagrams of a burst come microseconds apart and shorten no gap, while each costs the switch
     * and both hosts a processor that the call being measured needs on two cores.
     */
    private static void send(DatagramChannel out, AtomicBoolean running) {
        ByteBuffer payload = ByteBuffer.allocateDirect(PAYLOAD);
        try {
            while (running.get()) {
                out.write(payload.clear().putLong(0, System.nanoTime()));
                LockSupport.parkNanos(50_000);
            }
        } catch (IOException e) {
            if (running.get()) {
                throw new IllegalStateException("the sender failed", e);
            }
        }
    }

    private static void drain(DatagramChannel in, AtomicBoolean running) {
        ByteBuffer b = ByteBuffer.allocateDirect(2048);
        try {
            while (running.get()) {
                in.receive(b.clear());
            }
        } catch (IOException e) {
            // closed at the end of the run
        }
    }

    static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, "netspec-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " within " + BOUND.toSeconds() + " s");
            }
            LockSupport.parkNanos(1_000_000);  // looking less often leaves the processors to the switch
        }
    }

    private static void pause(Duration d) {
        LockSupport.parkNanos(d.toNanos());
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s, %d times: p50 %.3f ms, p99 %.3f ms, worst %.3f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static String loadAverage() {
        try {
            return new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
