package io.netspec.core;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * netspec's one way to make threads: daemon threads named {@code netspec-<kind>-<name>} (a second
 * thread of the same factory gets {@code -2}, and so on), so a thread dump or a leak report says whose
 * each one is; and bounded joins, so every owner can prove on close that its threads ended.
 */
public final class Threads {
    /** How long an owner waits, at most, for its threads to end on close. */
    public static final Duration JOIN_BOUND = Duration.ofSeconds(5);

    private Threads() {
    }

    /** The name of the thread of {@code kind} (such as "tcp-echo" or "link") for {@code name}. */
    public static String name(String kind, String name) {
        return "netspec-" + kind.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + name;
    }

    /** A factory of daemon threads named {@code netspec-<kind>-<name>}, {@code -2}, {@code -3}, ... */
    public static Factory factory(String kind, String name) {
        return new Factory(name(kind, name));
    }

    /**
     * Makes the threads of one owner's executor and remembers them, so that the owner can join them on
     * close: an executor's {@code awaitTermination} returns before its last thread has ended.
     */
    public static final class Factory implements ThreadFactory {
        private final String base;
        private final AtomicInteger count = new AtomicInteger();
        private final List<Thread> made = new CopyOnWriteArrayList<>();

        private Factory(String base) {
            this.base = base;
        }

        @Override
        public Thread newThread(Runnable task) {
            int n = count.incrementAndGet();
            Thread t = new Thread(task, n == 1 ? base : base + "-" + n);
            t.setDaemon(true);
            made.removeIf(old -> old.getState() == Thread.State.TERMINATED);
            made.add(t);
            return t;
        }

        /** Waits, within what is left of {@code deadlineNanos}, for every thread made to end. */
        void joinAll(long deadlineNanos, String owner) {
            for (Thread t : made) {
                join(t, Duration.ofNanos(Math.max(1_000_000, deadlineNanos - System.nanoTime())), owner);
            }
        }
    }

    /** Starts {@code task} on a daemon thread named {@code netspec-<kind>-<name>}. */
    public static Thread start(String kind, String name, Runnable task) {
        Thread t = factory(kind, name).newThread(task);
        t.start();
        return t;
    }

    /** Waits at most {@code bound} for {@code thread} to end; fails naming {@code owner} if it does not. */
    public static void join(Thread thread, Duration bound, String owner) {
        try {
            thread.join(bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping " + owner, e);
        }
        if (thread.isAlive()) {
            throw NetspecFailure.of("the thread " + thread.getName() + " of " + owner + " did not stop within "
                    + bound.toMillis() + " ms");
        }
    }

    /**
     * Stops {@code executor} (interrupting its tasks) and waits at most {@code bound} for it to end and
     * for every thread {@code factory} made for it to be gone.
     */
    public static void shutDown(ExecutorService executor, Factory factory, Duration bound, String owner) {
        long deadline = System.nanoTime() + bound.toNanos();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw NetspecFailure.of("the threads of " + owner + " did not stop within " + bound.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping " + owner, e);
        }
        factory.joinAll(deadline, owner);
    }
}
