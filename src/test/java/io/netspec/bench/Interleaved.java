package io.netspec.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two ways between a client and a server measured in turns, so that a busy machine's ups and downs fall on
 * both alike: round trips one on each in turn, and throughput in alternating slices of a bulk transfer on
 * each. Plain JDK channels opened where each pair says, one server thread per connection.
 */
final class Interleaved {
    private static final Duration BOUND = Duration.ofSeconds(10);

    private Interleaved() {
    }

    /** A connected client and the server thread that serves it (echoing single bytes, or counting what it reads). */
    private record Connection(SocketChannel client, ServerSocketChannel server, Thread thread, AtomicLong received)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client.close();
            thread.join(BOUND.toMillis());
            server.close();
        }
    }

    private static Connection connect(HostsBenchmark.Pair pair, boolean echo) throws IOException {
        ServerSocketChannel server = pair.server().open(ServerSocketChannel::open);
        server.bind(new InetSocketAddress(pair.serverAddress(), 0));
        AtomicLong received = new AtomicLong();
        Thread thread = new Thread(() -> {
            try (SocketChannel in = server.accept()) {
                in.setOption(StandardSocketOptions.TCP_NODELAY, true);
                ByteBuffer buffer = ByteBuffer.allocateDirect(echo ? 1 : 1 << 20);
                int n;
                while ((n = in.read(buffer.clear())) > 0) {
                    received.addAndGet(n);
                    if (echo) {
                        in.write(buffer.flip());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("the server side failed", e);
            }
        }, "netspec-bench-" + (echo ? "echo" : "sink"));
        thread.start();
        SocketChannel client = pair.client().open(SocketChannel::open);
        client.connect(new InetSocketAddress(pair.serverAddress(), server.socket().getLocalPort()));
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return new Connection(client, server, thread, received);
    }

    /** {@code count} 1-byte round trips on each of {@code a} and {@code b}, one on each in turn, after 2,000 each to warm up. */
    static List<Histogram> roundTrips(HostsBenchmark.Pair a, HostsBenchmark.Pair b, int count) throws Exception {
        Histogram ha = new Histogram(3);
        Histogram hb = new Histogram(3);
        try (Connection ca = connect(a, true); Connection cb = connect(b, true)) {
            ByteBuffer one = ByteBuffer.allocateDirect(1);
            for (int i = 0; i < count + 2_000; i++) {
                long ta = trip(ca.client(), one, i);
                long tb = trip(cb.client(), one, i);
                if (i >= 2_000) {
                    ha.recordValue(ta);
                    hb.recordValue(tb);
                }
            }
        }
        return List.of(ha, hb);
    }

    private static long trip(SocketChannel out, ByteBuffer one, int i) throws IOException {
        long start = System.nanoTime();
        out.write(one.clear().put((byte) i).flip());
        one.clear();
        while (one.position() == 0) {
            if (out.read(one) < 0) {
                throw new IllegalStateException("the echo closed");
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * Gbit/s of a bulk transfer on each of {@code a} and {@code b}, in {@code slices} alternating slices of
     * {@code slice} each, after a second of warm-up on each: what each server read during its own slices.
     */
    static double[] throughput(HostsBenchmark.Pair a, HostsBenchmark.Pair b, int slices, Duration slice) throws Exception {
        try (Connection ca = connect(a, false); Connection cb = connect(b, false)) {
            ByteBuffer chunk = ByteBuffer.allocateDirect(256 * 1024);
            send(ca, chunk, Duration.ofSeconds(1));
            send(cb, chunk, Duration.ofSeconds(1));
            long[] bytes = new long[2];
            long[] nanos = new long[2];
            for (int s = 0; s < slices; s++) {
                for (int which = 0; which < 2; which++) {
                    Connection c = (s + which) % 2 == 0 ? ca : cb;
                    int k = c == ca ? 0 : 1;
                    long before = c.received().get();
                    long start = System.nanoTime();
                    send(c, chunk, slice);
                    nanos[k] += System.nanoTime() - start;
                    bytes[k] += c.received().get() - before;
                }
            }
            return new double[] {bytes[0] * 8.0 / nanos[0], bytes[1] * 8.0 / nanos[1]};
        }
    }

    private static void send(Connection c, ByteBuffer chunk, Duration during) throws IOException {
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            c.client().write(chunk.clear());
        }
    }
}
