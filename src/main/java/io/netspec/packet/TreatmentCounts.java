package io.netspec.packet;

import java.util.Locale;

/**
 * What a network's treatment did so far: frames it saw, dropped, sent twice and held back to be
 * overtaken; how many frames left from its scheduler, and how late their departures started on
 * average and at worst (a busy machine wakes the scheduler late).
 */
public record TreatmentCounts(long frames, long dropped, long duplicated, long reordered, long scheduled,
                              long meanLateNanos, long maxLateNanos) {
    public String describe() {
        return String.format(Locale.ROOT, "%d frames: %d dropped, %d duplicated, %d held back to be overtaken;"
                + " %d departures from the scheduler, late by %.3f ms on average and %.3f ms at worst", frames,
                dropped, duplicated, reordered, scheduled, meanLateNanos / 1e6, maxLateNanos / 1e6);
    }
}
