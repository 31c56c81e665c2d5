package io.netspec.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How late this JVM's threads ran while a timed operation ran, for the upper bounds of unit tests. A
 * watcher thread parks for 1 ms again and again while the operation runs and keeps its longest overshoot:
 * what the machine's load (other builds, CPU hogs, a garbage collection) made every thread wait. A test
 * bounds a time by what it should be plus a margin plus three times that lateness, so a busy machine
 * cannot fail it, while what the bound guards against (a timeout ignored, a delay applied twice or in the
 * wrong unit: hundreds of milliseconds to seconds beyond any lateness seen) still does, and its message
 * says how late the machine ran. Lower bounds (a delay is at least its length) need no baseline: load
 * only makes things later.
 */
public final class Lateness {
    /** Added to every upper bound: the work around the timed part (a connect, a thread handing over). */
    public static final Duration MARGIN = Duration.ofMillis(100);
    private static final long TICK = Duration.ofMillis(1).toNanos();

    private Lateness() {
    }

    /** What an operation returned, how long it took, and the longest lateness seen while it ran. */
    public record Timed<T>(T value, Duration elapsed, Duration lateness) {
        /** The bound for something that should take {@code expected}: plus the margin and 3 x the lateness seen. */
        public Duration bound(Duration expected) {
            return expected.plus(MARGIN).plus(lateness.multipliedBy(3));
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
            assertThat(measured).as("%s took %d ms; expected at most %d ms: %d ms, plus %d ms and 3 x the %d ms"
                            + " this JVM's threads ran late meanwhile", what, measured.toMillis(), bound(expected).toMillis(),
                    expected.toMillis(), MARGIN.toMillis(), lateness.toMillis()).isLessThanOrEqualTo(bound(expected));
            return value;
        }
    }

    /** Runs {@code operation} on this thread while a watcher measures how late threads run. */
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
        long start = System.nanoTime();
        try {
            T value = operation.call();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Timed<>(value, elapsed, Duration.ofNanos(worst.get()));
        } finally {
            done.set(true);
            watcher.join();
        }
    }
}
