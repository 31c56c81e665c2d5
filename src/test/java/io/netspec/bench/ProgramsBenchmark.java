package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.core.Threads;
import io.netspec.host.Capability;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Program;
import io.netspec.host.Topology;
import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Programs on hosts, side by side in one run: the cost of a program run to completion on a host (its own
 * PID namespace, its init, its bounded output) beside the same program started by the JVM in its own
 * namespace (p50, p90, p99 of {@code true}); and the JVM's heap, after a collection, each second while a
 * program prints without end ({@code cat /dev/zero}, then {@code yes}), with the bytes read per second.
 * Prints figures; it is not a timed test. Run with {@code bash ci/bench-programs.sh [start|heap]}.
 */
public final class ProgramsBenchmark {
    private static final int WARM_UP = 50;
    private static final int RUNS = 300;
    private static final Duration HEAP_RUN = Duration.ofSeconds(20);
    /** How long past {@link #HEAP_RUN} the heap sampler may take to end. */
    private static final long WAIT_BOUND_MILLIS = 10_000;
    private static final Supplier<Duration> WAIT = () -> Duration.ofSeconds(2);

    private ProgramsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            System.out.println("programs benchmarks skipped: " + missing.get());
            return;
        }
        List<String> which = args.length == 0 ? List.of("start", "heap") : List.of(args);
        System.out.println("netspec programs benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + loadAverage() + ")");
        Topology topology = new Topology();
        try (Network office = topology.network("office", "192.168.9.0/24");
             Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.9.10"))), false)) {
            if (which.contains("start")) {
                start(web);
            }
            if (which.contains("heap")) {
                heap(web, "cat /dev/zero");
                heap(web, "yes");
            }
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** {@code true} started by the JVM (ProcessBuilder, waitFor) and run to completion on a host, alternating. */
    private static void start(Host web) throws Exception {
        Histogram plain = new Histogram(3);
        Histogram onHost = new Histogram(3);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("true").start();
            p.waitFor(10, TimeUnit.SECONDS);
            long t1 = System.nanoTime();
            try (Program program = Program.start(web, "true-" + i, "true", Program.Mode.TO_COMPLETION, WAIT)) {
                program.awaitCompletion(Duration.ofSeconds(10));
            }
            long t2 = System.nanoTime();
            if (i >= WARM_UP) {
                plain.recordValue((t1 - t0) / 1_000);
                onHost.recordValue((t2 - t1) / 1_000);
            }
        }
        System.out.println("\"true\" to completion, " + RUNS + " runs each, alternating (µs):");
        row("started by the JVM in its own namespace", plain);
        row("run to completion on a host (closed too)", onHost);
        System.out.printf(Locale.ROOT, "  cost on a host over the JVM's own start, p50: %.2f ms (bound: 15 ms)%n",
                (onHost.getValueAtPercentile(50) - plain.getValueAtPercentile(50)) / 1000.0);
    }

    private static void row(String what, Histogram h) {
        System.out.printf(Locale.ROOT, "  %-44s p50 %7d  p90 %7d  p99 %7d  max %7d%n", what,
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getMaxValue());
    }

    /** The heap used after a full collection, once a second while {@code command} prints without end. */
    private static void heap(Host web, String command) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        List<Long> used = new CopyOnWriteArrayList<>();  // the sampler's thread adds, this one reads
        long read;
        try (Program program = Program.start(web, "noise", command, Program.Mode.KEEPS_RUNNING, WAIT)) {
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(Threads.factory("bench", "heap"));
            sampler.scheduleAtFixedRate(() -> {
                System.gc();
                used.add(memory.getHeapMemoryUsage().getUsed());
            }, 1, 1, TimeUnit.SECONDS);
            sampler.schedule(sampler::shutdown, HEAP_RUN.toMillis(), TimeUnit.MILLISECONDS);  // ends the sampling
            if (!sampler.awaitTermination(HEAP_RUN.toMillis() + WAIT_BOUND_MILLIS, TimeUnit.MILLISECONDS)) {
                sampler.shutdownNow();
                throw new IllegalStateException("the heap sampler did not end within " + HEAP_RUN.toSeconds() + " s and "
                        + WAIT_BOUND_MILLIS + " ms");
            }
            read = bytesRead(program.report());
        }
        long min = used.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = used.stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "\"%s\" on a host for %d s: %.1f GB read (%.0f MB/s); heap after GC before %.1f MB,"
                        + " while it printed %.1f to %.1f MB (first sample %.1f, last %.1f)%n", command, HEAP_RUN.toSeconds(),
                read / 1e9, read / 1e6 / HEAP_RUN.toSeconds(), before / 1e6, min / 1e6, max / 1e6,
                used.get(0) / 1e6, used.get(used.size() - 1) / 1e6);
    }

    /** The byte count the program's report states ("output: N bytes in ..."). */
    private static long bytesRead(String report) {
        int at = report.indexOf("output: ");
        return Long.parseLong(report.substring(at + 8, report.indexOf(' ', at + 8)));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
