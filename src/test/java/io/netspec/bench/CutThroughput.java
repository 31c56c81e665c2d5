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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The throughput part of {@link CutBenchmark}: TCP from host to host with a cut rule installed that
 * matches none of the traffic beside the same with no rule, in pairs of rounds in one run (which of the
 * two goes first alternates, so a trend in the machine's load evens out).
 */
final class CutThroughput {
    private static final Duration PUSH = Duration.ofSeconds(2);
    private static final int PAIRS = 8;
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

    static void measure(boolean capture) throws Exception {
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> pairs = new ArrayList<>();
        CutRule none = CutRule.bothWays(List.of(InetAddress.getByName("10.79.9.1")),
                List.of(InetAddress.getByName("10.79.9.2")), "a cut that matches none of the traffic");
        try (CutBenchmark.Pair pair = CutBenchmark.Pair.of(capture)) {
            push(pair, Duration.ofSeconds(1));
            for (int round = 0; round < PAIRS; round++) {
                boolean ruleFirst = round % 2 == 1;  // alternate which goes first, so a trend in the load evens out
                double first = push(pair, PUSH, ruleFirst ? none : null);
                double second = push(pair, PUSH, ruleFirst ? null : none);
                without.add(ruleFirst ? second : first);
                with.add(ruleFirst ? first : second);
                pairs.add(with.get(round) / without.get(round));
            }
        }
        System.out.printf(Locale.ROOT, "TCP throughput host to host, capture %s, %d pairs of %d s rounds: no rule %s Gbit/s"
                        + " (median %.2f); a rule matching none %s Gbit/s (median %.2f); ratio of medians %.3f, median of"
                        + " the pairs' ratios %.3f%n", capture ? "on" : "off", PAIRS, PUSH.toSeconds(), rounds(without),
                median(without), rounds(with), median(with), median(with) / median(without), median(pairs));
    }

    private static double push(CutBenchmark.Pair pair, Duration time, CutRule rule) throws Exception {
        if (rule != null) {
            pair.faults().cuts().add(rule);
        }
        try {
            return push(pair, time);
        } finally {
            if (rule != null) {
                pair.faults().cuts().remove(rule);
            }
        }
    }

    /** Gbit/s one client on host a sends to a discarding reader on host b for {@code time}. */
    private static double push(CutBenchmark.Pair pair, Duration time) throws Exception {
        ServerSocketChannel server = pair.b().open(ServerSocketChannel::open);
        server.bind(new InetSocketAddress(pair.b().address(4), 0));
        AtomicLong received = new AtomicLong();
        Thread sink = CutBenchmark.daemon("bench-sink", () -> {
            try (SocketChannel s = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
                int n;
                while ((n = s.read(buffer.clear())) >= 0) {
                    received.addAndGet(n);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the sink failed", e);
            }
        });
        try (SocketChannel out = pair.a().open(SocketChannel::open)) {
            out.connect(new InetSocketAddress(pair.b().address(4), ((InetSocketAddress) server.getLocalAddress()).getPort()));
            ByteBuffer chunk = ByteBuffer.allocateDirect(256 * 1024);
            long start = System.nanoTime();
            long end = start + time.toNanos();
            while (System.nanoTime() < end) {
                out.write(chunk.clear());
            }
            return received.get() * 8 / ((System.nanoTime() - start) / 1e9) / 1e9;
        } finally {
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
