package io.netspec.socket;

import io.netspec.text.Payload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an endpoint sent and received, in order, as text and hex; long payloads are shortened and
 * only the first {@value #MAX_ENTRIES} entries are kept, so a transcript stays readable.
 */
public final class Transcript {
    static final int MAX_ENTRIES = 200;

    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();
    private long dropped;

    /** Notes bytes travelling in one direction; {@code length} may exceed {@code head.length}. */
    public synchronized void note(String what, byte[] head, long length) {
        if (isFull()) {
            dropped++;  // counted, so the transcript says how many it left out
            return;
        }
        add(what + " " + length + (length == 1 ? " byte: " : " bytes: ") + Payload.describe(head, (int) Math.min(length, Integer.MAX_VALUE)));
    }

    public synchronized void event(String line) {
        add(line);
    }

    /** Adds a line made only if there is room for it, so busy endpoints do not pay for lines nobody sees. */
    public synchronized void event(Supplier<String> line) {
        if (isFull()) {
            dropped++;
            return;
        }
        add(line.get());
    }

    /** True once the transcript keeps no more lines (later ones are only counted). */
    public synchronized boolean isFull() {
        return lines.size() >= MAX_ENTRIES;
    }

    private void add(String line) {
        if (lines.size() >= MAX_ENTRIES) {
            dropped++;
            return;
        }
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        lines.add(String.format("%6d ms  %s", ms, line));
    }

    public synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    public synchronized String text() {
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l).append('\n'));
        if (dropped > 0) {
            s.append("… and ").append(dropped).append(" more entries not shown\n");
        }
        return s.toString();
    }
}
