package io.netspec.testkit.netns;

import io.netspec.netns.Namespace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A JVM started in a user namespace of its own that kept the machine's network namespace (as an
 * ordinary user's test run is), for {@code netns.WorkersInUserNamespaceTest}: the kernel will not let a
 * thread back into the JVM's starting namespace there. Makes a namespace, works inside it twice, and
 * prints "WORKED", the two worker threads' /proc entries, and whether each thread still exists after the
 * work (it must not: a worker that cannot go back ends).
 */
public final class UserNamespaceMain {
    private UserNamespaceMain() {
    }

    public static void main(String[] args) throws Exception {
        Duration bound = Duration.ofSeconds(30);  // a bound: the kernel makes a namespace after other builds' are made or torn down
        try (Namespace ns = Namespace.create("rootless", bound)) {
            StringBuilder line = new StringBuilder("WORKED");
            for (int i = 0; i < 2; i++) {
                Path task = ns.call(() -> Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self"))), bound);
                long deadline = System.nanoTime() + bound.toNanos();
                while (Files.exists(task) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                line.append(' ').append(task).append(Files.exists(task) ? " alive" : " ended");
            }
            System.out.println(line);
        }
    }
}
