package io.netspec.bench;

import io.netspec.packet.Crossing;
import io.netspec.packet.CutRule;
import io.netspec.packet.Cuts;
import io.netspec.packet.NetworkTreatment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The throughput part of {@link CutBenchmark}: TCP from host to host with a cut rule installed that
 * matches none of the traffic beside the same with no rule, on one stream whose rule goes in and out of
 * force every 100 ms, so the machine's load (and the hypervisor's) falls on both alike; and what the rule
 * costs the treatment per frame.
 */
final class CutThroughput {
    /** How long the rule is in or out of force at a time. */
    private static final Duration WINDOW = Duration.ofMillis(100);
    /** Windows in all, half with the rule: 16 s. */
    private static final int WINDOWS = 160;
    /** The stream runs this long before the first window, so TCP is past its slow start. */
    private static final Duration WARM_UP = Duration.ofSeconds(1);
    private static final int FRAMES = 2_000_000;

    private CutThroughput() {
    }

    /**
     * What asking the cuts costs per frame, in the treatment alone (capture off, no hosts): full-size TCP
     * frames through {@code NetworkTreatment.treat}, with no rule and with one that matches none, rounds
     * alternating; nanoseconds per frame.
     */
    static void perFrame() throws Exception {
        InetSocketAddress a = new InetSocketAddress(InetAddress.getByName("10.79.0.1"), 40000);
        InetSocketAddress b = new InetSocketAddress(InetAddress.getByName("10.79.0.2"), 5000);
        byte[] frame = TcpFrame.of(a, b, 1448);
        CutRule none = CutRule.bothWays(List.of(InetAddress.getByName("10.79.9.1")),
                List.of(InetAddress.getByName("10.79.9.2")), "a cut that matches none of the traffic");
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        Cuts cuts = new Cuts();
        try (NetworkTreatment t = new NetworkTreatment("bench", () -> 1L, null, cuts)) {
            for (int round = 0; round < 6; round++) {
                if (round % 2 == 1) {
                    cuts.add(none);
                }
                long start = System.nanoTime();
                for (int i = 0; i < FRAMES; i++) {
                    t.treat(new Crossing("a", "b", frame, System.nanoTime()), c -> { });
                }
                double ns = (System.nanoTime() - start) / (double) FRAMES;
                (round % 2 == 1 ? with : without).add(ns);
                cuts.remove(none);
            }
        }
        System.out.printf(Locale.ROOT, "treatment per 1514-byte TCP frame, capture off, %,d frames a round: no rule %s ns"
                        + " (median %.0f); a rule matching none %s ns (median %.0f); %.0f ns more a frame%n", FRAMES,
                rounds(without), median(without), rounds(with), median(with), median(with) - median(without));
    }

    /**
     * TCP throughput with the rule in and out of force in windows of {@link #WINDOW} on one stream, in the
     * order none, rule, rule, none, ... (so a trend within four windows evens out): the machine's bursts of
     * load, and the hypervisor's, last longer than a window and fall on both alike.
     */
    static void measure(boolean capture) throws Exception {
        CutRule none = CutRule.bothWays(List.of(InetAddress.getByName("10.79.9.1")),
                List.of(InetAddress.getByName("10.79.9.2")), "a cut that matches none of the traffic");
        long[] bytes = new long[2];
        long[] nanos = new long[2];
        List<Double> pairs = new ArrayList<>();
        double[] rate = new double[2];
        long[] stolen;
        double stolenShare;
        try (CutBenchmark.Pair pair = CutBenchmark.Pair.of(capture); Stream stream = new Stream(pair)) {
            LockSupport.parkNanos(WARM_UP.toNanos());
            stolen = Stolen.now();
            for (int w = 0; w < WINDOWS; w++) {
                int ruled = w % 4 == 1 || w % 4 == 2 ? 1 : 0;
                if (ruled == 1) {
                    pair.faults().cuts().add(none);
                }
                long before = stream.received();
                long start = System.nanoTime();
                LockSupport.parkNanos(WINDOW.toNanos());
                long took = System.nanoTime() - start;
                long read = stream.received() - before;
                if (ruled == 1) {
                    pair.faults().cuts().remove(none);
                }
                bytes[ruled] += read;
                nanos[ruled] += took;
                rate[ruled] = read / (double) took;
                if (w % 2 == 1) {
                    pairs.add(rate[1] / rate[0]);
                }
            }
            stolenShare = Stolen.share(stolen, Stolen.now());
        }
        double without = bytes[0] * 8.0 / nanos[0];
        double with = bytes[1] * 8.0 / nanos[1];
        System.out.printf(Locale.ROOT, "TCP throughput host to host, capture %s, one stream for %d s with the rule in and out"
                        + " every %d ms (%d windows each): no rule %.2f Gbit/s, a rule matching none %.2f Gbit/s; ratio %.3f,"
                        + " median of the %d neighbouring pairs' ratios %.3f; steal %.1f%%%n", capture ? "on" : "off",
                WINDOW.multipliedBy(WINDOWS).toSeconds(), WINDOW.toMillis(), WINDOWS / 2, without, with, with / without,
                pairs.size(), median(pairs), stolenShare * 100);
    }

    /** One client on host a sending to a discarding reader on host b, from two threads of its own, until closed. */
    private static final class Stream implements AutoCloseable {
        private final ServerSocketChannel server;
        private final SocketChannel out;
        private final AtomicLong received = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sink;
        private final Thread sender;

        Stream(CutBenchmark.Pair pair) throws IOException {
            server = pair.b().open(ServerSocketChannel::open);
            server.bind(new InetSocketAddress(pair.b().address(4), 0));
            sink = CutBenchmark.daemon("bench-sink", this::sink);
            out = pair.a().open(SocketChannel::open);
            out.connect(server.getLocalAddress());
            sender = CutBenchmark.daemon("bench-push", this::send);
        }

        long received() {
            return received.get();
        }

        private void sink() {
            try (SocketChannel s = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
                int n;
                while ((n = s.read(buffer.clear())) >= 0) {
                    received.addAndGet(n);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the sink failed", e);
            }
        }

        private void send() {
            ByteBuffer chunk = ByteBuffer.allocateDirect(256 * 1024);
            try {
                while (running.get()) {
                    out.write(chunk.clear());
                }
            } catch (IOException e) {
                if (running.get()) {
                    throw new IllegalStateException("the sender failed", e);
                }
            }
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            out.close();
            sender.join(CutBenchmark.BOUND.toMillis());
            sink.join(CutBenchmark.BOUND.toMillis());
            server.close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String rounds(List<Double> values) {
        return String.join(" / ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
