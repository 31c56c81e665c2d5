package io.netspec.socket;

import java.util.BitSet;

/**
 * What a UDP sink received, datagram by datagram: how many, which sequence numbers (missing,
 * duplicated, out of order), and whether each arrived whole. Thread-safe.
 */
public final class DatagramLedger {
    private final BitSet seen = new BitSet();
    private long received;
    private long numbered;
    private long unnumbered;
    private long duplicates;
    private long outOfOrder;
    private long notWhole;
    private long bytes;
    private long highest = -1;
    private int smallest = Integer.MAX_VALUE;
    private int largest;
    private String firstProblem;

    public synchronized void record(byte[] datagram, int length) {
        received++;
        bytes += length;
        smallest = Math.min(smallest, length);
        largest = Math.max(largest, length);
        NumberedDatagram.Reading r = NumberedDatagram.read(datagram, length);
        if (!r.numbered()) {
            unnumbered++;
            return;
        }
        numbered++;
        if (!r.whole()) {
            notWhole++;
            if (firstProblem == null) {
                firstProblem = "datagram #" + r.sequence() + " arrived with " + length + " bytes, but was sent with "
                        + r.declaredSize() + (r.declaredSize() == length ? " (its content differs)" : "");
            }
        }
        if (r.sequence() < 0 || r.sequence() > Integer.MAX_VALUE) {
            notWhole++;
            return;
        }
        int seq = (int) r.sequence();
        if (seen.get(seq)) {
            duplicates++;
        } else {
            seen.set(seq);
        }
        if (seq < highest) {
            outOfOrder++;
        }
        highest = Math.max(highest, seq);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(received, numbered, unnumbered, seen.cardinality(), duplicates, outOfOrder, notWhole,
                bytes, highest, received == 0 ? 0 : smallest, largest, firstProblem);
    }

    /** Sequence numbers below {@code sent} that never arrived. */
    public synchronized long missing(long sent) {
        long have = seen.get(0, (int) Math.min(sent, Integer.MAX_VALUE)).cardinality();
        return sent - have;
    }

    /** The ledger at one moment. */
    public record Snapshot(long received, long numbered, long unnumbered, long distinct, long duplicates,
                           long outOfOrder, long notWhole, long bytes, long highest, int smallest, int largest,
                           String firstProblem) {
        @Override
        public String toString() {
            return received + " datagrams (" + bytes + " bytes, " + (received == 0 ? "none" : smallest + "-" + largest
                    + " bytes each") + "): " + distinct + " distinct numbered, " + duplicates + " duplicated, "
                    + outOfOrder + " out of order, " + notWhole + " not whole, " + unnumbered + " unnumbered"
                    + (firstProblem == null ? "" : "; first problem: " + firstProblem);
        }
    }
}
