package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.fault.Direction;
import io.netspec.fault.HostToxiproxy;
import io.netspec.fault.Link;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.host.Capability;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Topology;
import io.netspec.measure.RoundTrips;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Toxiproxy link adds to a round trip, on loopback (the shared server, here) and between two hosts
 * (the server inside router "gw", between "web" and "db"), side by side in one run: the median round trip
 * of a 5-byte echo through the link with 10 ms of latency, minus the 10 ms, and the same path without the
 * link, so the link's own cost is told from its path's. Rounds alternate the four paths, so a busy machine
 * weighs on each alike. Prints figures; it is not a timed test. Run with {@code bash ci/bench-links.sh}.
 */
public final class LinksOnHostsBenchmark {
    private static final Duration LATENCY = Duration.ofMillis(10);
    private static final int ROUNDS = 6;
    private static final int TRIPS = 50;
    private static final byte[] PING = "ping\n".getBytes(StandardCharsets.UTF_8);
    private static final Duration BOUND = Duration.ofSeconds(5);

    private LinksOnHostsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            System.out.println("links-on-hosts benchmark skipped: " + missing.get());
            return;
        }
        System.out.println("netspec links benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + loadAverage() + "), " + ROUNDS + " rounds of " + TRIPS + " trips per path, latency toxic " + LATENCY.toMillis()
                + " ms downstream");
        Topology topology = new Topology();
        try (Network office = topology.network("office", "192.168.9.0/24");
             Network dc = topology.network("dc", "10.9.0.0/16");
             Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.9.10"))), false);
             Host db = topology.host("db", List.of(new Topology.Join(dc, IpAddress.parse("10.9.0.5"))), false);
             Host gw = topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.9.1")),
                     new Topology.Join(dc, IpAddress.parse("10.9.0.1"))), true);
             TcpServer hereEcho = TcpServer.echo().named("echo-here").start();
             TcpServer dbEcho = TcpServer.echo().named("echo-db").inside(db).start();
             Link hereLink = Link.open(SharedToxiproxy.server(), "here", hereEcho);
             Link gwLink = Link.open(HostToxiproxy.of(gw), "gw", dbEcho)) {
            hereLink.latency(LATENCY, Duration.ZERO, Direction.DOWNSTREAM);
            gwLink.latency(LATENCY, Duration.ZERO, Direction.DOWNSTREAM);
            Path[] paths = {
                new Path("loopback, no link", SocketPlace.HERE, hereEcho, false),
                new Path("loopback, through the link", SocketPlace.HERE, hereLink, true),
                new Path("web to db across gw, no link", web, dbEcho, false),
                new Path("web to db, through the link on gw", web, gwLink, true)};
            for (int round = 0; round < ROUNDS; round++) {
                for (Path p : paths) {
                    p.measure();
                }
            }
            for (Path p : paths) {
                System.out.printf(Locale.ROOT, "  %-36s median %8.3f ms  p90 %8.3f ms  (%d trips)%n", p.name,
                        p.trips.median().toNanos() / 1e6, p.trips.percentile(90).toNanos() / 1e6, p.trips.count());
            }
            double loopbackAdds = adds(paths[1], paths[0]);
            double hostsAdds = adds(paths[3], paths[2]);
            System.out.printf(Locale.ROOT, "  median minus latency: loopback link %.3f ms, link between hosts %.3f ms%n",
                    ms(paths[1]) - LATENCY.toMillis(), ms(paths[3]) - LATENCY.toMillis());
            System.out.printf(Locale.ROOT, "  what the link itself adds (median minus latency minus its path without it):"
                    + " on loopback %.3f ms, between hosts %.3f ms (ratio %.2f)%n", loopbackAdds, hostsAdds, hostsAdds / loopbackAdds);
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static double ms(Path p) {
        return p.trips.median().toNanos() / 1e6;
    }

    private static double adds(Path withLink, Path without) {
        return ms(withLink) - LATENCY.toMillis() - ms(without);
    }

    /** One way from a client to an echo: its place, its target, and every round trip measured on it. */
    private static final class Path {
        private final String name;
        private final SocketPlace from;
        private final Target to;
        private final RoundTrips trips;

        Path(String name, SocketPlace from, Target to, boolean linked) {
            this.name = name;
            this.from = from;
            this.to = to;
            this.trips = new RoundTrips(name);
        }

        void measure() {
            try (TcpClient client = TcpClient.connect(name, to, BOUND, null, from)) {
                for (int i = 0; i < TRIPS + 5; i++) {
                    long start = System.nanoTime();
                    client.send(PING);
                    client.receive(PING.length, BOUND);
                    if (i >= 5) {
                        trips.record(Duration.ofNanos(System.nanoTime() - start));
                    }
                }
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
