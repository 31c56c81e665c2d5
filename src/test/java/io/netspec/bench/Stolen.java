package io.netspec.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's processor time by the kernel's count ({@code /proc/stat}, first line): on a virtual
 * machine, "steal" is time a processor was ready to run this machine's work while the hypervisor ran
 * something else; every thread of the benchmark stops then, however short its path. Zero where the
 * kernel counts none.
 */
final class Stolen {
    private Stolen() {
    }

    /** {steal, total} in clock ticks so far; {0, 0} where there is no {@code /proc/stat}. */
    static long[] now() {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return new long[] {0, 0};
        }
        try {
            String[] fields = Files.readAllLines(stat).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {fields.length > 8 ? Long.parseLong(fields[8]) : 0, total};
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + stat + " failed", e);
        }
    }

    /** The share of the processors' time between {@code before} and {@code after} that was stolen. */
    static double share(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total <= 0 ? 0 : (double) (after[0] - before[0]) / total;
    }
}
