package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;

import java.net.InetAddress;

/** Drops the first {@code count} SYN packets (without ACK) to one address, then lets every SYN pass. Guarded by its treatment. */
final class SynDrop {
    private final InetAddress to;
    private final int count;
    private int dropped;

    SynDrop(InetAddress to, int count) {
        if (count < 1) {
            throw ScenarioError.of("drop the first " + count + " SYN packets to " + HostPort.show(to)
                    + "; expected 1 or more");
        }
        this.to = to;
        this.count = count;
    }

    /** Why this rule drops the packet, or null when it passes. */
    String drops(Packet p) {
        if (dropped < count && p.isSyn() && to.equals(p.destination())) {
            dropped++;
            return "SYN " + dropped + " of the first " + count + " to " + HostPort.show(to);
        }
        return null;
    }
}
