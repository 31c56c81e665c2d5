package io.netspec.netns;

import io.netspec.host.Capability;
import io.netspec.launch.UserNamespaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A shared worker runs work inside a namespace and is back in the JVM's own namespace before it takes
 * more, whatever the work did: returned, threw, moved the thread elsewhere itself, was cancelled, or
 * made a namespace. Checked on the worker's own /proc entry after each piece of work.
 */
class WorkersTest {
    /** A bound, not a measure: making a namespace waits for the kernel's other namespaces being made or torn down (other builds'). */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Path HOME = Path.of("/proc/self/ns/net");

    @BeforeAll
    static void hostsCanRun() {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
    }

    @Test
    void aWorkerGoesBackToTheJvmsNamespaceAfterWorkInsideAnother() throws Exception {
        List<Path> tasks = new ArrayList<>();
        try (Namespace ns = Namespace.create("workers-test", BOUND)) {
            String inside = ns.call(() -> {
                tasks.add(taskOfThisThread());
                return Workers.here();
            }, BOUND);
            assertThat(inside).as("the namespace the work ran in").isNotEqualTo(home());
            assertBackHome(tasks);

            assertThatThrownBy(() -> ns.call(() -> {
                tasks.add(taskOfThisThread());
                throw new IOException("work that fails");
            }, BOUND)).hasMessageContaining("work that fails");
            assertBackHome(tasks);

            ns.call(() -> {
                tasks.add(taskOfThisThread());
                // Work that moves its thread on by itself, into a namespace nobody else holds.
                assertThat(Libc.unshare(Libc.CLONE_NEWNET)).isZero();
                return null;
            }, BOUND);
            assertBackHome(tasks);
        }
    }

    @Test
    void aWorkerWhoseWorkWasCancelledGoesBackToo() throws Exception {
        List<Path> tasks = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        try (Namespace ns = Namespace.create("workers-cancel", BOUND)) {
            assertThatThrownBy(() -> ns.call(() -> {
                tasks.add(taskOfThisThread());
                started.countDown();
                new CountDownLatch(1).await(10, TimeUnit.SECONDS);  // interrupted when the call gives up
                return null;
            }, Duration.ofMillis(300))).hasMessageContaining("took longer than 300 ms");
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertBackHome(tasks);
        }
    }

    @Test
    void makingNamespacesLeavesEveryWorkerAtHome() throws Exception {
        List<Path> tasks = new ArrayList<>();
        List<Namespace.Created<String>> made = Namespace.createAll(List.of("w1", "w2", "w3", "w4"), (i, ns) -> {
            synchronized (tasks) {
                tasks.add(taskOfThisThread());
            }
            return Workers.here();
        }, 2, BOUND);
        try {
            assertThat(made).extracting(Namespace.Created::made).doesNotHaveDuplicates().doesNotContain(home());
            assertBackHome(tasks);
        } finally {
            made.forEach(m -> m.namespace().close());
        }
    }

    @Test
    void goingHomeTakesAThreadBackFromANamespaceItMadeItself() throws Exception {
        boolean[] result = new boolean[3];
        Thread t = new Thread(() -> {
            result[0] = Libc.unshare(Libc.CLONE_NEWNET) == 0;
            result[1] = Workers.goHome();
            try {
                result[2] = Workers.isHome();
            } catch (IOException e) {
                result[2] = false;
            }
        }, "workers-test-go-home");
        t.start();
        t.join(5_000);
        // In the machine's own user namespace the way home is open. In a rootless run's own user namespace
        // the kernel refuses it (the JVM's home belongs to the machine's), and the worker ends instead
        // (WorkersInUserNamespaceTest).
        boolean open = UserNamespaces.initial();
        assertThat(result).as("unshare worked, going home worked, and the thread is home (the way home is %s here)",
                open ? "open" : "refused").containsExactly(true, open, open);
    }

    @Test
    void aNamespaceClosedIsNotEnteredAgain() {
        Namespace ns = Namespace.create("workers-closed", BOUND);
        ns.close();
        assertThatThrownBy(() -> ns.call(() -> null, BOUND)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    /** Each thread that did the work is in the JVM's namespace again (or has ended), soon after the work returned. */
    private static void assertBackHome(List<Path> tasks) {
        await("the workers back in the JVM's namespace").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> {
                    for (Path task : List.copyOf(tasks)) {
                        assertThat(namespaceOf(task)).as("the namespace of worker " + task).isIn(home(), "(ended)");
                    }
                });
    }

    private static Path taskOfThisThread() throws IOException {
        return Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
    }

    private static String namespaceOf(Path task) throws IOException {
        try {
            return Files.readSymbolicLink(task.resolve("ns/net")).toString();
        } catch (NoSuchFileException e) {
            return "(ended)";
        }
    }

    private static String home() throws IOException {
        return Files.readSymbolicLink(HOME).toString();
    }
}
