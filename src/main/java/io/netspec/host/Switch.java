package io.netspec.host;

import com.sun.jna.Memory;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;
import io.netspec.netns.Tap;
import io.netspec.packet.Crossing;
import io.netspec.packet.Delivery;
import io.netspec.packet.FrameTreatment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * netspec's Ethernet switch: one reader thread per port reads a frame from a host's TAP device, learns
 * the source MAC address, chooses the egress port from its MAC table (none for broadcast, multicast or
 * a MAC it has not learnt: then it floods), and hands the frame to the network's {@link FrameTreatment},
 * whose {@link Delivery} writes it out. A multicast frame goes where {@link GroupMembers} (IGMP and MLD
 * snooping) says: to a group's members only. ARP and IPv6 neighbour discovery pass like any other frame.
 * While the treatment is {@link FrameTreatment#NONE} (which would only deliver the frame untouched) a
 * frame goes straight from the reader's native buffer to the egress TAP device, with no copy.
 */
public final class Switch implements AutoCloseable {
    /** How long a reader waits in poll() before it looks whether the switch is closing. */
    private static final int POLL_MILLIS = 100;
    private static final Duration JOIN_BOUND = Duration.ofSeconds(2);

    private final String network;
    private final Map<String, Port> ports = new ConcurrentHashMap<>();
    private final List<Port> order = new CopyOnWriteArrayList<>();
    private final Map<Long, Port> macTable = new ConcurrentHashMap<>();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();
    private final Delivery delivery = this::deliver;
    private final GroupMembers groups = new GroupMembers();
    /** Each delivering thread's native copy of a frame it sends to a group's members. */
    private final ThreadLocal<Memory> fanOut = ThreadLocal.withInitial(() -> new Memory(Port.BUFFER));
    private volatile FrameTreatment treatment = FrameTreatment.NONE;
    private volatile boolean closing;

    public Switch(String network) {
        this.network = network;
    }

    /** Plugs {@code host}'s TAP device into a new port and starts reading it. */
    public void plug(String host, Tap tap, LongSupplier queueDrops) {
        Port port = new Port(host, tap, queueDrops);
        if (ports.putIfAbsent(host, port) != null) {
            throw ScenarioError.of("\"" + host + "\" is already plugged into the switch of \"" + network + "\"");
        }
        order.add(port);
        readers.add(Threads.start("switch", network + "-" + host, () -> pump(port)));
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

    /**
     * Reads one port until the switch closes. A read that fails (the host's namespace is gone, as when a
     * host is closed before its network) ends this port's reader; the failure is kept and shown in
     * {@link #counters()}, so it is never mistaken for a quiet port.
     */
    private void pump(Port port) {
        try {
            pumpFrames(port);
        } catch (RuntimeException e) {
            port.failure = e;
        }
    }

    private void pumpFrames(Port port) {
        byte[] header = port.header;
        while (!closing) {
            int n = port.tap.read(port.in, Port.BUFFER, POLL_MILLIS);
            if (n < 14) {
                continue;
            }
            long nanos = System.nanoTime();
            port.framesIn.incrementAndGet();
            port.in.read(0, header, 0, 12);
            long source = mac(header, 6);
            if ((header[6] & 1) == 0 && macTable.get(source) != port) {
                macTable.put(source, port);
            }
            Port egress = (header[0] & 1) == 0 ? macTable.get(mac(header, 0)) : null;
            if (egress == port) {
                continue;
            }
            FrameTreatment current = treatment;
            if (current == FrameTreatment.NONE && (egress != null || !toGroup(header))) {
                // Nothing to treat: straight from this reader's native buffer to the egress port, no copy.
                forward(port, egress, n);
            } else {
                byte[] frame = port.in.getByteArray(0, n);
                current.treat(new Crossing(port.host, egress == null ? null : egress.host, frame, nanos), delivery);
            }
        }
    }

    private void forward(Port from, Port egress, int length) {
        if (egress != null) {
            egress.write(from.in, length);
            return;
        }
        for (Port port : order) {
            if (port != from) {
                port.write(from.in, length);
            }
        }
    }

    /** Writes a crossing to its egress port, or to every port but the one it came in on. */
    private void deliver(Crossing crossing) {
        if (closing) {
            return;
        }
        if (crossing.to() != null) {
            Port egress = ports.get(crossing.to());
            if (egress != null) {
                egress.write(crossing.frame());
            }
            return;
        }
        Set<String> only = toGroup(crossing.frame()) ? groups.egress(crossing.from(), crossing.frame()) : null;
        if (only == null) {
            for (Port port : order) {
                if (!port.host.equals(crossing.from())) {
                    port.write(crossing.frame());
                }
            }
            return;
        }
        // To a group's members: one copy into this thread's native buffer, then one write(2) per member.
        Memory frame = fanOut.get();
        frame.write(0, crossing.frame(), 0, crossing.frame().length);
        for (Port port : order) {
            if (!port.host.equals(crossing.from()) && only.contains(port.host)) {
                port.write(frame, crossing.frame().length);
            }
        }
    }

    /** A frame to a multicast MAC address other than broadcast: {@link GroupMembers} decides who gets it. */
    static boolean toGroup(byte[] frame) {
        if ((frame[0] & 1) == 0) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (frame[i] != (byte) 0xFF) {
                return true;
            }
        }
        return false;
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
                    .append(port.failure == null ? "" : "; its reader stopped: " + port.failure.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** Stops the readers (joined within a bound), closes the treatment, then the TAP devices. */
    @Override
    public void close() {
        closing = true;
        List<String> stuck = new ArrayList<>();
        for (Thread reader : readers) {
            try {
                reader.join(JOIN_BOUND.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetspecFailure.of("interrupted while stopping the switch of \"" + network + "\"", e);
            }
            if (reader.isAlive()) {
                stuck.add(reader.getName());
            }
        }
        try {
            treatment.close();
        } finally {
            if (stuck.isEmpty()) {
                order.forEach(p -> p.tap.close());
            }
        }
        if (!stuck.isEmpty()) {
            throw NetspecFailure.of("the switch of \"" + network + "\" could not stop its readers within "
                    + JOIN_BOUND.toMillis() + " ms: " + stuck);
        }
    }
}
