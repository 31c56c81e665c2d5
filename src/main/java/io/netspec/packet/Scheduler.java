package io.netspec.packet;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that runs tasks at given System.nanoTime() instants, in time order (equal times in the
 * order they were given). close() drops what is still waiting and joins the thread within a bound.
 * A task that throws is kept as the first failure and the others still run.
 * <p>
 * A timed park wakes late (the kernel's timer slack, the wake-up of an idle processor), so the thread
 * parks only until {@link #SPIN_NANOS} before the first task is due and spins (Thread.onSpinWait) for
 * that last stretch, watching for an earlier task or close(). With nothing due it parks: no processor
 * is kept busy for more than that stretch per departure.
 */
final class Scheduler implements AutoCloseable {
    static final long JOIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How long before a task is due the thread stops parking and spins: longer than a park usually overshoots. */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(300);

    private record Task(long at, long order, Runnable run) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int byTime = Long.compare(at - o.at, 0);
            return byTime != 0 ? byTime : Long.compare(order, o.order);
        }
    }

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;
    private long order;
    private volatile boolean closed;
    /** Counts the tasks that became the first to run, so a spinning thread sees an earlier one arrive. */
    private volatile long firstChanged;
    private long ran;          // guarded by lock: tasks run, and how late they started in total and at worst
    private long lateTotal;
    private long lateMax;

    Scheduler(String name) {
        this.name = name;
        this.thread = Threads.start("packets", name, this::loop);
    }

    void at(long nanoTime, Runnable task) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            Task t = new Task(nanoTime, order++, task);
            tasks.add(t);
            if (tasks.peek() == t) {
                firstChanged++;
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return tasks.size();
        } finally {
            lock.unlock();
        }
    }

    /** How late the tasks started: count, mean and worst, in nanoseconds. */
    long[] lateness() {
        lock.lock();
        try {
            return new long[] {ran, ran == 0 ? 0 : lateTotal / ran, lateMax};
        } finally {
            lock.unlock();
        }
    }

    RuntimeException failure() {
        return failure.get();
    }

    private void loop() {
        while (true) {
            Task due;
            lock.lock();
            try {
                due = next();
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (due == null) {
                return;
            }
            try {
                due.run.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    /** The first task once it is due (taken from the queue), or null when closed. Called holding the lock. */
    private Task next() throws InterruptedException {
        while (!closed) {
            Task first = tasks.peek();
            if (first == null) {
                changed.awaitNanos(TimeUnit.SECONDS.toNanos(1));
                continue;
            }
            long wait = first.at - System.nanoTime();
            if (wait <= 0) {
                tasks.poll();
                ran++;
                lateTotal -= wait;
                lateMax = Math.max(lateMax, -wait);
                return first;
            }
            if (wait > SPIN_NANOS) {
                changed.awaitNanos(wait - SPIN_NANOS);
                continue;
            }
            long seen = firstChanged;
            lock.unlock();
            try {
                while (first.at - System.nanoTime() > 0 && firstChanged == seen && !closed) {
                    Thread.onSpinWait();
                }
            } finally {
                lock.lock();
            }
        }
        return null;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            tasks.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(TimeUnit.NANOSECONDS.toMillis(JOIN_NANOS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping the packet scheduler of \"" + name + "\"", e);
        }
        if (thread.isAlive()) {
            throw NetspecFailure.of("the packet scheduler of \"" + name + "\" did not stop within "
                    + TimeUnit.NANOSECONDS.toMillis(JOIN_NANOS) + " ms");
        }
    }
}
