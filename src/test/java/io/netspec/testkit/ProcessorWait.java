package io.netspec.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How long the threads of this JVM and of every process it started (a Toxiproxy server, a program on a
 * host) waited for a processor while they were ready to run: the kernel's own count (the second field of
 * {@code /proc/<pid>/task/<tid>/schedstat}, in nanoseconds). On a quiet machine it grows by a few
 * milliseconds a second; beside CPU hogs and other builds every hop of a request between threads waits its
 * turn, and this is how long those turns took in sum. Where the kernel does not say (not Linux), it is zero.
 */
public final class ProcessorWait {
    private final Map<Long, Long> byThread;

    private ProcessorWait(Map<Long, Long> byThread) {
        this.byThread = byThread;
    }

    /** The counts now, by thread. */
    public static ProcessorWait now() {
        Map<Long, Long> byThread = new HashMap<>();
        Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants())
                .forEach(p -> readThreads(p.pid(), byThread));
        return new ProcessorWait(byThread);
    }

    /**
     * The waiting done since {@code earlier}: by each thread counted then, its growth; by each thread begun
     * since, all of it. A thread that ended meanwhile took its count with it.
     */
    public Duration since(ProcessorWait earlier) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : byThread.entrySet()) {
            sum += Math.max(0, e.getValue() - earlier.byThread.getOrDefault(e.getKey(), 0L));
        }
        return Duration.ofNanos(sum);
    }

    private static void readThreads(long pid, Map<Long, Long> into) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(t -> waited(t).ifPresent(ns -> into.put(Long.parseLong(t.getFileName().toString()), ns)));
        } catch (IOException e) {
            // not Linux, or the process ended while it was read: nothing of it to count
        }
    }

    private static OptionalLong waited(Path thread) {
        try {
            String[] fields = Files.readString(thread.resolve("schedstat")).trim().split("\\s+");
            return fields.length >= 2 ? OptionalLong.of(Long.parseLong(fields[1])) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty(); // the thread ended while it was read
        }
    }
}
