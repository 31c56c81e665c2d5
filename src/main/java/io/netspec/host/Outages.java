package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;
import io.netspec.packet.FlapSchedule;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Faults below IP: a host's cable pulled (each of its TAP devices loses carrier, so its kernel sees
 * {@code NO-CARRIER} and its routes {@code linkdown}, and its switch ports carry nothing), plugged back
 * in, or pulled for a time; a network down (its switch drops every frame, ARP included; the hosts'
 * interfaces keep their carrier, as when a segment fails beyond their own port) for a time or until it
 * comes back up; a network that flaps ({@link FlapSchedule}). Each goes on the scenario's fault timeline.
 */
public final class Outages {
    /** How long a host's kernel is given to see a cable change (its link watch runs about once a second). */
    static final Duration KERNEL_BOUND = Duration.ofSeconds(5);

    private final Topology topology;
    private final Faults faults;
    private final Names names;
    private final Set<String> flapping = new HashSet<>();
    /** The outage each network was taken down with by a step (it may have ended by itself since). */
    private final Map<String, Faults.Fault> downed = new HashMap<>();

    public Outages(Topology topology, Faults faults) {
        this.topology = topology;
        this.faults = faults;
        this.names = new Names(topology);
    }

    /** Pulls the cable of {@code host} (on every network it is on); {@code lasting} null: until plugged back in. */
    public Faults.Fault pull(String host, Duration lasting) {
        Host h = names.host(host);
        String words = "the cable of host \"" + host + "\" pulled" + FaultTimes.words(lasting);
        FaultTimes.check(lasting, words);
        if (faults.cuts().isPulled(host)) {
            throw ScenarioError.of(words + ": it is pulled already; plug it back in first"
                    + " (When the cable of host \"" + host + "\" is plugged back in)");
        }
        List<Network> networks = h.networks();
        Faults.Fault fault = faults.begin(FaultTimeline.Kind.CABLE, words, Set.of(host), () -> {
            faults.cuts().pulled(host, true);
            networks.forEach(n -> n.cable(host, false));
        }, () -> {
            networks.forEach(n -> n.cable(host, true));
            faults.cuts().pulled(host, false);
        }, null);
        if (lasting != null) {
            faults.endAfter(fault, lasting);
        }
        awaitKernel(h, false, () -> fault.entry().endNanos() != 0);
        return fault;
    }

    /** Plugs the cable of {@code host} back in. */
    public void plugBackIn(String host) {
        Host h = names.host(host);
        List<Faults.Fault> pulled = faults.lasting(e -> e.kind() == FaultTimeline.Kind.CABLE && e.subjects().contains(host));
        if (pulled.isEmpty()) {
            throw ScenarioError.of("the cable of host \"" + host + "\" cannot be plugged back in: it is not pulled"
                    + " (a cable pulled \"for\" a time is plugged back in by itself)");
        }
        pulled.forEach(Faults.Fault::end);
        awaitKernel(h, true, () -> faults.cuts().isPulled(host));
    }

    /**
     * Waits until the host's kernel sees each of its interfaces as {@code up} (its link watch applies a
     * carrier change within about a second, later on a busy machine: the interface's flags first, its routes'
     * linkdown marks after), or {@code moot} holds.
     */
    private static void awaitKernel(Host host, boolean up, BooleanSupplier moot) {
        try {
            await("the kernel of " + host + " to see its cable " + (up ? "plugged back in" : "pulled")).atMost(KERNEL_BOUND)
                    .pollInterval(Duration.ofMillis(10)).pollInSameThread().until(() -> moot.getAsBoolean()
                            || host.attachments().stream().allMatch(a -> host.running(a.interfaceName()) == up
                            && host.routesSeeCarrier(a.interfaceName(), up)));
        } catch (ConditionTimeoutException e) {
            throw NetspecFailure.of("the kernel of " + host + " did not see its cable " + (up ? "plugged back in"
                    : "pulled") + " within " + Durations.format(KERNEL_BOUND), e);
        }
    }

    /** Takes {@code network} down: its switch drops every frame; {@code lasting} null: until it comes back up. */
    public synchronized Faults.Fault down(String network, Duration lasting) {
        String words = "the network \"" + network + "\" down" + FaultTimes.words(lasting);
        FaultTimes.check(lasting, words);
        Faults.Fault fault = goDown(network, words);
        downed.put(network, fault);
        if (lasting != null) {
            faults.endAfter(fault, lasting);
        }
        return fault;
    }

    /** Brings {@code network} back up. */
    public synchronized void up(String network) {
        names.network(network);
        Faults.Fault fault = downed.remove(network);
        if (fault == null || fault.entry().endNanos() != 0) {
            throw ScenarioError.of("the network \"" + network + "\" cannot come back up: it is not down"
                    + (flapping.contains(network) ? " by a step (it flaps until the scenario ends)" : ""));
        }
        fault.end();
    }

    /** {@code network} down for {@code down} once every {@code every}, from now until the scenario ends. */
    public synchronized void flap(String network, Duration down, Duration every, long seed) {
        names.network(network);
        FlapSchedule schedule = new FlapSchedule(down, every, seed ^ network.hashCode() * 0x9E37_79B9_7F4A_7C15L);
        if (!flapping.add(network)) {
            throw ScenarioError.of("the network \"" + network + "\" flaps already; one schedule a network");
        }
        String words = "the network \"" + network + "\" down (it flaps: down for " + Durations.format(down)
                + " every " + Durations.format(every) + ")";
        // A window that finds the network down already (taken down by a step) lets it be.
        faults.flap(schedule, () -> faults.cuts().isDown(network) ? null : goDown(network, words));
    }

    private Faults.Fault goDown(String network, String words) {
        Network n = names.network(network);
        if (faults.cuts().isDown(network)) {
            throw ScenarioError.of(words + ": it is down already");
        }
        Set<String> on = Set.copyOf(n.hosts().keySet());
        return faults.begin(FaultTimeline.Kind.OUTAGE, words, on, () -> faults.cuts().down(network, true),
                () -> faults.cuts().down(network, false), null);
    }

    /**
     * How long the timeline says {@code name} was cut off until now (a host, router or link named on it),
     * failing with the timeline unless it lies between {@code low} and {@code high}.
     */
    public Duration expectCutOff(String name, Duration low, Duration high) {
        if (topology.host(name).isEmpty() && faults.timeline().entries().stream().noneMatch(e -> e.subjects().contains(name))) {
            names.host(name);
        }
        long now = System.nanoTime();
        Duration seen = faults.timeline().cutOff(name, now);
        String lasting = faults.timeline().stillCutOff(name) ? " (and it still is)" : "";
        if (seen.compareTo(low) < 0 || seen.compareTo(high) > 0) {
            throw ExpectationFailure.of("expected \"" + name + "\" to have been cut off for between " + Durations.format(low)
                    + " and " + Durations.format(high) + ", but the fault timeline says " + Durations.format(seen) + lasting
                    + ":\n" + faults.timeline().table(now));
        }
        return seen;
    }
}
