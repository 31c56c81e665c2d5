package io.netspec.bench;

import com.google.common.net.InetAddresses;
import io.netspec.address.AddressClassifier;
import io.netspec.address.Classification;
import io.netspec.address.IpAddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * Parse + classify throughput of netspec over a mixed IPv4/IPv6 corpus, beside Guava's
 * {@code InetAddresses.forString} parsing the same corpus. Run with:
 * {@code mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=io.netspec.bench.AddressBenchmark -Dexec.classpathScope=test}
 * (arguments: rounds, seconds per round; defaults 5 and 1).
 */
public final class AddressBenchmark {
    private static final int CORPUS = 10_000;

    private AddressBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        List<String> corpus = corpus(new SplittableRandom(42));
        String[] texts = corpus.toArray(new String[0]);
        AddressClassifier classifier = AddressClassifier.iana();

        ToLongFunction<String> netspec = text -> {
            Classification c = classifier.classify(IpAddress.parse(text));
            return c.traitBits() + (c.globallyReachable() ? 1 : 0) + (c.block() == null ? 0 : 2);
        };
        ToLongFunction<String> guava = text -> {
            InetAddress address = InetAddresses.forString(text);
            return address.hashCode();
        };
        ToLongFunction<String> netspecParseOnly = text -> IpAddress.parse(text).low();

        System.out.printf(Locale.ROOT, "corpus: %d addresses (%d IPv4, %d IPv6), seed 42; %d rounds of %.1f s after"
                + " warm-up; JVM %s, %d cores%n", texts.length, count(corpus, false), count(corpus, true), rounds,
                seconds, Runtime.version(), Runtime.getRuntime().availableProcessors());
        String[] names = {"netspec parse+classify", "Guava InetAddresses.forString", "netspec parse only"};
        List<ToLongFunction<String>> runs = List.of(netspec, guava, netspecParseOnly);
        for (int i = 0; i < runs.size(); i++) {
            measure(texts, runs.get(i), 0.5);
            measure(texts, runs.get(i), 0.5);
        }
        double[][] results = new double[runs.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < runs.size(); i++) {
                results[i][round] = measure(texts, runs.get(i), seconds);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            double[] r = results[i].clone();
            java.util.Arrays.sort(r);
            System.out.printf(Locale.ROOT, "%-32s median %,12.0f ops/s  (min %,.0f, max %,.0f)%n", names[i],
                    r[r.length / 2], r[0], r[r.length - 1]);
        }
    }

    /** Operations per second over whole passes of the corpus for about {@code seconds}. */
    private static double measure(String[] texts, ToLongFunction<String> operation, double seconds) {
        long sink = 0;
        long operations = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long now;
        do {
            for (String text : texts) {
                sink += operation.applyAsLong(text);
            }
            operations += texts.length;
            now = System.nanoTime();
        } while (now < deadline);
        if (sink == 42) {
            System.out.print("");
        }
        return operations / ((now - start) / 1e9);
    }

    private static long count(List<String> corpus, boolean v6) {
        return corpus.stream().filter(t -> t.contains(":") == v6).count();
    }

    /** 60% IPv4 (public, private, special), 40% IPv6 in full, shortened, mapped and zoned forms. */
    static List<String> corpus(SplittableRandom random) {
        List<String> texts = new ArrayList<>(CORPUS);
        String[] specialV4 = {"10.", "192.168.", "172.16.", "127.0.", "169.254.", "100.64.", "192.0.0.", "198.18.", "224.0.0."};
        String[] prefixesV6 = {"2001:db8:", "fe80::", "fd00:", "2001:0:", "64:ff9b::", "2002:", "2a00:1450:"};
        for (int i = 0; i < CORPUS; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                texts.add(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                        + random.nextInt(256));
            } else if (kind < 6) {
                String prefix = specialV4[random.nextInt(specialV4.length)];
                StringBuilder text = new StringBuilder(prefix);
                int dots = (int) prefix.chars().filter(c -> c == '.').count();
                for (int d = dots; d < 4; d++) {
                    text.append(random.nextInt(256));
                    if (d < 3) {
                        text.append('.');
                    }
                }
                texts.add(text.toString());
            } else if (kind < 8) {
                StringBuilder text = new StringBuilder();
                for (int g = 0; g < 8; g++) {
                    text.append(g == 0 ? "" : ":").append(Integer.toHexString(random.nextInt(65536)));
                }
                texts.add(text.toString());
            } else if (kind < 9) {
                String prefix = prefixesV6[random.nextInt(prefixesV6.length)];
                texts.add(prefix + (prefix.endsWith("::") ? "" : ":") + Integer.toHexString(random.nextInt(65536)));
            } else {
                texts.add(random.nextBoolean() ? "::ffff:" + random.nextInt(256) + "." + random.nextInt(256) + ".1."
                        + random.nextInt(256) : "::1");
            }
        }
        for (String text : texts) {
            IpAddress.parse(text);
            InetAddresses.forString(text);
        }
        return texts;
    }
}
