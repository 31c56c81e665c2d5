package io.netspec.packet;

import io.netspec.core.NetspecFailure;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that runs tasks at given System.nanoTime() instants, in time order (equal times in the
 * order they were given). close() drops what is still waiting and joins the thread within a bound.
 * A task that throws is kept as the first failure and the others still run.
 */
final class Scheduler implements AutoCloseable {
    static final long JOIN_NANOS = TimeUnit.SECONDS.toNanos(2);

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
    private boolean closed;
    private long ran;          // guarded by lock: tasks run, and how late they started in total and at worst
    private long lateTotal;
    private long lateMax;

    Scheduler(String name) {
        this.name = name;
        this.thread = new Thread(this::loop, "netspec-packets-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
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
                while (true) {
                    if (closed) {
                        return;
                    }
                    Task first = tasks.peek();
                    long wait = first == null ? TimeUnit.SECONDS.toNanos(1) : first.at - System.nanoTime();
                    if (first != null && wait <= 0) {
                        due = tasks.poll();
                        ran++;
                        lateTotal -= wait;
                        lateMax = Math.max(lateMax, -wait);
                        break;
                    }
                    changed.awaitNanos(wait);
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                due.run.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }
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
