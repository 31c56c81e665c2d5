package io.netspec.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.netspec.core.NetspecFailure;
import io.netspec.core.Settings;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.host.Capability;
import io.netspec.http.HttpCaller;
import io.netspec.leak.Held;
import io.netspec.leak.Leftovers;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.measure.Charts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Two looks, each allowed {@link #SETTLE} for closing threads and sockets to go. First without
     * garbage collection, counting what uncollected JDK HTTP clients hold: a socket dropped without
     * close would be closed by a collection and look clean, so it must show here. Then with garbage
     * collection, and nothing may remain but what the suite holds on purpose.
     */
    @AfterAll
    public static void nothingLeftBehind() {
        nothingLeftBehind(SETTLE);
    }

    /** The check with {@code settle} for each look instead of {@link #SETTLE}: a test of a leak need not wait 5 s. */
    static void nothingLeftBehind(Duration settle) {
        ResourceSnapshot before = BEFORE_THE_SUITE.getAndSet(null);
        if (before == null) {
            throw NetspecFailure.of("no count was taken before the suite: the @BeforeAll hook "
                    + SocketLeakCheck.class.getName() + ".countBefore did not run");
        }
        Leftovers uncollected = Leftovers.settle(before, now -> {
            List<Held> held = new ArrayList<>(heldAcrossTheSuite());
            held.addAll(HttpCaller.awaitingCollection(now));
            return held;
        }, settle, false);
        if (Settings.system().flag(Settings.Knob.LEAK_DIAGNOSTICS)) {
            System.out.println("netspec leak diagnostics, before garbage collection:\n" + before.changesTo(uncollected.after()));
        }
        if (!uncollected.isClean()) {
            fail(uncollected, "after " + seconds(settle) + ", besides what uncollected JDK HTTP clients hold");
        }
        Leftovers collected = Leftovers.settle(before, now -> heldAcrossTheSuite(), settle, true);
        System.out.println("netspec before → after the suite: " + before.countsTo(collected.after())
                + "; held on purpose: " + collected.describeHeld());
        if (Settings.system().flag(Settings.Knob.LEAK_DIAGNOSTICS)) {
            System.out.println("netspec leak diagnostics, after garbage collection:\n" + before.changesTo(collected.after()));
        }
        if (!collected.isClean()) {
            fail(collected, "after " + seconds(settle) + " of garbage collection");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void fail(Leftovers found, String when) {
        throw NetspecFailure.of("the scenarios left things behind (" + when + "; held on purpose: "
                + found.describeHeld() + "):\n  " + found.describe("the suite"));
    }

    /**
     * The worker threads of the pool this hook runs in, when it runs in one: JUnit's parallel executor
     * starts them as scenarios need them and ends them after the run. Other pools' workers count.
     */
    private static Optional<Held> testEnginePool() {
        Matcher worker = Pattern.compile("(ForkJoinPool-\\d+-worker-)\\d+")
                .matcher(Thread.currentThread().getName());
        return worker.matches() ? Optional.of(Held.matching("the test engine's parallel executor",
                ResourceKind.THREAD, Pattern.quote(worker.group(1)) + "\\d+")) : Optional.empty();
    }

    /** What the suite keeps on purpose from its first scenario to JVM exit, each with its reason. */
    static List<Held> heldAcrossTheSuite() {
        List<Held> held = new ArrayList<>(SharedToxiproxy.held());
        testEnginePool().ifPresent(held::add);
        held.addAll(Charts.held());
        held.addAll(Capability.held());
        held.add(Held.classPathJars());
        held.add(Held.jdkRandomSources());
        held.add(Held.jvmCgroupReads());
        // The JDK names a reaper thread after the process it waits for; an unnamed one is idle, kept
        // by the JDK's pool for up to a minute after its process (an ended external service) exited.
        held.add(Held.exactly("the JDK's idle process reapers", ResourceKind.THREAD, List.of("process reaper")));
        return held;
    }
}
