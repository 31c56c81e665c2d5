package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.net.InetSocketAddress;

/**
 * Drops data segment {@code number} (1 = the first TCP segment carrying data) sent from one client
 * address and port, its first transmission only: a later segment with a sequence number below the
 * highest one already sent is a retransmission and passes. Port 0 follows the first connection the
 * address opens. Guarded by its treatment.
 */
final class SegmentDrop {
    private final InetSocketAddress from;
    private final int number;
    private int port;
    private long next = -1;
    private int firstTransmissions;
    private boolean done;

    SegmentDrop(InetSocketAddress from, int number) {
        if (number < 1) {
            throw ScenarioError.of("drop data segment " + number + " from " + from
                    + "; expected a segment number of 1 or more (the first data segment is 1)");
        }
        this.from = from;
        this.number = number;
        this.port = from.getPort();
    }

    /** Why this rule drops the packet, or null when it passes. */
    String drops(Packet p) {
        if (done || !p.isTcp() || !from.getAddress().equals(p.source()) || (port != 0 && port != p.sourcePort())) {
            return null;
        }
        if (p.isSyn()) {
            port = p.sourcePort();
            next = p.seqEnd();
            firstTransmissions = 0;
            return null;
        }
        if (!p.isData()) {
            return null;
        }
        port = p.sourcePort();
        boolean first = next < 0 || (int) (p.seq() - next) >= 0;
        if (!first) {
            return null;
        }
        next = p.seqEnd();
        firstTransmissions++;
        if (firstTransmissions == number) {
            done = true;
            return "data segment " + number + " from " + p.from() + ", its first transmission";
        }
        return null;
    }
}
