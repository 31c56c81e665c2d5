package io.netspec.host;

import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Once per JVM, as soon as a scenario's topology has two hosts whose addresses differ
 * ({@link Topology#afterHostsMade}, in the step that made the second, after it is routed): a cut between
 * them and its heal, made with {@link Partitions} on a {@link Faults} of their own that no network asks
 * about any frame, so nothing is cut and nothing reaches a scenario's fault timeline. It loads and links
 * the code the step of a cut runs (its classes, lambdas and string concatenations), which takes 9 to 48
 * ms the first time, so that the step of a scenario's first cut does not. The switch's side of a cut (a
 * few classes) still links at the first frame a real cut judges, after that frame was read; and a JVM's
 * first cuts still share the processors with the JIT compiler threads (docs/known-limits.md).
 */
public final class CutRehearsal {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private CutRehearsal() {
    }

    /** Rehearses a cut in {@code topology} the first time one of this JVM's has two hosts to make it between. */
    public static void once(Topology topology) {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        boolean rehearsed = false;
        try {
            rehearsed = rehearse(topology).isPresent();
        } finally {
            if (!rehearsed) {
                DONE.set(false);  // a later topology, or this one with more hosts, tries again
            }
        }
    }

    /**
     * A cut between the first two hosts of {@code topology} that share no address, and its heal, on faults
     * of their own; the cut's timeline entry, or empty when no two hosts qualify.
     */
    static Optional<FaultTimeline.Entry> rehearse(Topology topology) {
        List<Host> hosts = topology.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                if (apart(hosts.get(i), hosts.get(j))) {
                    return Optional.of(cut(topology, hosts.get(i), hosts.get(j)));
                }
            }
        }
        return Optional.empty();
    }

    private static FaultTimeline.Entry cut(Topology topology, Host a, Host b) {
        try (Faults faults = new Faults("rehearsal")) {
            Partitions partitions = new Partitions(topology, faults);
            // By name, as a step cuts, where the names read as one host each; else by the hosts themselves.
            Faults.Fault fault = HostNames.readsAsOne(a.name()) && HostNames.readsAsOne(b.name())
                    ? partitions.cutOff(a.name(), b.name(), null)
                    : partitions.cutOff(List.of(a), List.of(b), a.name(), b.name(), null);
            partitions.heal();
            return fault.entry();
        }
    }

    private static boolean apart(Host a, Host b) {
        Set<InetAddress> of = new HashSet<>(Names.addresses(List.of(a)));
        return Names.addresses(List.of(b)).stream().noneMatch(of::contains);
    }
}
