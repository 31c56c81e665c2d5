package io.netspec.netns;

import io.netspec.core.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that starts processes inside namespaces, for the JVM's whole life. A process started
 * under {@code setpriv --pdeathsig} is killed when the thread that started it ends (the kernel's "parent"
 * is that thread, not the JVM), so processes must not be started from a worker that may end when idle.
 * The thread itself never enters a namespace: each process is started as {@code nsenter --net=<path> --
 * <command>}, which enters it and then becomes the command (same process, same pid).
 */
final class Spawner {
    static final String THREAD_NAME = Threads.name("netns", "spawner");

    static final Spawner SHARED = new Spawner();

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), Threads.factory("netns", "spawner"));

    private Spawner() {
    }

    /** Starts {@code builder}'s command inside the namespace at {@code path}; the builder's command is left as it was. */
    Future<Process> start(String path, ProcessBuilder builder) {
        return thread.submit(() -> {
            List<String> command = builder.command();
            List<String> entering = new ArrayList<>(List.of("nsenter", "--net=" + path, "--"));
            entering.addAll(command);
            builder.command(entering);
            try {
                return builder.start();
            } finally {
                builder.command(command);
            }
        });
    }
}
