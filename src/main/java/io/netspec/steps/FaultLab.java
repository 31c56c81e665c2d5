package io.netspec.steps;

import io.netspec.core.ExpectationFailure;
import io.netspec.fault.Link;
import io.netspec.host.Outages;
import io.netspec.host.Partitions;
import io.netspec.measure.TimingCheck;
import io.netspec.host.ProgramTimeline;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;
import io.netspec.fault.LinkFaults;
import io.netspec.socket.StreamServer;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;
import org.picocontainer.Disposable;

import java.time.Duration;
import java.util.List;

/**
 * The scenario's faults between hosts: one {@link Faults} (the cuts every network consults, the fault
 * timeline, the thread that ends timed faults), with the host-side classes that turn names into rules.
 * From the first fault step (or Toxiproxy link) on, the progress of the scenario's transfers (bytes each
 * TCP server read, datagrams each UDP server received) is sampled onto the timeline every
 * {@link #SAMPLE_EVERY}.
 * Ended by {@link TimelineHooks} before the networks close, and again (harmlessly) when PicoContainer
 * disposes of it. No logic beyond lookups.
 */
public final class FaultLab implements Disposable {
    static final Duration SAMPLE_EVERY = Duration.ofMillis(100);

    private final World world;
    private final HostLab hosts;
    private final Faults faults = new Faults("scenario");
    private Partitions partitions;
    private Outages outages;
    private boolean sampling;
    private ProgramTimeline programs;

    public FaultLab(World world, HostLab hosts) {
        this.world = world;
        this.hosts = hosts;
    }

    public Faults faults() {
        return faults;
    }

    public FaultTimeline timeline() {
        return faults.timeline();
    }

    /** The scenario's cuts; asking for them starts sampling the transfers' progress, so it begins before the fault. */
    public synchronized Partitions partitions() {
        watchTransfers();
        if (partitions == null) {
            partitions = new Partitions(hosts.topology(), faults);
        }
        return partitions;
    }

    /** Puts what programs undergo (pauses, kills, restarts) on the fault timeline. */
    public synchronized ProgramTimeline programs() {
        if (programs == null) {
            programs = new ProgramTimeline(faults.timeline());
        }
        return programs;
    }

    public synchronized Outages outages() {
        watchTransfers();
        if (outages == null) {
            outages = new Outages(hosts.topology(), faults);
        }
        return outages;
    }

    /** Notes a change of what a network or link does on the timeline; it lasts until the scenario ends. */
    public void changed(FaultTimeline.Kind kind, String words, List<String> subjects) {
        faults.timeline().begin(kind, words, subjects, System.nanoTime(), null);
        watchTransfers();
    }

    /** Logs that {@code fault} began, with its time on the timeline. */
    public void began(Faults.Fault fault) {
        world.log(fault.entry().words() + " (applied by the switch; on the fault timeline)");
    }

    public void healed(int cuts) {
        world.log("the partition healed: " + cuts + " cut(s) undone");
    }

    /**
     * Checks the timeline's "cut off" time of {@code name} (see {@code Outages.expectCutOff}) and logs it.
     * The cut's start and end are timers of netspec's scheduler: the range's upper bound gets what this machine's
     * lateness allows for them ({@link TimingCheck}).
     */
    public void cutOffBetween(String name, Duration low, Duration high) {
        TimingCheck.Allowance allowance = TimingCheck.allowance(world.lateness(),
                TimingCheck.Waits.timers(2, "timers of netspec's scheduler (the cut's start and end)"), low, high);
        Duration seen;
        try {
            seen = outages().expectCutOff(name, low, high.plus(allowance.duration()));
        } catch (ExpectationFailure e) {
            throw ExpectationFailure.of(e.getMessage() + "\n" + allowance.words(high), e);
        }
        world.log("\"" + name + "\" was cut off for " + Durations.format(seen) + " (from the fault timeline)"
                + (seen.compareTo(high) > 0 ? ", beyond " + Durations.format(high) + " only with what netspec allows for a"
                + " late machine: " + allowance.words(high) : ""));
    }

    /** Puts what was done to the scenario's Toxiproxy links on the timeline, each change at its time. */
    public void linksOntoTimeline() {
        for (Link link : world.all(Link.class)) {
            LinkFaults.onto(faults.timeline(), link.name(), link.history().changes());
        }
    }

    /** Samples the transfers' progress onto the timeline from now on (once started, until the scenario ends). */
    public synchronized void watchTransfers() {
        if (!sampling) {
            sampling = true;
            faults.every(SAMPLE_EVERY, this::sample);
        }
    }

    private void sample() {
        long now = System.nanoTime();
        for (StreamServer s : world.all(StreamServer.class)) {
            faults.timeline().progress().sample("bytes read by \"" + s.name() + "\"", "bytes", now, s.totalBytesRead());
        }
        for (UdpServer u : world.all(UdpServer.class)) {
            faults.timeline().progress().sample("datagrams received by \"" + u.name() + "\"", "datagrams", now,
                    u.ledger().snapshot().received());
        }
    }

    @Override
    public void dispose() {
        faults.close();
    }
}
