package io.netspec.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.measure.Charts;
import io.netspec.socket.Held;
import io.netspec.socket.Leftovers;
import io.netspec.socket.ResourceKind;
import io.netspec.socket.ResourceSnapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts what this JVM holds before the first scenario and after the last one, and fails the run if
 * the scenarios left anything behind: a thread, a child process, a Unix socket folder or a file
 * descriptor (socket, pipe, epoll, eventfd, file …), kind by kind.
 *
 * <p>The count taken before the suite lives in a static field: it belongs to the whole run, which no
 * scenario-scoped object outlives. It is the one piece of suite-scoped state in the glue (as
 * {@code io.netspec.fault.SharedToxiproxy} is the one JVM-wide holder): set once by the
 * {@code @BeforeAll} hook, taken (and cleared) once by the {@code @AfterAll} hook, both atomically.
 * Runs of the glue in one JVM follow one another; two at once would share it.
 */
public final class SocketLeakCheck {
    /** How long the resources may take to go after the last scenario: a garbage collection, a closing thread. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final AtomicReference<ResourceSnapshot> BEFORE_THE_SUITE = new AtomicReference<>();

    private SocketLeakCheck() {
    }

    @BeforeAll
    public static void countBefore() {
        BEFORE_THE_SUITE.set(ResourceSnapshot.take());
    }

    @AfterAll
    public static void nothingLeftBehind() {
        ResourceSnapshot before = BEFORE_THE_SUITE.getAndSet(null);
        if (before == null) {
            throw new IllegalStateException("no count was taken before the suite: the @BeforeAll hook "
                    + SocketLeakCheck.class.getName() + ".countBefore did not run");
        }
        if (Boolean.getBoolean("netspec.leakDiagnostics")) {
            System.out.println("right after the last scenario, " + diagnostics(before, ResourceSnapshot.take()));
        }
        Leftovers found = Leftovers.settle(before, SocketLeakCheck::heldAcrossTheSuite, SETTLE);
        System.out.println("netspec before → after the suite: " + before.countsTo(found.after()) + "; held on purpose: "
                + found.describeHeld());
        if (Boolean.getBoolean("netspec.leakDiagnostics")) {
            System.out.println("settled, " + diagnostics(before, found.after()));
        }
        if (!found.isClean()) {
            throw new IllegalStateException("the scenarios left things behind (after waiting " + SETTLE.toSeconds()
                    + " s, with garbage collection, for them to go):\n  " + found.describe("the suite"));
        }
    }

    /** What the suite keeps on purpose from its first scenario to JVM exit, each with its reason. */
    static List<Held> heldAcrossTheSuite() {
        List<Held> held = new ArrayList<>(SharedToxiproxy.held());
        held.add(Held.matching("the test engine's parallel executor", ResourceKind.THREAD, "ForkJoinPool-\\d+-worker-\\d+"));
        held.addAll(Charts.held());
        held.add(Held.classPathJars());
        // The JDK names a reaper thread after the process it waits for; an unnamed one is idle, kept
        // by the JDK's pool for up to a minute after its process (an ended external service) exited.
        held.add(Held.exactly("the JDK's idle process reapers", ResourceKind.THREAD, List.of("process reaper")));
        return held;
    }

    private static String diagnostics(ResourceSnapshot before, ResourceSnapshot after) {
        StringBuilder s = new StringBuilder("netspec leak diagnostics\n");
        for (ResourceKind kind : ResourceKind.values()) {
            List<String> gone = new ArrayList<>(before.of(kind));
            after.of(kind).forEach(gone::remove);
            List<String> added = new ArrayList<>(after.of(kind));
            before.of(kind).forEach(added::remove);
            s.append(kind.plural()).append(": ").append(before.of(kind).size()).append(" → ").append(after.of(kind).size())
                    .append('\n');
            gone.forEach(g -> s.append("   - ").append(before.describe(g)).append('\n'));
            added.forEach(a -> s.append("   + ").append(after.describe(a)).append('\n'));
        }
        return s.toString();
    }
}
