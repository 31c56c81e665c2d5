package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import io.netspec.core.ScenarioError;
import io.netspec.netns.Tap;
import io.netspec.packet.FrameTreatment;
import io.netspec.packet.NetworkTreatment;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A network of hosts: a range of addresses and netspec's own {@link Switch} between the hosts' TAP
 * devices. Every frame between two hosts on it crosses the switch and its {@link FrameTreatment}.
 */
public final class Network implements AutoCloseable {
    private final String name;
    private final NetworkRange range;
    private final Switch frames;
    private final Map<String, Attachment> hosts = new LinkedHashMap<>();
    private final Reservations reserved;

    Network(String name, NetworkRange range, int number) {
        this.name = name;
        this.range = range;
        this.frames = new Switch(name);
        this.reserved = new Reservations(name, number);
    }

    public String name() {
        return name;
    }

    public Cidr cidr() {
        return range.cidr();
    }

    public NetworkRange range() {
        return range;
    }

    /** The hosts on this network (routers included), by name, in the order they joined. */
    public synchronized Map<String, Attachment> hosts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(hosts));
    }

    /** Fails naming the rule when {@code address} cannot be {@code host}'s address on this network. */
    public synchronized void check(String host, IpAddress address) {
        check(host, address, false);
    }

    /**
     * As {@link #check(String, IpAddress)}; with {@code despiteTaken}, the address must be another host's
     * here already (a host given a taken address on purpose, to show the conflict).
     */
    public synchronized void check(String host, IpAddress address, boolean despiteTaken) {
        String rule = range.broken(address);
        if (rule != null) {
            throw ScenarioError.of(address + " cannot be the address of \"" + host + "\" on \"" + name
                    + "\": " + rule + "; \"" + name + "\" is " + range.describe());
        }
        String holder = reserved.holder(address);
        if (despiteTaken && holder == null) {
            throw ScenarioError.of(address + " is not taken on \"" + name + "\": no host there has it, so \"" + host
                    + "\" cannot join \"despite the address being taken\"; give it the address of a host on \"" + name
                    + "\" (on it: " + String.join(", ", hosts.values().stream().map(a -> a.host() + " at " + a.address())
                    .toList()) + ")");
        }
        if (!despiteTaken && holder != null) {
            throw ScenarioError.of(address + " cannot be the address of \"" + host + "\" on \"" + name
                    + "\": it is already the address of \"" + holder + "\" there, and two hosts on one network"
                    + " cannot share an address");
        }
    }

    /**
     * The first {@code count} addresses a host may take here that no host has, in order from the start
     * of the range; fails when there are fewer.
     */
    public synchronized List<IpAddress> freeAddresses(int count) {
        return reserved.free(range, count);
    }

    /**
     * Reserves {@code address} for {@code host} (checked as {@link #check(String, IpAddress, boolean)} does)
     * and gives its interface here a MAC address: locally administered, unique on this network.
     */
    synchronized String reserve(String host, IpAddress address, boolean despiteTaken) {
        check(host, address, despiteTaken);
        return reserved.reserve(host, address);
    }

    /** Gives up what {@code host} holds here: its reserved address and, if it joined, its switch port. */
    synchronized void release(String host) {
        reserved.release(host);
        if (hosts.remove(host) != null) {
            frames.unplug(host);
        }
    }

    /** Plugs a host's TAP device into the switch, at the address reserved for it. */
    synchronized void attach(Attachment attachment, Tap tap, LongSupplier queueDrops) {
        if (!reserved.isReservedFor(attachment.host(), attachment.address())) {
            throw new IllegalStateException(attachment.address() + " was not reserved for \"" + attachment.host()
                    + "\" on \"" + name + "\"");
        }
        frames.plug(attachment.host(), tap, queueDrops);
        hosts.put(attachment.host(), attachment);
    }

    /** The routers on this network, in the order they joined. */
    synchronized List<Attachment> routers() {
        return hosts.values().stream().filter(Attachment::router).toList();
    }

    /** Replaces how every frame on this network is treated ({@link FrameTreatment#NONE} by default). */
    public void treatment(FrameTreatment treatment) {
        frames.treatment(treatment);
    }

    public FrameTreatment treatment() {
        return frames.treatment();
    }

    /** The treatment netspec installed on this network (seeded impairment, capture, faults), if any yet. */
    public Optional<NetworkTreatment> networkTreatment() {
        return frames.treatment() instanceof NetworkTreatment installed ? Optional.of(installed) : Optional.empty();
    }

    /** Pulls {@code host}'s cable on this network, or plugs it back in ({@link Switch#cable}). */
    public void cable(String host, boolean plugged) {
        frames.cable(host, plugged);
    }

    /**
     * Frames lost in the switch itself because a TAP queue was full (one it wrote to, or one it fell
     * behind reading), apart from any treatment's drops.
     */
    public long switchDrops() {
        return frames.ownDrops().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The switch's own drops, per host. */
    public Map<String, Long> switchDropsByHost() {
        return frames.ownDrops();
    }

    /** Frames in and out of each port, and the multicast groups joined here, for the report. */
    public String counters() {
        String groups = frames.groups().describe();
        return "network \"" + name + "\" on " + range.describe() + "\n" + frames.counters()
                + "frames lost in the switch itself (TAP queues full): " + switchDrops() + "\n"
                + (groups.isEmpty() ? "" : "multicast groups (IGMP and MLD snooping):\n" + groups);
    }

    /**
     * The hosts this network's switch forwarded frames to {@code group} to, once it has forwarded them to
     * all of {@code expected} or {@code bound} has passed.
     */
    public Set<String> forwardedTo(InetAddress group, Set<String> expected, Duration bound) {
        return frames.groups().reached(group, expected, bound);
    }

    /** Waits at most {@code bound} until this network's switch has seen {@code host} join {@code group}. */
    public boolean awaitMember(String host, InetAddress group, Duration bound) {
        return frames.groups().awaitMember(host, group, bound);
    }

    /** Stops the switch: its readers, then the current treatment, then the TAP devices. */
    @Override
    public void close() {
        frames.close();
    }

    @Override
    public String toString() {
        return "network \"" + name + "\" on " + range.cidr();
    }
}
