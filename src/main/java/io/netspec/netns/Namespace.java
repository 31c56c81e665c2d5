package io.netspec.netns;

import io.netspec.core.Futures;
import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A network namespace of its own, held by one file descriptor of this JVM and by one dedicated thread
 * that lives inside it. Code that must run inside (open a socket, start a process, read
 * /proc/thread-self/net) is handed to that thread with {@link #call}. The namespace the JVM started in
 * is never changed: only the dedicated thread leaves it, with {@code unshare(CLONE_NEWNET)}. The
 * namespace vanishes when the descriptor is closed and the thread has ended, or when the JVM dies.
 */
public final class Namespace implements AutoCloseable {
    /** How long close() waits for the thread to end. */
    public static final Duration STOP_BOUND = Duration.ofSeconds(3);

    private final String name;
    private final ThreadPoolExecutor thread;
    private final Threads.Factory threads;
    private final int fd;
    private final int pid;
    private final Path procNet;
    private volatile boolean closed;

    private Namespace(String name, ThreadPoolExecutor thread, Threads.Factory threads, int fd, int pid, Path procNet) {
        this.procNet = procNet;
        this.name = name;
        this.thread = thread;
        this.threads = threads;
        this.fd = fd;
        this.pid = pid;
    }

    /** What the thread that made a namespace hands back: the descriptor that holds it, and its /proc view. */
    private record Entered(int fd, Path procNet) {
    }

    /** A new namespace with a thread inside it; fails with the OS's reason (EPERM: not privileged). */
    public static Namespace create(String name, Duration bound) {
        Threads.Factory threads = Threads.factory("netns", name);
        ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        Future<Entered> entered = thread.submit(() -> {
            if (Libc.unshare(Libc.CLONE_NEWNET) != 0) {
                throw new IOException("unshare(CLONE_NEWNET) failed: " + Libc.describe(Libc.errno()));
            }
            int nsFd = Libc.open("/proc/thread-self/ns/net", Libc.O_CLOEXEC);
            if (nsFd < 0) {
                throw new IOException("opening /proc/thread-self/ns/net failed: " + Libc.describe(Libc.errno()));
            }
            // "<pid>/task/<tid>": this thread's own /proc folder, whose net/ shows this namespace to any reader.
            return new Entered(nsFd, Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self"))).resolve("net"));
        });
        try {
            Entered made = entered.get(bound.toNanos(), TimeUnit.NANOSECONDS);
            return new Namespace(name, thread, threads, made.fd(), Libc.getpid(), made.procNet());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            stop(thread, threads, name);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw NetspecFailure.of("could not make a network namespace for \"" + name + "\": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(thread, threads, name);
            throw NetspecFailure.of("interrupted while making a network namespace for \"" + name + "\"", e);
        }
    }

    /** Runs {@code work} on the namespace's own thread (so sockets and processes it makes belong here). */
    public <T> T call(Callable<T> work, Duration bound) throws IOException {
        if (closed) {
            throw NetspecFailure.of("the network namespace of \"" + name + "\" is closed");
        }
        Future<T> result = thread.submit(work);
        try {
            return result.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = Futures.causeOf(e);
            throw NetspecFailure.of("inside \"" + name + "\": " + cause, cause);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw NetspecFailure.of("work inside the network namespace of \"" + name + "\" took longer than "
                    + bound.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while waiting for work inside \"" + name + "\"", e);
        }
    }

    /** Opens a TAP device called {@code ifName} inside this namespace (its other side is netspec's). */
    public Tap openTap(String ifName, Duration bound) throws IOException {
        return call(() -> Tap.openHere(ifName), bound);
    }

    /** The path other programs enter it by: {@code nsenter --net=<path>}. Valid while this is open. */
    public String path() {
        return "/proc/" + pid + "/fd/" + fd;
    }

    /**
     * The /proc folder that shows this namespace's tables (tcp, udp, dev …) to any thread that reads
     * it: {@code /proc/<pid>/task/<tid>/net} of the namespace's own thread. Valid while this is open.
     */
    public Path procNet() {
        return procNet;
    }

    public String name() {
        return name;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Ends the thread (joined within {@link #STOP_BOUND}) and closes the descriptor. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop(thread, threads, name);
        } finally {
            Libc.close(fd);
        }
    }

    private static void stop(ThreadPoolExecutor thread, Threads.Factory threads, String name) {
        Threads.shutDown(thread, threads, STOP_BOUND, "the network namespace of \"" + name + "\"");
    }

    @Override
    public String toString() {
        return "network namespace of \"" + name + "\" (" + path() + ")";
    }
}
