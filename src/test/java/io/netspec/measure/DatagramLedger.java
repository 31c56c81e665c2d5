package io.netspec.measure;

import java.util.BitSet;

/**
 * Test support for relay tests that number datagrams with a plain long; the sinks the scenarios use
 * keep {@link io.netspec.socket.DatagramLedger}. What arrived of a numbered stream of datagrams
 * (0, 1, 2, ...): how many came, which are missing, how many came twice, and how many came after a
 * later one had already arrived. Thread-safe.
 */
public final class DatagramLedger {
    private final BitSet seen = new BitSet();
    private long arrivals;
    private long duplicates;
    private long reordered;
    private long highest = -1;
    private long sent = -1;

    public synchronized void record(long sequence) {
        if (sequence < 0 || sequence > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a datagram numbered " + sequence + "; expected 0 to " + Integer.MAX_VALUE);
        }
        arrivals++;
        int i = (int) sequence;
        if (seen.get(i)) {
            duplicates++;
            return;
        }
        seen.set(i);
        if (sequence < highest) {
            reordered++;
        } else {
            highest = sequence;
        }
    }

    /** How many were sent (numbered 0 to count - 1); without it, loss is counted up to the highest seen. */
    public synchronized void sent(long count) {
        sent = count;
    }

    public synchronized long sent() {
        return sent >= 0 ? sent : highest + 1;
    }

    public synchronized long arrivals() {
        return arrivals;
    }

    public synchronized long distinct() {
        return seen.cardinality();
    }

    public synchronized long lost() {
        return sent() - seen.get(0, (int) Math.min(Integer.MAX_VALUE, sent())).cardinality();
    }

    public synchronized long duplicates() {
        return duplicates;
    }

    public synchronized long reordered() {
        return reordered;
    }

    public synchronized double lossRate() {
        long s = sent();
        return s == 0 ? 0 : (double) lost() / s;
    }

    /** The ledger as a small table for the report. */
    public synchronized String table() {
        return Tables.of(new String[]{"sent", "arrived", "distinct", "lost", "loss", "duplicates", "reordered"},
                new Object[]{sent(), arrivals, distinct(), lost(), String.format(java.util.Locale.ROOT, "%.2f%%",
                        lossRate() * 100), duplicates, reordered});
    }

    public synchronized String describe() {
        return String.format(java.util.Locale.ROOT, "%d sent, %d arrived (%d distinct), %d lost (%.2f%%), %d duplicates,"
                + " %d reordered", sent(), arrivals, distinct(), lost(), lossRate() * 100, duplicates, reordered);
    }
}
