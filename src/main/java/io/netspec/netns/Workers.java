package io.netspec.netns;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The threads that do work inside namespaces, so that no namespace needs a thread of its own. A worker
 * enters the namespace a piece of work belongs to ({@code setns}), runs it, and goes back to the
 * namespace the JVM started in before it waits for more. Where the kernel will not let it go back (a
 * JVM in a user namespace of its own, whose starting namespace belongs to the machine), the worker ends
 * instead: a worker waiting for work is always in the JVM's own namespace. Workers are made when no idle
 * one is free and end after {@link #IDLE} without work, so their number follows how much work runs at
 * once, never how many namespaces there are.
 *
 * <p>One set of workers serves the whole JVM ({@link #SHARED}), as threads and namespaces are the
 * JVM's, not a scenario's. A worker may end, so nothing it starts may depend on its life: processes are
 * started by {@link Spawner}, whose thread lives as long as the JVM.
 */
final class Workers {
    /** How long a worker waits for more work before it ends. */
    static final Duration IDLE = Duration.ofSeconds(2);
    /** The names of the workers' threads: netspec-netns-worker, netspec-netns-worker-2, … */
    static final Pattern THREAD_NAMES = Pattern.compile(Pattern.quote(Threads.name("netns", "worker")) + "(-\\d+)?");
    /** The JVM's starting namespace, as the thread group leader (which never runs netspec's code) holds it. */
    private static final Path HOME = Path.of("/proc/self/ns/net");
    private static final Path HERE = Path.of("/proc/thread-self/ns/net");

    static final Workers SHARED = new Workers();

    private final Threads.Factory threads = Threads.factory("netns", "worker");
    private final SynchronousQueue<Job<?>> waiting = new SynchronousQueue<>();

    private Workers() {
    }

    /**
     * One piece of work, with a descriptor of the namespace it runs in, its own copy, which it closes once
     * it has entered ({@code fd} -1: the work moves the thread itself, as unshare does). Every job is run
     * by a worker, also one cancelled before it started, so the copy is always closed.
     */
    private static final class Job<T> extends FutureTask<T> {
        private final int fd;

        Job(int fd, Callable<T> work) {
            super(work);
            this.fd = fd;
        }

        @Override
        public void run() {
            if (fd >= 0) {
                int entered = Libc.setns(fd, Libc.CLONE_NEWNET);
                int errno = Libc.errno();
                Libc.close(fd);
                if (entered != 0) {
                    setException(new IOException("setns(CLONE_NEWNET) failed: " + Libc.describe(errno)));
                    return;
                }
            }
            super.run();
        }
    }

    /**
     * Runs {@code work} on a worker inside the namespace held by {@code fd}, a descriptor the job owns and
     * closes (-1: in the JVM's own, for work that moves the thread itself); the worker is back in the
     * JVM's namespace, or ended, after it.
     */
    <T> FutureTask<T> submit(int fd, Callable<T> work) {
        Job<T> job = new Job<>(fd, work);
        if (!waiting.offer(job)) {
            threads.newThread(() -> work(job)).start();
        }
        return job;
    }

    private void work(Job<?> first) {
        Job<?> job = first;
        while (job != null) {
            job.run();
            Thread.interrupted();  // a cancelled job's interrupt is not the next job's
            if (!goHome()) {
                return;
            }
            try {
                job = waiting.poll(IDLE.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes this thread back to the JVM's starting namespace; false when the kernel refuses (the thread must end). */
    static boolean goHome() {
        try {
            if (isHome()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        int fd = Libc.open(HOME.toString(), Libc.O_CLOEXEC);
        if (fd < 0) {
            return false;
        }
        try {
            return Libc.setns(fd, Libc.CLONE_NEWNET) == 0;
        } finally {
            Libc.close(fd);
        }
    }

    /** Whether the calling thread is in the JVM's starting namespace. */
    static boolean isHome() throws IOException {
        return Files.readSymbolicLink(HERE).equals(Files.readSymbolicLink(HOME));
    }

    /** The namespace the calling thread is in ("net:[4026531840]"), for messages and tests. */
    static String here() {
        try {
            return Files.readSymbolicLink(HERE).toString();
        } catch (IOException e) {
            throw NetspecFailure.of("could not read " + HERE + ": " + e.getMessage(), e);
        }
    }
}
