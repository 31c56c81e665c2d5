package io.netspec.host;

import com.sun.jna.Memory;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.Tap;
import io.netspec.packet.Crossing;
import io.netspec.packet.Delivery;
import io.netspec.packet.FrameTreatment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * netspec's Ethernet switch: a few threads ({@link SwitchLoop}s, its lanes) wait for frames on the
 * ports' TAP devices and read them in batches, each port dealt to one lane in turn as it is plugged in; for each frame the switch learns the source MAC address, chooses
 * the egress port from its MAC table (none for broadcast, multicast or a MAC it has not learnt: then it
 * floods), and hands the frame to the network's {@link FrameTreatment}, whose {@link Delivery} writes it
 * out. A multicast frame goes where {@link GroupMembers} (IGMP and MLD snooping) says: to a group's
 * members only. ARP and IPv6 neighbour discovery pass like any other frame. While the treatment is
 * {@link FrameTreatment#NONE} (which would only deliver the frame untouched) a frame goes straight from
 * the lane's native buffer to the egress TAP device, with no copy.
 */
public final class Switch implements AutoCloseable {
    private final String network;
    private final Map<String, Port> ports = new ConcurrentHashMap<>();
    private final List<Port> order = new CopyOnWriteArrayList<>();
    private final Map<Long, Port> macTable = new ConcurrentHashMap<>();
    /** Devices of ports unplugged while the switch ran: closed with the switch, so no read can meet a reused number. */
    private final List<Tap> retired = new CopyOnWriteArrayList<>();
    /**
     * Lanes: one per processor, at least 2 and at most 4. Writing a frame into a host's TAP device runs
     * that host's kernel receive path on the writing thread, so both ways of a connection on one thread
     * cut its throughput by a third; threads that took any ready port from one poller handed busy ports back and
     * forth between them, which cost as much (docs/hosts.md).
     */
    static final int LANES = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final SwitchLoop[] lanes = new SwitchLoop[LANES];
    private final AtomicInteger tokens = new AtomicInteger();
    /**
     * Each thread that writes treated frames (a lane's, a treatment's) writes them from a native buffer of its
     * own: a write into a TAP device runs the receiving host's kernel path on the writing thread, so with one
     * buffer under a lock a lane waited up to 2.4 ms for another's write. The buffer grows to the largest
     * frame the thread wrote.
     */
    private static final ThreadLocal<Memory[]> OUT = ThreadLocal.withInitial(() -> new Memory[1]);
    private static final int OUT_SIZE = 2_048;
    private final Delivery delivery = this::deliver;
    private final GroupMembers groups = new GroupMembers();
    private volatile FrameTreatment treatment = FrameTreatment.NONE;
    private volatile boolean closing;

    public Switch(String network) {
        this.network = network;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new SwitchLoop(i == 0 ? network : network + "-" + (i + 1), this::frame);
        }
    }

    private SwitchLoop lane(Port port) {
        return lanes[port.token % LANES];
    }

    /** Plugs {@code host}'s TAP device into a new port and starts reading it. */
    public void plug(String host, Tap tap, LongSupplier queueDrops) {
        Port port = new Port(host, tap, tokens.getAndIncrement(), queueDrops);
        if (ports.putIfAbsent(host, port) != null) {
            throw ScenarioError.of("\"" + host + "\" is already plugged into the switch of \"" + network + "\"");
        }
        order.add(port);
        try {
            lane(port).add(port);
        } catch (RuntimeException e) {
            ports.remove(host);
            order.remove(port);
            throw e;
        }
    }

    /** Unplugs {@code host}'s port (when the host could not be made after all); its device closes with the switch. */
    public void unplug(String host) {
        Port port = ports.remove(host);
        if (port != null) {
            order.remove(port);
            macTable.values().removeIf(p -> p == port);
            lane(port).remove(port);
            retired.add(port.tap);
        }
    }

    /** Replaces the treatment every frame gets ({@link FrameTreatment#NONE} by default); the old one is not closed. */
    public void treatment(FrameTreatment treatment) {
        this.treatment = Objects.requireNonNull(treatment, "treatment");
    }

    public FrameTreatment treatment() {
        return treatment;
    }

    /**
     * Pulls the cable of {@code host}'s port or plugs it back in: its TAP device loses or regains carrier
     * (the host's kernel sees {@code NO-CARRIER}) and the switch writes nothing to the port meanwhile.
     */
    public void cable(String host, boolean plugged) {
        Port port = ports.get(host);
        if (port == null || closing) {
            throw ScenarioError.of("\"" + host + "\" has no port on the switch of \"" + network + "\"");
        }
        if (!plugged) {
            port.plugged = false;
            port.tap.carrier(false);
        } else {
            port.tap.carrier(true);
            port.plugged = true;
        }
    }

    /** One frame read from {@code port} into {@code in} (its lane's buffer) at {@code nanos}; any lane's thread. */
    private void frame(Port port, Memory in, int n, long nanos) {
        if (n < 14) {
            return;
        }
        port.framesIn.incrementAndGet();
        long destination = Macs.destination(in);
        long source = Macs.source(in);
        if (!Macs.group(source) && macTable.get(source) != port) {
            macTable.put(source, port);
        }
        Port egress = Macs.group(destination) ? null : macTable.get(destination);
        if (egress == port) {
            return;
        }
        FrameTreatment current = treatment;
        if (current == FrameTreatment.NONE && (egress != null || !Macs.toGroup(destination))) {
            // Nothing to treat: straight from the lane's native buffer to the egress port, no copy.
            forward(port, in, egress, n);
        } else {
            byte[] frame = in.getByteArray(0, n);
            current.treat(new Crossing(port.host, egress == null ? null : egress.host, frame, nanos), delivery);
        }
    }

    private void forward(Port from, Memory in, Port egress, int length) {
        if (egress != null) {
            egress.write(in, length);
            return;
        }
        for (Port port : order) {
            if (port != from) {
                port.write(in, length);
            }
        }
    }

    /** Writes a crossing to its egress port, or to every port but the one it came in on. */
    private void deliver(Crossing crossing) {
        if (closing) {
            return;
        }
        byte[] frame = crossing.frame();
        Memory out = out(frame.length);
        out.write(0, frame, 0, frame.length);
        if (crossing.to() != null) {
            Port egress = ports.get(crossing.to());
            if (egress != null) {
                egress.write(out, frame.length);
            }
            return;
        }
        Set<String> only = toGroup(frame) ? groups.egress(crossing.from(), frame) : null;
        for (Port port : order) {
            if (!port.host.equals(crossing.from()) && (only == null || only.contains(port.host))) {
                port.write(out, frame.length);
            }
        }
    }

    /** This thread's buffer for treated frames, at least {@code length} bytes. */
    private static Memory out(int length) {
        Memory[] held = OUT.get();
        if (held[0] == null || held[0].size() < length) {
            held[0] = new Memory(Math.max(OUT_SIZE, length));
        }
        return held[0];
    }

    /** A frame to a multicast MAC address other than broadcast: {@link GroupMembers} decides who gets it. */
    static boolean toGroup(byte[] frame) {
        return Macs.toGroup(mac(frame, 0));
    }

    /** The multicast groups hosts joined on this switch, as its IGMP and MLD snooping saw them. */
    GroupMembers groups() {
        return groups;
    }

    static long mac(byte[] frame, int at) {
        long mac = 0;
        for (int i = 0; i < 6; i++) {
            mac = (mac << 8) | (frame[at + i] & 0xFF);
        }
        return mac;
    }

    /**
     * Frames lost in the switch itself, per host: those it could not write because the host's TAP queue
     * was full, and those the kernel dropped from the host's TAP queue before the switch read them.
     */
    public Map<String, Long> ownDrops() {
        Map<String, Long> drops = new LinkedHashMap<>();
        for (Port port : order) {
            drops.put(port.host, port.ownDrops());
        }
        return drops;
    }

    /** Frames read from and written to each host's port. */
    public String counters() {
        StringBuilder text = new StringBuilder();
        for (Port port : order) {
            text.append(port.host).append(": ").append(port.framesIn.get()).append(" frames in, ")
                    .append(port.framesOut.get()).append(" out, ").append(port.dropped.get()).append(" not written (queue full), ")
                    .append(port.ownDrops() - port.dropped.get()).append(" dropped before they were read")
                    .append(port.unplugged.get() == 0 ? "" : ", " + port.unplugged.get() + " not written (cable pulled)")
                    .append(port.failure == null ? "" : "; reading it stopped: " + port.failure.getMessage()).append('\n');
        }
        for (SwitchLoop lane : lanes) {
            lane.slice().ifPresent(why -> text.append(lane.threadName()).append(": ").append(why).append('\n'));
        }
        return text.toString();
    }

    /** Stops the lanes (each joined within a bound), closes the treatment, then the TAP devices. */
    @Override
    public void close() {
        closing = true;
        List<String> stuck = new ArrayList<>();
        for (SwitchLoop lane : lanes) {
            if (!lane.stop()) {
                stuck.add(lane.threadName());
            }
        }
        boolean stopped = stuck.isEmpty();
        try {
            treatment.close();
        } finally {
            if (stopped) {
                order.forEach(p -> p.tap.close());
                retired.forEach(Tap::close);
            }
        }
        if (!stopped) {
            throw NetspecFailure.of("the switch of \"" + network + "\" could not stop its threads " + String.join(", ", stuck)
                    + " within " + SwitchLoop.JOIN_BOUND.toMillis() + " ms");
        }
    }
}
