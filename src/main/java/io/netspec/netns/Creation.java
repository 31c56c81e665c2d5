package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The making of namespaces, many at once: each by a worker that calls {@code unshare(CLONE_NEWNET)},
 * opens the new namespace's descriptor, runs the set-up inside it and goes back. At most
 * {@code parallel} at once (the kernel serialises much of it, so more would only queue there). All or
 * nothing: whatever a failed or abandoned creation made is closed, also when it finishes late.
 */
final class Creation<T> {
    private final List<String> names;
    private final Namespace.SetUp<T> setUp;
    private final Semaphore slots;
    private final Duration bound;
    private final Namespace.Created<T>[] made;
    private int submitted;          // guarded by this
    private int finished;           // guarded by this
    private Throwable failure;      // guarded by this
    private boolean abandoned;      // guarded by this

    @SuppressWarnings("unchecked")
    private Creation(List<String> names, Namespace.SetUp<T> setUp, int parallel, Duration bound) {
        this.names = List.copyOf(names);
        this.setUp = setUp;
        this.slots = new Semaphore(Math.max(1, parallel));
        this.bound = bound;
        this.made = new Namespace.Created[names.size()];
    }

    static <T> List<Namespace.Created<T>> all(List<String> names, Namespace.SetUp<T> setUp, int parallel, Duration bound) {
        return new Creation<>(names, setUp, parallel, bound).run();
    }

    private List<Namespace.Created<T>> run() {
        try {
            for (int i = 0; i < names.size() && !failed(); i++) {
                if (!slots.tryAcquire(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                    fail(new IOException("no namespace was made within " + bound.toMillis() + " ms"));
                    break;
                }
                int index = i;
                synchronized (this) {
                    submitted++;
                }
                Workers.SHARED.submit(-1, () -> {
                    try {
                        makeOne(index);
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
            awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
        synchronized (this) {
            if (failure == null) {
                return List.of(made);
            }
            abandoned = true;
            Arrays.stream(made).filter(m -> m != null).forEach(this::close);
            String which = names.size() == 1 ? "\"" + names.get(0) + "\"" : names.size() + " hosts";
            throw NetspecFailure.of("could not make a network namespace for " + which + ": " + failure.getMessage(), failure);
        }
    }

    private synchronized boolean failed() {
        return failure != null;
    }

    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Waits until every creation started has finished, or one failed, or none finished within the bound. */
    private synchronized void awaitAll() throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        int seen = finished;
        while (finished < submitted && failure == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                failure = new IOException("making " + (names.size() - finished) + " namespaces took longer than "
                        + bound.toMillis() + " ms after the last one before them");
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
            if (finished > seen) {
                seen = finished;
                deadline = System.nanoTime() + bound.toNanos();
            }
        }
    }

    private void makeOne(int index) {
        String name = names.get(index);
        Namespace namespace = null;
        Namespace.Created<T> created = null;
        try {
            if (failed()) {
                return;
            }
            if (Libc.unshare(Libc.CLONE_NEWNET) != 0) {
                throw new IOException("unshare(CLONE_NEWNET) failed: " + Libc.describe(Libc.errno()));
            }
            int fd = Libc.open("/proc/thread-self/ns/net", Libc.O_CLOEXEC);
            if (fd < 0) {
                throw new IOException("opening /proc/thread-self/ns/net failed: " + Libc.describe(Libc.errno()));
            }
            namespace = new Namespace(name, fd);
            created = new Namespace.Created<>(namespace, setUp.inside(index, namespace));
        } catch (Exception | Error e) {
            if (namespace != null) {
                namespace.close();
            }
            fail(e);
        } finally {
            synchronized (this) {
                if (created != null && abandoned) {
                    close(created);
                } else if (created != null) {
                    made[index] = created;
                }
                finished++;
                notifyAll();
            }
        }
    }

    /** Closes what a failed or abandoned creation made; a failure to close joins the creation's failure. Holding this. */
    private void close(Namespace.Created<?> created) {
        if (created.made() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        created.namespace().close();
    }
}
