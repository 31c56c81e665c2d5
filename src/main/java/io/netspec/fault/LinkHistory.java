package io.netspec.fault;

import java.util.ArrayList;
import java.util.List;

/**
 * What was done to a link, in order, each change with the time it was applied (System.nanoTime() right
 * after Toxiproxy took it): toxics added, a toxicity set, the link taken down, brought up, healed. The
 * report lists the words; the fault timeline places each change. Thread-safe.
 */
public final class LinkHistory {
    /** What a change did. */
    public enum Kind { TOXIC, TOXICITY, DOWN, UP, HEALED }

    /** One change: what, in words, and when it took effect. */
    public record Change(Kind kind, String words, long nanos) {
    }

    private final List<Change> changes = new ArrayList<>();

    synchronized void add(Kind kind, String words) {
        changes.add(new Change(kind, words, System.nanoTime()));
    }

    /** Rewords the last change (a "down" that turned out to be "down for 1000 ms"). */
    synchronized void reword(String words) {
        Change last = changes.remove(changes.size() - 1);
        changes.add(new Change(last.kind(), words, last.nanos()));
    }

    public synchronized List<Change> changes() {
        return List.copyOf(changes);
    }

    public synchronized List<String> words() {
        return changes.stream().map(Change::words).toList();
    }
}
