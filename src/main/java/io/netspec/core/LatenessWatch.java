package io.netspec.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * How late this machine runs netspec's threads, watched for as long as a scenario lasts: one thread sleeps
 * for {@value #TICK_MICROS} µs again and again and keeps, for each sleep, when it woke and how much later
 * than asked (the newest {@value #KEPT} wake-ups). A timing check asks how late threads woke while what it
 * checks was measured ({@link #during}) and allows that on top of its range, saying so: a busy machine (other
 * builds, CPU hogs, a garbage collection) makes every wait on it longer, which is the machine's lateness,
 * not the network's.
 */
public final class LatenessWatch implements AutoCloseable {
    static final long TICK_MICROS = 2_000;
    static final int KEPT = 32_768;
    private static final long TICK = TICK_MICROS * 1_000;

    private final long[] at = new long[KEPT];
    private final long[] late = new long[KEPT];
    private final Thread thread;
    private volatile boolean stopped;
    private long count;

    private LatenessWatch(String name) {
        thread = Threads.factory("lateness", name).newThread(this::watch);
        thread.start();
    }

    /** Starts watching, on a thread named {@code netspec-lateness-<name>}. */
    public static LatenessWatch start(String name) {
        return new LatenessWatch(name);
    }

    private void watch() {
        while (!stopped) {
            long before = System.nanoTime();
            LockSupport.parkNanos(TICK);
            long woke = System.nanoTime();
            synchronized (this) {
                int slot = (int) (count++ % KEPT);
                at[slot] = woke;
                late[slot] = Math.max(0, woke - before - TICK);
            }
        }
    }

    /** How late threads woke between {@code fromNanos} and {@code toNanos} ({@link System#nanoTime()}). */
    public synchronized Lateness during(long fromNanos, long toNanos) {
        int kept = (int) Math.min(count, KEPT);
        long[] inside = new long[kept];
        int n = 0;
        for (int i = 0; i < kept; i++) {
            if (at[i] - fromNanos >= 0 && toNanos - at[i] >= 0) {
                inside[n++] = late[i];
            }
        }
        long[] sorted = Arrays.copyOf(inside, n);
        Arrays.sort(sorted);
        return new Lateness(sorted);
    }

    /** How late threads woke in the last {@code span}, up to now. */
    public Lateness last(Duration span) {
        long now = System.nanoTime();
        return during(now - span.toNanos(), now);
    }

    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(thread);
        Threads.join(thread, Threads.JOIN_BOUND, "the lateness watch");
    }

    /** The wake-ups of a span of time, by how late each came. */
    public static final class Lateness {
        private final long[] sortedNanos;

        Lateness(long[] sortedNanos) {
            this.sortedNanos = sortedNanos;
        }

        /** No wake-up seen: nothing to allow for. */
        public static Lateness none() {
            return new Lateness(new long[0]);
        }

        /** Wake-ups that came as late as {@code lateness} each. */
        public static Lateness of(Duration... lateness) {
            return new Lateness(java.util.Arrays.stream(lateness).mapToLong(Duration::toNanos).sorted().toArray());
        }

        public int wakeUps() {
            return sortedNanos.length;
        }

        /** The lateness that {@code percentile} percent of the wake-ups did not exceed (0 when none was seen). */
        public Duration percentile(double percentile) {
            if (sortedNanos.length == 0) {
                return Duration.ZERO;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return Duration.ofNanos(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))]);
        }

        public Duration worst() {
            return percentile(100);
        }
    }
}
