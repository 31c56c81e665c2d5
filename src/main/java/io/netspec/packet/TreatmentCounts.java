package io.netspec.packet;

/** What a network's treatment did so far: frames it saw, dropped, sent twice and held back to be overtaken. */
public record TreatmentCounts(long frames, long dropped, long duplicated, long reordered) {
}
