package io.netspec.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How late this JVM's threads ran while a timed operation ran, for the upper bounds of unit tests. Two
 * measures of the same run: a watcher thread parks for 1 ms again and again while the operation runs and
 * keeps its longest overshoot (a garbage collection, a stalled processor), and the kernel counts how long
 * the threads of this JVM and of the processes it started waited for a processor ({@link ProcessorWait}:
 * beside CPU hogs and other builds, each hop of a request between threads and processes waits its turn,
 * which a watcher that needs almost no processor barely sees). A test bounds a time by what it should take
 * plus a margin, three times the overshoot and the whole wait, so a busy machine cannot fail it, while what
 * the bound guards against (a timeout ignored, a delay applied twice or in the wrong unit: hundreds of
 * milliseconds to seconds beyond what a quiet machine waits) still does, and its message says how late the
 * machine ran. Lower bounds (a delay is at least its length) need no baseline: load only makes things later.
 */
public final class Lateness {
    /** Added to every upper bound: the work around the timed part (a connect, a thread handing over). */
    public static final Duration MARGIN = Duration.ofMillis(100);
    private static final long TICK = Duration.ofMillis(1).toNanos();

    private Lateness() {
    }

    /**
     * What an operation returned, how long it took, the longest lateness the watcher saw while it ran, and how
     * long the threads of this JVM and its processes waited for a processor meanwhile.
     */
    public record Timed<T>(T value, Duration elapsed, Duration lateness, Duration waited) {
        /** The bound for something that should take {@code expected}: plus the margin, 3 x the lateness and the wait. */
        public Duration bound(Duration expected) {
            return expected.plus(MARGIN).plus(lateness.multipliedBy(3)).plus(waited);
        }

        /** Fails unless the operation took at most {@link #bound} of {@code expected}; returns its value. */
        public T tookAtMost(Duration expected, String what) {
            return atMost(elapsed, expected, what);
        }

        /**
         * Fails unless {@code measured}, a time taken within the operation (a request's own time, without the
         * work before it), is at most {@link #bound} of {@code expected}; returns the operation's value.
         */
        public T atMost(Duration measured, Duration expected, String what) {
            assertThat(measured).as("%s took %d ms; expected at most %d ms: %d ms, plus %d ms, 3 x the %d ms"
                            + " this JVM's threads ran late meanwhile and the %d ms they and its processes waited for a"
                            + " processor", what, measured.toMillis(), bound(expected).toMillis(), expected.toMillis(),
                    MARGIN.toMillis(), lateness.toMillis(), waited.toMillis()).isLessThanOrEqualTo(bound(expected));
            return value;
        }
    }

    /** Runs {@code operation} on this thread while a watcher and the kernel measure how late threads run. */
    public static <T> Timed<T> during(Callable<T> operation) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong worst = new AtomicLong();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                long before = System.nanoTime();
                LockSupport.parkNanos(TICK);
                worst.accumulateAndGet(System.nanoTime() - before - TICK, Math::max);
            }
        }, "netspec-test-lateness");
        watcher.setDaemon(true);
        watcher.start();
        ProcessorWait before = ProcessorWait.now();
        long start = System.nanoTime();
        try {
            T value = operation.call();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Timed<>(value, elapsed, Duration.ofNanos(worst.get()), ProcessorWait.now().since(before));
        } finally {
            done.set(true);
            watcher.join();
        }
    }
}
