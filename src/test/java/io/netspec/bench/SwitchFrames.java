package io.netspec.bench;

import io.netspec.host.Network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The hosts benchmark's small-frames part: frames per second the switch forwards with none lost in the switch itself. */
final class SwitchFrames {
    private static final Duration BOUND = Duration.ofSeconds(10);

    private SwitchFrames() {
    }

    /** Small UDP frames from one host to another at rising rates; the switch's own losses at each. */
    static void run() throws Exception {
        for (int rate : new int[] {50_000, 100_000, 150_000, 200_000, 300_000}) {
            try (HostsBenchmark.Pair pair = HostsBenchmark.switched()) {
                Network net = (Network) pair.owned().get(0);
                DatagramChannel in = pair.server().open(DatagramChannel::open);
                in.bind(new InetSocketAddress(pair.serverAddress(), 0));
                in.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
                AtomicLong got = new AtomicLong();
                Thread reader = new Thread(() -> {
                    ByteBuffer b = ByteBuffer.allocateDirect(2048);
                    try {
                        while (in.receive(b.clear()) != null) {
                            got.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // Closed at the end of the run: the count is what it is.
                    }
                }, "netspec-bench-udp");
                reader.start();
                DatagramChannel out = pair.client().open(DatagramChannel::open);
                out.connect(new InetSocketAddress(pair.serverAddress(), in.socket().getLocalPort()));
                ByteBuffer payload = ByteBuffer.allocateDirect(18); // 18 + 8 UDP + 20 IP + 14 Ethernet = 60-byte frames
                long sent = 0;
                long start = System.nanoTime();
                long seconds = 3;
                long total = rate * seconds;
                while (sent < total) {
                    long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                    while (sent < due && sent < total) {
                        out.write(payload.clear());
                        sent++;
                    }
                    Thread.onSpinWait();
                }
                double took = (System.nanoTime() - start) / 1e9;
                long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (got.get() < sent && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                out.close();
                in.close();
                reader.join(BOUND.toMillis());
                System.out.printf(Locale.ROOT, "small frames asked %,d/s: sent %,d/s, received %,d of %,d, lost in the switch itself %,d%n",
                        rate, Math.round(sent / took), got.get(), sent, net.switchDrops());
            }
        }
    }

}
