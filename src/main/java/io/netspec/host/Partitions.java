package io.netspec.host;

import io.netspec.core.ScenarioError;
import io.netspec.packet.CutRule;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts between a scenario's hosts, as its steps name them: groups cut off from each other on every
 * network (both ways), one host from every other, every packet from one host to another dropped on one
 * network (one way), TCP connections to a host rejected on one network; each until healed or for a
 * time. Names are checked against the topology before anything is cut, and a rule that names one network
 * must be one that the packets it is about cross. The rules themselves are {@link CutRule}s, by every
 * address of each host, in the scenario's {@link Faults}.
 */
public final class Partitions {
    private static final Set<FaultTimeline.Kind> CUTS = Set.of(FaultTimeline.Kind.CUT, FaultTimeline.Kind.ONE_WAY,
            FaultTimeline.Kind.REJECT);

    private final Topology topology;
    private final Faults faults;
    private final Names names;

    public Partitions(Topology topology, Faults faults) {
        this.topology = topology;
        this.faults = faults;
        this.names = new Names(topology);
    }

    /**
     * The hosts of {@code group} ("web, app", "node1..node100") cut off from those of {@code others}, both
     * ways; {@code lasting} null: until healed.
     */
    public Faults.Fault cutOff(String group, String others, Duration lasting) {
        return cutOff(names.hosts(group), names.hosts(others), group, others, lasting);
    }

    /** The hosts {@code a} (named {@code group} in the words) cut off from {@code b} ({@code others}), both ways. */
    Faults.Fault cutOff(List<Host> a, List<Host> b, String group, String others, Duration lasting) {
        for (Host h : a) {
            if (b.contains(h)) {
                throw ScenarioError.of(a.size() == 1 && b.size() == 1 ? "host \"" + h.name() + "\" cannot be cut off"
                        + " from itself; name two different hosts" : "host \"" + h.name() + "\" is in both groups (\""
                        + group + "\" and \"" + others + "\"); a host can be on one side of a cut only");
            }
        }
        String words = "hosts \"" + group + "\" cut off from \"" + others + "\"" + FaultTimes.words(lasting);
        Set<String> subjects = new LinkedHashSet<>(Names.names(a));
        subjects.addAll(Names.names(b));
        return cut(FaultTimeline.Kind.CUT, CutRule.bothWays(Names.addresses(a), Names.addresses(b), words), subjects, lasting);
    }

    /** {@code host} cut off from every other host (and every other address), both ways. */
    public Faults.Fault cutOffFromEveryOther(String host, Duration lasting) {
        Host h = names.host(host);
        String words = "host \"" + host + "\" cut off from every other host" + FaultTimes.words(lasting);
        Set<String> subjects = new LinkedHashSet<>(Names.names(topology.hosts()));
        return cut(FaultTimeline.Kind.CUT, CutRule.bothWays(Names.addresses(List.of(h)), null, words), subjects, lasting);
    }

    /** Every packet from {@code from} to {@code to} dropped on {@code network}; the reverse untouched. */
    public Faults.Fault dropEvery(String network, String from, String to, Duration lasting) {
        Host a = names.host(from);
        Host b = names.host(to);
        Directions.on(topology, network, from, to, "drop every packet from \"" + from + "\" to \"" + to + "\"");
        String words = "every packet from \"" + from + "\" to \"" + to + "\" dropped on \"" + network + "\""
                + FaultTimes.words(lasting);
        CutRule rule = CutRule.oneWay(network, Names.addresses(List.of(a)), Names.addresses(List.of(b)), words);
        return cut(FaultTimeline.Kind.ONE_WAY, rule, Set.of(from, to), lasting);
    }

    /** Each SYN to {@code to} crossing {@code network} answered with a reset, as a firewall that rejects. */
    public Faults.Fault reject(String network, String to, Duration lasting) {
        Network n = names.network(network);
        Host b = names.host(to);
        boolean carries = n.hosts().containsKey(to) || n.hosts().keySet().stream()
                .anyMatch(h -> !h.equals(to) && topology.crossed(h, to).contains(network));
        if (!carries) {
            throw ScenarioError.of("the network \"" + network + "\" cannot reject TCP connections to \"" + to
                    + "\": no packet to \"" + to + "\" crosses it (" + to + " is on " + Names.networksOf(b)
                    + ", and no host of \"" + network + "\" reaches it through \"" + network + "\")");
        }
        String words = "TCP connections to \"" + to + "\" rejected on \"" + network + "\"" + FaultTimes.words(lasting);
        return cut(FaultTimeline.Kind.REJECT, CutRule.reject(network, Names.addresses(List.of(b)), words), Set.of(to), lasting);
    }

    /** Undoes every cut of the scenario still lasting (not cables or outages); how many. */
    public int heal() {
        List<Faults.Fault> cuts = faults.lasting(e -> CUTS.contains(e.kind()));
        if (cuts.isEmpty()) {
            throw ScenarioError.of("the partition cannot heal: no cut of this scenario is in force"
                    + " (cuts made \"for\" a time heal by themselves; cables and outages end with their own steps)");
        }
        cuts.forEach(Faults.Fault::end);
        return cuts.size();
    }

    private Faults.Fault cut(FaultTimeline.Kind kind, CutRule rule, Set<String> subjects, Duration lasting) {
        FaultTimes.check(lasting, rule.words());
        Faults.Fault fault = faults.begin(kind, rule.words(), subjects, () -> faults.cuts().add(rule),
                () -> faults.cuts().remove(rule), rule::frames);
        if (lasting != null) {
            faults.endAfter(fault, lasting);
        }
        return fault;
    }
}
