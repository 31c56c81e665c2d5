package io.netspec.packet;

import io.netspec.core.ScenarioError;

/**
 * One frame in a network's capture: when it reached the switch (System.nanoTime()), the switch
 * ports it came in on and was bound for (null when flooded), its bytes, how netspec read it, and
 * what netspec did to it (with a detail such as "delayed 41.2 ms" or "the first SYN to 10.0.0.2").
 */
public record Captured(long nanos, String from, String to, byte[] frame, Packet packet, Fate fate, String detail) {
    public Captured {
        if (frame == null || packet == null || fate == null) {
            throw ScenarioError.of("a captured frame needs its bytes, its reading and its fate");
        }
        detail = detail == null ? "" : detail;
    }

    /** The fate and its detail in a few words, for tables. */
    public String fateText() {
        return detail.isEmpty() ? fate.word() : fate.word() + " (" + detail + ")";
    }
}
