package io.netspec.host;

import io.netspec.packet.Faults;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Once per JVM, as soon as a scenario's topology has two hosts ({@link Topology#afterHostsMade}): a cut between them and its heal, made with
 * {@link Partitions} on a {@link Faults} of their own that no network asks about any frame, so nothing
 * is cut and nothing reaches a scenario's fault timeline. It loads and links the code a cut runs (its
 * classes, lambdas and string concatenations), which takes 9 to 48 ms the first time, while the hosts are
 * being made, instead of in the step of a scenario's first cut; that step's cut is then in force within a
 * fraction of a millisecond, as every later one is.
 */
public final class CutRehearsal {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private CutRehearsal() {
    }

    /** Whether this JVM has rehearsed its cut. */
    public static boolean done() {
        return DONE.get();
    }

    /** Rehearses a cut between the first two hosts of {@code topology}, the first time it has two in this JVM. */
    public static void once(Topology topology) {
        List<Host> hosts = topology.hosts();
        if (hosts.size() < 2 || !DONE.compareAndSet(false, true)) {
            return;
        }
        try (Faults faults = new Faults("rehearsal")) {
            Partitions partitions = new Partitions(topology, faults);
            partitions.cutOff(hosts.get(0).name(), hosts.get(1).name(), null);
            partitions.heal();
        }
    }
}
