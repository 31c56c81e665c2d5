package io.netspec.bench;

import io.netspec.fault.Link;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.http.CertificateAuthority;
import io.netspec.http.HttpCall;
import io.netspec.http.HttpCaller;
import io.netspec.http.HttpOutcome;
import io.netspec.http.HttpStub;
import io.netspec.http.TlsTrust;
import io.netspec.mail.Mail;
import io.netspec.mail.MailAddress;
import io.netspec.mail.MailServer;
import io.netspec.mail.SendOutcome;
import io.netspec.mail.SmtpClient;
import io.netspec.socket.Target;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Figures for docs/performance.md, section "Protocols": mails per second into GreenMail from one
 * client (plain, and through a Toxiproxy link with no toxics), and the TLS handshake's time beside a
 * plain TCP connect on loopback. Run with:
 * mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.netspec.bench.ProtocolBenchmark -Dexec.args="5 2"
 * (rounds, seconds per round).
 */
public final class ProtocolBenchmark {
    private static final Duration STAGE = Duration.ofSeconds(5);

    private ProtocolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM "
                + System.getProperty("java.version") + ", load average " + loadAverage());
        mailRate(rounds, seconds);
        handshakes(rounds * 40);
        System.exit(0);
    }

    static void mailRate(int rounds, double seconds) {
        ToxiproxyServer toxiproxy = SharedToxiproxy.server();
        try (MailServer server = MailServer.start("bench"); Link link = Link.open(toxiproxy, "bench-mail", server)) {
            Mail mail = new Mail(new MailAddress("ann@example.org"), List.of(new MailAddress("bob@example.org")),
                    "Bench", "a short body\nof two lines");
            sendFor(mail, server, 2);
            sendFor(mail, link, 2);
            double[] plain = new double[rounds];
            double[] linked = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                plain[r] = sendFor(mail, server, seconds);
                linked[r] = sendFor(mail, link, seconds);
            }
            System.out.println("\n## mails per second, one client, a new connection per mail (" + rounds + " rounds of "
                    + seconds + " s, median [min, max])");
            System.out.println("GreenMail straight: " + summary(plain));
            System.out.println("through a Toxiproxy link, no toxics: " + summary(linked));
            System.out.println("mails held by the server: " + server.count());
        }
    }

    private static double sendFor(Mail mail, Target target, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() < end) {
            SendOutcome o = new SmtpClient().send(mail, target, STAGE);
            if (o.failed()) {
                throw new IllegalStateException(o.describe());
            }
            sent++;
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    static void handshakes(int count) throws Exception {
        CertificateAuthority ca = CertificateAuthority.make("bench");
        TlsTrust trust = TlsTrust.of(ca);
        try (HttpStub stub = HttpStub.startHttps("bench", ca, null)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            InetSocketAddress address = (InetSocketAddress) stub.address();
            for (int i = 0; i < 50; i++) {
                request(stub, trust);
                connect(address);
            }
            double[] handshake = new double[count];
            double[] request = new double[count];
            double[] connect = new double[count];
            for (int i = 0; i < count; i++) {
                HttpOutcome o = request(stub, trust);
                handshake[i] = o.handshakeTime().orElseThrow().toNanos() / 1e6;
                request[i] = o.elapsed().toNanos() / 1e6;
                connect[i] = connect(address);
            }
            System.out.println("\n## TLS 1.3 handshake (EC P-256, run-made CA) against a plain TCP connect, loopback, "
                    + count + " each, ms: median [p10, p90]");
            System.out.println("TCP connect: " + percentiles(connect));
            System.out.println("TLS handshake (ClientHello to Finished): " + percentiles(handshake));
            System.out.println("whole HTTPS request, new connection: " + percentiles(request));
        }
    }

    private static HttpOutcome request(HttpStub stub, TlsTrust trust) {
        HttpOutcome o = HttpCaller.call(HttpCall.get("/hi"), stub, STAGE, trust);
        if (o.failed()) {
            throw new IllegalStateException(o.describe());
        }
        return o;
    }

    private static double connect(InetSocketAddress address) throws Exception {
        long start = System.nanoTime();
        try (Socket s = new Socket()) {
            s.connect(address, (int) STAGE.toMillis());
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static String summary(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", v[v.length / 2], v[0], v[v.length - 1]);
    }

    private static String percentiles(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", v[v.length / 2], v[v.length / 10], v[v.length * 9 / 10]);
    }

    private static String loadAverage() {
        List<String> parts = new ArrayList<>();
        try {
            parts.add(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException e) {
            parts.add("unknown (" + e.getMessage() + ")");
        }
        return parts.get(0);
    }
}
