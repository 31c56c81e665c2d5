package io.netspec.netns;

import io.netspec.core.Futures;
import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A network namespace of its own, held by one file descriptor of this JVM and by nothing else: no
 * thread lives inside it. Code that must run inside (open a socket, a TAP device, read
 * /proc/thread-self/net) is handed to a shared worker that enters it for that piece of work and goes
 * back to the JVM's namespace after it ({@link #call}); processes are started inside by one long-lived
 * thread ({@link #start}). The namespace the JVM started in is never changed. The namespace vanishes
 * when the descriptor is closed and nothing made inside it is open any more, or when the JVM dies.
 */
public final class Namespace implements AutoCloseable {
    private final String name;
    private final int fd;
    private final int pid;
    private volatile boolean closed;

    Namespace(String name, int fd) {
        this.name = name;
        this.fd = fd;
        this.pid = Libc.getpid();
    }

    /** A new namespace with only its loopback (down); fails with the OS's reason (EPERM: not privileged). */
    public static Namespace create(String name, Duration bound) {
        return Creation.all(List.of(name), (i, ns) -> null, 1, bound).get(0).namespace();
    }

    /** What {@link #createAll} made for one name: the namespace, and what its set-up made inside it. */
    public record Created<T>(Namespace namespace, T made) {
    }

    /** Work done inside a namespace just made, before anything else sees it: the {@code index}th of those asked for. */
    @FunctionalInterface
    public interface SetUp<T> {
        T inside(int index, Namespace namespace) throws Exception;
    }

    /**
     * A namespace for each name, each set up by {@code setUp} on a thread inside it, at most
     * {@code parallel} at once; in the order of the names. All or nothing: when one fails, every one
     * made is closed (and what its set-up made, where that is {@link AutoCloseable}) and the first
     * failure is thrown. {@code bound} bounds each namespace.
     */
    public static <T> List<Created<T>> createAll(List<String> names, SetUp<T> setUp, int parallel, Duration bound) {
        return Creation.all(names, setUp, parallel, bound);
    }

    /**
     * Runs {@code work} on a thread inside this namespace, so sockets and TAP devices it makes belong
     * here and stay here. The thread is a shared worker that may end when idle: never start a process
     * from {@code work} (its parent-death signal would come when the worker ends); use {@link #start}.
     */
    public <T> T call(Callable<T> work, Duration bound) throws IOException {
        return await(Workers.SHARED.submit(lease(), work), bound, "work inside the network namespace of \"" + name + "\"");
    }

    /**
     * A copy of the descriptor for one piece of work, which closes it once it has entered: closing this
     * namespace meanwhile cannot make the work enter whatever reuses the number.
     */
    private synchronized int lease() {
        if (closed) {
            throw NetspecFailure.of("the network namespace of \"" + name + "\" is closed");
        }
        int copy = Libc.fcntl(fd, Libc.F_DUPFD_CLOEXEC, 0);
        if (copy < 0) {
            throw NetspecFailure.of("could not copy the descriptor of the network namespace of \"" + name + "\": "
                    + Libc.describe(Libc.errno()));
        }
        return copy;
    }

    /**
     * Starts {@code builder}'s command inside this namespace, from a thread that lives as long as the
     * JVM (so a process that asks for a parent-death signal gets it only when the JVM ends).
     */
    public Process start(ProcessBuilder builder, Duration bound) throws IOException {
        if (closed) {
            throw NetspecFailure.of("the network namespace of \"" + name + "\" is closed");
        }
        return await(Spawner.SHARED.start(path(), builder), bound, "starting " + builder.command() + " inside \"" + name + "\"");
    }

    static <T> T await(Future<T> result, Duration bound, String what) throws IOException {
        try {
            return result.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = Futures.causeOf(e);
            throw NetspecFailure.of(what + ": " + cause, cause);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw NetspecFailure.of(what + " took longer than " + bound.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw NetspecFailure.of("interrupted while waiting for " + what, e);
        }
    }

    /**
     * Hands {@code task} to a worker inside this namespace and returns at once, without waiting for it (as
     * {@link #call} would): for a library that makes its sockets on threads of its own executor. Refused
     * once the namespace is closed.
     */
    public void execute(Runnable task) {
        Workers.SHARED.submit(lease(), Executors.callable(task));
    }

    /** Opens a TAP device called {@code ifName} inside this namespace (its other side is netspec's). */
    public Tap openTap(String ifName, Duration bound) throws IOException {
        return call(() -> Tap.openHere(ifName), bound);
    }

    /** The path other programs enter it by: {@code nsenter --net=<path>}. Valid while this is open. */
    public String path() {
        return "/proc/" + pid + "/fd/" + fd;
    }

    public String name() {
        return name;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * The name of the one thread that starts processes inside namespaces, which lives as long as the JVM
     * once it has started one. (The workers that run {@link #call} end after two seconds without work.)
     */
    public static String spawnerThread() {
        return Spawner.THREAD_NAME;
    }

    /** Closes the descriptor: the namespace goes once nothing made inside it is open any more. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }

    @Override
    public String toString() {
        return "network namespace of \"" + name + "\" (" + path() + ")";
    }
}
