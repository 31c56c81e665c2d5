package io.netspec.bench;

import io.netspec.socket.DatagramLedger;
import io.netspec.socket.ExternalService;
import io.netspec.socket.ServerConnection;
import io.netspec.socket.StreamCheck;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpCrowd;
import io.netspec.socket.TcpServer;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import org.HdrHistogram.Histogram;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Socket benchmarks, side by side with a reference in the same run: throughput against iperf3, 1-byte
 * echo round trips against a plain-JDK ping-pong, UDP datagrams per second against iperf3 -u, and
 * concurrent connections. Loopback only. Prints figures; it is not a timed test.
 * Run with {@code bash ci/bench-sockets.sh}.
 */
public final class SocketBenchmark {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** SO_TIMEOUT of every plain-JDK accept() and read(), so no reference path blocks for ever. */
    private static final int SOCKET_TIMEOUT_MS = (int) WAIT.toMillis();

    private SocketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("netspec socket benchmarks (loopback, " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ")");
        List<String> only = List.of(args);
        if (only.isEmpty() || only.contains("throughput")) {
            throughput();
        }
        if (only.isEmpty() || only.contains("rtt")) {
            roundTrips();
        }
        if (only.isEmpty() || only.contains("udp")) {
            datagrams();
        }
        if (only.isEmpty() || only.contains("connections")) {
            concurrentConnections();
        }
    }

    // ---- 1. TCP throughput, one client into the sink --------------------------------------------

    /**
     * Each path in turn for 2 s, in five rounds, so that the load of the shared machine falls on all of
     * them alike; prints every round and the median.
     */
    private static void throughput() throws Exception {
        int seconds = 2;
        int rounds = 5;
        byte[] chunk = new byte[1 << 20];
        new SplittableRandom(1).nextBytes(chunk);
        // First, so that SHA-256 and the random fill are compiled before any path is measured.
        double sha = digestRate(chunk, StreamCheck.SHA_256);
        double crc = digestRate(chunk, StreamCheck.CRC32C);
        double fill = randomRate(true);
        double nextBytes = randomRate(false);
        java.util.Map<String, List<Double>> figures = new java.util.LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            figures.computeIfAbsent("iperf3 single stream", k -> new ArrayList<>()).add(iperfTcp(seconds));
            figures.computeIfAbsent("netspec client into the sink, SHA-256 of every byte on both ends (send)", k -> new ArrayList<>())
                    .add(intoSink(TcpServer.sink(), StreamCheck.SHA_256, seconds, c -> c.send(chunk, WAIT)));
            figures.computeIfAbsent("netspec client into the sink, CRC32C of every byte on both ends (send)", k -> new ArrayList<>())
                    .add(intoSink(TcpServer.sink(), StreamCheck.CRC32C, seconds, c -> c.send(chunk, WAIT)));
            SplittableRandom seeded = new SplittableRandom(7);
            figures.computeIfAbsent("SHA-256 on both ends, seeded random data (sendRandom)", k -> new ArrayList<>())
                    .add(intoSink(TcpServer.sink(), StreamCheck.SHA_256, seconds, c -> c.sendRandom(chunk.length, seeded, WAIT)));
            SplittableRandom seededToo = new SplittableRandom(7);
            figures.computeIfAbsent("CRC32C on both ends, seeded random data (sendRandom)", k -> new ArrayList<>())
                    .add(intoSink(TcpServer.sink(), StreamCheck.CRC32C, seconds, c -> c.sendRandom(chunk.length, seededToo, WAIT)));
            figures.computeIfAbsent("the same path counting only (no digest on either end)", k -> new ArrayList<>())
                    .add(intoSink(TcpServer.sink(), StreamCheck.NONE, seconds, c -> c.send(chunk, WAIT)));
            figures.computeIfAbsent("plain JDK client into the netspec sink (SHA-256)", k -> new ArrayList<>())
                    .add(plainClientIntoSink(seconds, chunk));
            figures.computeIfAbsent("plain JDK blocking socket into a discarding reader", k -> new ArrayList<>())
                    .add(plainThroughput(seconds, chunk));
        }
        double iperf = median(figures.get("iperf3 single stream"));
        for (var e : figures.entrySet()) {
            List<Double> all = e.getValue();
            StringBuilder each = new StringBuilder();
            for (Double v : all) {
                each.append(each.length() == 0 ? "" : " / ").append(v == null ? "-" : String.format(Locale.ROOT, "%.2f", v / 1e9));
            }
            double m = median(all);
            System.out.printf(Locale.ROOT, "TCP throughput, %s: median %.2f Gbit/s (rounds: %s)%s%n", e.getKey(), m / 1e9, each,
                    e.getKey().startsWith("iperf3") || Double.isNaN(iperf) ? ""
                            : String.format(Locale.ROOT, " -> %.0f%% of iperf3's median; %s", 100 * m / iperf,
                            shareByRound(all, figures.get("iperf3 single stream"))));
        }
        System.out.printf(Locale.ROOT, "SHA-256 alone on one core of this machine: %.2f Gbit/s; CRC32C alone: %.2f Gbit/s%n",
                sha / 1e9, crc / 1e9);
        System.out.printf(Locale.ROOT, "seeded random data alone: RandomBytes.fill %.2f Gbit/s, SplittableRandom.nextBytes %.2f Gbit/s%n",
                fill / 1e9, nextBytes / 1e9);
    }

    /**
     * The path's share of iperf3 within each round (the two measured seconds apart), so that a burst of
     * load on the shared machine during one path's turn shows as one outlying round, not a lower median.
     */
    private static String shareByRound(List<Double> path, List<Double> iperf) {
        List<Double> shares = new ArrayList<>();
        for (int r = 0; r < path.size(); r++) {
            if (path.get(r) != null && iperf.get(r) != null) {
                shares.add(path.get(r) / iperf.get(r));
            }
        }
        if (shares.isEmpty()) {
            return "no round with both figures";
        }
        List<Double> sorted = new ArrayList<>(shares);
        java.util.Collections.sort(sorted);
        return String.format(Locale.ROOT, "share of iperf3 in the same round: median %.0f%%, range %.0f-%.0f%%",
                100 * median(shares), 100 * sorted.get(0), 100 * sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> values) {
        List<Double> known = new ArrayList<>(values.stream().filter(java.util.Objects::nonNull).toList());
        if (known.isEmpty()) {
            return Double.NaN;
        }
        java.util.Collections.sort(known);
        return known.get(known.size() / 2);
    }

    /** Bits per second from one netspec client into a sink, after a second of warm-up. */
    private static double intoSink(TcpServer.Builder builder, StreamCheck check, int seconds,
                                   java.util.function.Consumer<TcpClient> send) throws Exception {
        try (TcpServer sink = builder.named("bench-sink").checkedWith(check).start();
             TcpClient client = TcpClient.connect("bench", sink, WAIT).checkedWith(check)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < end) {
                send.accept(client);
            }
            ServerConnection connection = sink.connections().get(0);
            long startBytes = connection.bytesRead();
            long start = System.nanoTime();
            end = start + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                send.accept(client);
            }
            connection.awaitBytesRead(client.bytesSent(), WAIT);
            double rate = (connection.bytesRead() - startBytes) * 8.0 / ((System.nanoTime() - start) / 1e9);
            if (check != StreamCheck.NONE) {
                // The figure counts only if every byte arrived exactly: compare the two ends' digests.
                sink.awaitExactly(client, WAIT);
            }
            return rate;
        }
    }

    private static double randomRate(boolean fill) {
        byte[] chunk = new byte[256 * 1024];
        SplittableRandom random = new SplittableRandom(3);
        long bytes = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1)) {
            if (fill) {
                io.netspec.socket.RandomBytes.fill(chunk, chunk.length, random);
            } else {
                random.nextBytes(chunk);
            }
            bytes += chunk.length;
        }
        return bytes * 8.0 / ((System.nanoTime() - start) / 1e9);
    }

    private static double plainClientIntoSink(int seconds, byte[] chunk) throws Exception {
        try (TcpServer sink = TcpServer.sink().named("bench-sink-2").start();
             Socket s = new Socket(LOOPBACK, sink.port()); OutputStream out = s.getOutputStream()) {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            long sent = 0;
            while (System.nanoTime() < end) {
                out.write(chunk);
                sent += chunk.length;
            }
            var connection = sink.connectionFrom(s.getLocalSocketAddress(), WAIT);
            connection.awaitBytesRead(sent, WAIT);
            long startBytes = connection.bytesRead();
            long start = System.nanoTime();
            end = start + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                out.write(chunk);
                sent += chunk.length;
            }
            connection.awaitBytesRead(sent, WAIT);
            return (connection.bytesRead() - startBytes) * 8.0 / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Bits per second one core checks with {@code check}, through the same class the endpoints use. */
    private static double digestRate(byte[] chunk, StreamCheck check) {
        io.netspec.socket.RunningCheck running = check.start();
        long bytes = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1)) {
            running.update(chunk, 0, chunk.length);
            bytes += chunk.length;
        }
        running.digest();
        return bytes * 8.0 / ((System.nanoTime() - start) / 1e9);
    }

    private static double plainThroughput(int seconds, byte[] chunk) throws Exception {
        try (ServerSocket server = boundedServerSocket()) {
            long[] read = new long[1];
            Thread reader = new Thread(() -> {
                try (Socket s = boundedAccept(server); InputStream in = s.getInputStream()) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        read[0] += n;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "netspec-bench-plain-reader");
            reader.start();
            long start;
            long sent = 0;
            try (Socket s = new Socket(LOOPBACK, server.getLocalPort()); OutputStream out = s.getOutputStream()) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                while (System.nanoTime() < end) {
                    out.write(chunk);
                }
                start = System.nanoTime();
                end = start + TimeUnit.SECONDS.toNanos(seconds);
                while (System.nanoTime() < end) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            }
            reader.join(10_000);
            return sent * 8.0 / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static Double iperfTcp(int seconds) throws Exception {
        int port = freePort();
        Process server = iperfServer(port);
        try {
            String json = run(List.of("iperf3", "-c", "127.0.0.1", "-p", String.valueOf(port), "-t", String.valueOf(seconds),
                    "-O", "1", "-J"));
            return jsonNumber(json, "sum_received", "bits_per_second");
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    // ---- 2. 1-byte echo round trips ---------------------------------------------------------------

    /**
     * Three pairings, each on its own connection, measured in alternating rounds so that the load of the
     * shared machine falls on all of them alike: netspec client and echo server, a plain-JDK blocking
     * ping-pong (client and echo thread), and a plain-JDK client against the netspec echo server.
     */
    private static void roundTrips() throws Exception {
        int warmup = 20_000;
        int rounds = 10;
        int perRound = 5_000;
        Histogram netspec = new Histogram(3);
        Histogram plain = new Histogram(3);
        Histogram plainClient = new Histogram(3);
        List<Double> ratios = new ArrayList<>();
        try (ServerSocket server = boundedServerSocket();
             TcpServer echo = TcpServer.echo().named("bench-echo").start();
             TcpClient client = TcpClient.connect("bench", echo, WAIT)) {
            Thread plainEcho = new Thread(() -> {
                try (Socket s = boundedAccept(server); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    s.setTcpNoDelay(true);
                    int b;
                    while ((b = in.read()) >= 0) {
                        out.write(b);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "netspec-bench-plain-echo");
            plainEcho.start();
            try (Socket toPlain = new Socket(LOOPBACK, server.getLocalPort()); Socket toNetspec = new Socket(LOOPBACK, echo.port())) {
                toPlain.setTcpNoDelay(true);
                toNetspec.setTcpNoDelay(true);
                toPlain.setSoTimeout(SOCKET_TIMEOUT_MS);
                toNetspec.setSoTimeout(SOCKET_TIMEOUT_MS);
                byte[] one = {42};
                netspecTrips(client, one, warmup, null);
                plainTrips(toPlain, warmup, null);
                plainTrips(toNetspec, warmup, null);
                for (int r = 0; r < rounds; r++) {
                    Histogram a = new Histogram(3);
                    Histogram b = new Histogram(3);
                    netspecTrips(client, one, perRound, a);
                    plainTrips(toPlain, perRound, b);
                    plainTrips(toNetspec, perRound, plainClient);
                    netspec.add(a);
                    plain.add(b);
                    ratios.add((double) a.getValueAtPercentile(50) / b.getValueAtPercentile(50));
                }
            }
            plainEcho.join(10_000);
        }
        java.util.Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "1-byte echo round trip, plain JDK client against the netspec echo server: p50 %.1f us,"
                + " p99 %.1f us%n", plainClient.getValueAtPercentile(50) / 1e3, plainClient.getValueAtPercentile(99) / 1e3);
        double p50 = netspec.getValueAtPercentile(50) / 1e3;
        double p99 = netspec.getValueAtPercentile(99) / 1e3;
        double plain50 = plain.getValueAtPercentile(50) / 1e3;
        double plain99 = plain.getValueAtPercentile(99) / 1e3;
        System.out.printf(Locale.ROOT, "1-byte echo round trip, netspec client and echo server (%d samples in %d rounds): p50 %.1f us, p99 %.1f us%n",
                rounds * perRound, rounds, p50, p99);
        System.out.printf(Locale.ROOT, "1-byte echo round trip, plain JDK blocking ping-pong: p50 %.1f us, p99 %.1f us"
                + " -> netspec at %.2fx (p50), %.2fx (p99)%n", plain50, plain99, p50 / plain50, p99 / plain99);
        System.out.printf(Locale.ROOT, "1-byte echo round trip, netspec p50 / plain p50 per round: median %.2fx, range %.2f-%.2fx%n",
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private static void netspecTrips(TcpClient client, byte[] one, int count, Histogram into) throws IOException {
        trips(count, into, () -> {
            client.send(one, WAIT);
            client.receive(1, WAIT);
        });
    }

    /** Round trips over a plain socket; its SO_TIMEOUT bounds each read. */
    private static void plainTrips(Socket s, int count, Histogram into) throws IOException {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        trips(count, into, () -> {
            out.write(42);
            if (in.read() < 0) {
                throw new IOException("the echo closed");
            }
        });
    }

    /** One round trip: send a byte, read it back. */
    private interface RoundTrip {
        void run() throws IOException;
    }

    /** Runs {@code count} round trips, recording each one's nanoseconds into {@code into} (none while warming up). */
    private static void trips(int count, Histogram into, RoundTrip trip) throws IOException {
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            trip.run();
            if (into != null) {
                into.recordValue(System.nanoTime() - t);
            }
        }
    }

    // ---- 3. UDP datagrams per second without loss -------------------------------------------------

    private static void datagrams() throws Exception {
        int best = 0;
        List<String> tried = new ArrayList<>();
        for (int rate : new int[]{50_000, 100_000, 200_000, 400_000, 800_000}) {
            int count = rate;  // one second's worth at each rate
            long lost;
            double achieved;
            try (UdpServer sink = UdpServer.sink().named("bench-usink").start(); UdpClient client = new UdpClient("bench")) {
                long start = System.nanoTime();
                client.sendNumbered(count, () -> 100, sink, rate);
                achieved = count / ((System.nanoTime() - start) / 1e9);
                DatagramLedger.Snapshot s = sink.awaitReceived(count, Duration.ofSeconds(2));
                lost = sink.ledger().missing(count);
                tried.add(String.format(Locale.ROOT, "%d/s asked, %.0f/s sent, %d lost", rate, achieved, lost));
                if (s.notWhole() > 0) {
                    throw new IllegalStateException("datagrams arrived cut: " + s);
                }
            }
            if (lost == 0) {
                best = Math.max(best, (int) Math.min(achieved, rate));
            } else {
                break;
            }
            if (achieved < rate * 0.9) {
                break;
            }
        }
        System.out.println("UDP 100-byte datagrams into the sink: " + String.join("; ", tried));
        System.out.printf(Locale.ROOT, "UDP 100-byte datagrams per second without loss, netspec: %d/s%n", best);
        iperfUdp(best);
    }

    private static void iperfUdp(int rate) throws Exception {
        List<String> bandwidths = rate > 0 ? List.of(String.valueOf((long) rate * 100 * 8), "0") : List.of("0");
        for (String bandwidth : bandwidths) {
            int port = freePort();
            Process server = iperfServer(port);
            try {
                String json = run(List.of("iperf3", "-c", "127.0.0.1", "-p", String.valueOf(port), "-u", "-l", "100",
                        "-b", bandwidth, "-t", "2", "-J"));
                Double packets = jsonNumber(json, "\"sum\"", "packets");
                Double seconds = jsonNumber(json, "\"sum\"", "seconds");
                Double lostPercent = jsonNumber(json, "\"sum\"", "lost_percent");
                if (packets != null && seconds != null) {
                    System.out.printf(Locale.ROOT, "UDP 100-byte datagrams, iperf3 -u -l 100 -b %s: %.0f/s sent, %.3f%% lost%n",
                            bandwidth.equals("0") ? "0 (unlimited)" : bandwidth, packets / seconds,
                            lostPercent == null ? Double.NaN : lostPercent);
                } else {
                    System.out.println("UDP iperf3 gave no figures: " + json.substring(0, Math.min(400, json.length())));
                }
            } finally {
                server.destroy();
                server.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    // ---- 4. concurrent connections ------------------------------------------------------------------

    private static void concurrentConnections() throws Exception {
        int best = 0;
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath(), EchoServerMain.class.getName());
        try (ExternalService echo = ExternalService.start("bench-echo", command, Path.of("."), Duration.ofSeconds(30))) {
            for (int clients : new int[]{1_000, 2_000, 5_000, 10_000}) {
                try (TcpCrowd crowd = TcpCrowd.connect(echo, clients, 64, new SplittableRandom(clients))) {
                    TcpCrowd.Result result = crowd.awaitEchoes(Duration.ofSeconds(30));
                    System.out.println("concurrent clients " + clients + ": " + result);
                    if (!result.allCorrect()) {
                        break;
                    }
                    best = clients;
                } catch (RuntimeException e) {
                    System.out.println("concurrent clients " + clients + ": failed: " + e.getMessage());
                    break;
                }
            }
        }
        System.out.println("concurrent connections served correctly by one echo server (its own process): " + best
                + (best == 10_000 ? " (the benchmark's ceiling)" : ""));
    }

    /** The classpath this benchmark runs with, so the server process runs the same classes. */
    private static String classPath() {
        ClassLoader loader = SocketBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            StringBuilder path = new StringBuilder();
            for (URL url : urls.getURLs()) {
                try {
                    path.append(path.length() == 0 ? "" : File.pathSeparator).append(Path.of(url.toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("a classpath entry is not a file: " + url, e);
                }
            }
            return path.toString();
        }
        return System.getProperty("java.class.path");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** A loopback server socket whose accept() gives up after SO_TIMEOUT. */
    private static ServerSocket boundedServerSocket() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, LOOPBACK);
        server.setSoTimeout(SOCKET_TIMEOUT_MS);
        return server;
    }

    /** Accepts one connection within SO_TIMEOUT; its reads are bounded by the same timeout. */
    private static Socket boundedAccept(ServerSocket server) throws IOException {
        Socket s = server.accept();
        s.setSoTimeout(SOCKET_TIMEOUT_MS);
        return s;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    /** Starts a one-off iperf3 server and waits for it to say it listens (a probe connection would use up its one test). */
    private static Process iperfServer(int port) throws Exception {
        Process server = new ProcessBuilder("iperf3", "-s", "-1", "--forceflush", "-B", "127.0.0.1", "-p",
                String.valueOf(port)).redirectErrorStream(true).start();
        java.util.concurrent.CompletableFuture<Boolean> ready = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                    server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Server listening")) {
                        ready.complete(true);
                    }
                }
                ready.complete(false);
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "netspec-bench-iperf3-output");
        reader.setDaemon(true);
        reader.start();
        boolean listening;
        try {
            listening = ready.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            listening = false;
        }
        if (!listening) {
            server.destroy();
            throw new IOException("iperf3 -s on port " + port + " did not say it listens within 5 s");
        }
        return server;
    }

    /**
     * Runs a command to its end, at most 30 s, and returns what it printed. The output goes to a file, so
     * the wait is bounded: reading a pipe to its end would wait as long as the process runs.
     */
    private static String run(List<String> command) throws Exception {
        Path output = Files.createTempFile("netspec-bench-", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 30 s");
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The number {@code key} in the last object after {@code section} in iperf3's JSON (enough for its "end" block). */
    private static Double jsonNumber(String json, String section, String key) {
        int at = json.lastIndexOf(section);
        if (at < 0) {
            return null;
        }
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(json);
        return m.find(at) ? Double.parseDouble(m.group(1)) : null;
    }
}
