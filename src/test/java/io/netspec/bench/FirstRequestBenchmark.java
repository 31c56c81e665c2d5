package io.netspec.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figures for docs/performance.md, section "Protocols": the first HTTP request of a fresh JVM against its
 * second and third, through netspec's client (which pays the JDK client's start-up before it times the
 * first request) and through a bare JDK client timed around the send (what netspec measured before).
 * A benchmark, not a test: under load both first requests vary by a factor of four from JVM to JVM.
 * Run with:
 * mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.netspec.bench.FirstRequestBenchmark -Dexec.args="9"
 * (fresh JVMs of each kind, alternating).
 */
public final class FirstRequestBenchmark {
    private FirstRequestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        List<long[]> netspec = new ArrayList<>();
        List<long[]> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            netspec.add(probe(""));
            bare.add(probe("bare"));
        }
        print("netspec's client", netspec);
        print("bare JDK client ", bare);
        System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void print(String what, List<long[]> runs) {
        System.out.printf("%s  first request median %6.1f ms (runs: %s), second and third %5.1f ms%n", what,
                median(runs, 0) / 1000.0, Arrays.toString(runs.stream().mapToLong(r -> r[0] / 1000).toArray()),
                (median(runs, 1) + median(runs, 2)) / 2000.0);
    }

    private static double median(List<long[]> runs, int index) {
        long[] values = runs.stream().mapToLong(r -> r[index]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2.0;
    }

    /** The test class path: exec:java loads this class through a class loader of its own, not the JVM's. */
    private static String classPath() {
        if (FirstRequestBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            return String.join(File.pathSeparator, Arrays.stream(loader.getURLs()).map(u -> {
                try {
                    return Path.of(u.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
        }
        return System.getProperty("java.class.path");
    }

    private static long[] probe(String mode) throws IOException, InterruptedException {
        Path output = Files.createTempFile("netspec-first-request", ".txt");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                    "io.netspec.testkit.http.FirstRequestProbe", mode).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the probe did not end within 120 s");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            String line = out.lines().filter(l -> l.startsWith("micros ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the probe printed no times: " + out));
            return Arrays.stream(line.substring(7).strip().split(" ")).mapToLong(Long::parseLong).toArray();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
