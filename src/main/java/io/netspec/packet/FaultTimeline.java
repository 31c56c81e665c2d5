package io.netspec.packet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A scenario's faults on one clock: each with its start and end as netspec applied them (System.nanoTime()
 * right after the switch's rules, a TAP device's carrier or Toxiproxy changed), what it did in the
 * scenario's words and who it cut off, beside samples of how far its transfers got ({@link Progress}).
 * Bounded: at most {@link #MAX_ENTRIES} entries (later ones are counted, not kept). Thread-safe.
 * {@link #data} writes it for the report, which draws it on one time axis with the steps.
 */
public final class FaultTimeline {
    public static final int MAX_ENTRIES = 1_000;
    /** The report's media type for {@link #data}: one tab-separated record a line. */
    public static final String MEDIA_TYPE = "text/x.netspec.timeline";

    /** What kind of fault an entry is; {@code cutsOff} kinds count for "was cut off for". */
    public enum Kind {
        CUT("cut", true), ONE_WAY("one-way drop", true), REJECT("reject", false), CABLE("cable pulled", true),
        OUTAGE("network down", true), IMPAIRMENT("impairment", false), TOXIC("toxic", false),
        LINK_DOWN("link down", true), PROGRAM("program", false);

        private final String word;
        private final boolean cutsOff;

        Kind(String word, boolean cutsOff) {
            this.word = word;
            this.cutsOff = cutsOff;
        }

        public String word() {
            return word;
        }
    }

    /** One fault: started when it was applied, ended when it was undone (0 while it lasts). */
    public static final class Entry {
        private final Kind kind;
        private final String words;
        private final Set<String> subjects;
        private final long start;
        private final LongSupplier frames;
        private volatile long end;

        private Entry(Kind kind, String words, Collection<String> subjects, long start, LongSupplier frames) {
            this.kind = kind;
            this.words = words;
            this.subjects = Set.copyOf(subjects);
            this.start = start;
            this.frames = frames;
        }

        public Kind kind() {
            return kind;
        }

        public String words() {
            return words;
        }

        public Set<String> subjects() {
            return subjects;
        }

        public long startNanos() {
            return start;
        }

        /** When it ended (System.nanoTime()), or 0 while it lasts. */
        public long endNanos() {
            return end;
        }

        /** Frames it dropped, or -1 where it does not drop frames itself. */
        public long frames() {
            return frames == null ? -1 : frames.getAsLong();
        }
    }

    private final long epochNanosAtStart;
    private final long nanoTimeAtStart;
    private final List<Entry> entries = new ArrayList<>();
    private final Progress progress = new Progress();
    private long leftOut;

    public FaultTimeline() {
        Instant now = Instant.now();
        nanoTimeAtStart = System.nanoTime();
        epochNanosAtStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** A fault applied at {@code startNanos}; {@code frames} counts what it dropped (null: it drops none itself). */
    public synchronized Entry begin(Kind kind, String words, Collection<String> subjects, long startNanos,
                                    LongSupplier frames) {
        Entry entry = new Entry(kind, words, subjects, startNanos, frames);
        if (entries.size() < MAX_ENTRIES) {
            entries.add(entry);
        } else {
            leftOut++;
        }
        return entry;
    }

    /** Ends {@code entry} at {@code nanos}; an entry ends once. */
    public void end(Entry entry, long nanos) {
        synchronized (entry) {
            if (entry.end == 0) {
                entry.end = nanos;
            }
        }
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty() && leftOut == 0;
    }

    /** How far the scenario's transfers got, sampled while faults were on the timeline. */
    public Progress progress() {
        return progress;
    }

    /**
     * How long {@code subject} was cut off (by a cut, a one-way drop, its pulled cable, an outage of its
     * network, a link down) until {@code nowNanos}: the length of the union of those entries, so two
     * faults at once count once.
     */
    public Duration cutOff(String subject, long nowNanos) {
        List<long[]> spans = new ArrayList<>();
        for (Entry e : entries()) {
            if (e.kind.cutsOff && e.subjects.contains(subject)) {
                long end = e.end == 0 ? nowNanos : e.end;
                spans.add(new long[] {e.start, Math.max(e.start, end)});
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        long total = 0;
        long coveredTo = Long.MIN_VALUE;
        for (long[] s : spans) {
            long from = coveredTo == Long.MIN_VALUE ? s[0] : Math.max(s[0], coveredTo);
            if (coveredTo == Long.MIN_VALUE || s[1] > coveredTo) {
                total += Math.max(0, s[1] - from);
                coveredTo = s[1];
            }
        }
        return Duration.ofNanos(total);
    }

    /** Whether any entry still lasting cuts {@code subject} off. */
    public boolean stillCutOff(String subject) {
        return entries().stream().anyMatch(e -> e.kind.cutsOff && e.end == 0 && e.subjects.contains(subject));
    }

    /** Microseconds since the epoch of a System.nanoTime() reading taken while this timeline lived. */
    public long epochMicros(long nanoTime) {
        return (epochNanosAtStart + (nanoTime - nanoTimeAtStart)) / 1_000;
    }

    /**
     * The timeline for the report, at {@code nowNanos}: a comment line, {@code now}, then one line per
     * entry ({@code fault}, kind, start and end in microseconds since the epoch (end -1: still lasting),
     * frames dropped (-1: none counted), words, subjects joined by commas) and one per progress sample
     * ({@code sample}, stream, time, count, unit). Fields are tab-separated; tabs and line breaks in
     * words become spaces.
     */
    public synchronized String data(long nowNanos) {
        StringBuilder out = new StringBuilder("# netspec timeline: tab-separated; times in microseconds since the epoch\n");
        out.append("now\t").append(epochMicros(nowNanos)).append('\n');
        if (leftOut > 0) {
            out.append("left-out\t").append(leftOut).append('\n');
        }
        for (Entry e : entries) {
            out.append("fault\t").append(e.kind.word).append('\t').append(epochMicros(e.start)).append('\t')
                    .append(e.end == 0 ? -1 : epochMicros(e.end)).append('\t').append(e.frames()).append('\t')
                    .append(clean(e.words)).append('\t').append(clean(String.join(",", e.subjects.stream().sorted().toList())))
                    .append('\n');
        }
        progress.write(out, this::epochMicros);
        return out.toString();
    }

    /** The entries as a table in seconds from the first, for the scenario's log and failures. */
    public synchronized String table(long nowNanos) {
        if (entries.isEmpty()) {
            return "no fault on the timeline";
        }
        long zero = entries.get(0).start;
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(String.format(Locale.ROOT, "%9.3f s  %-9s  %-13s %s", (e.start - zero) / 1e9,
                    e.end == 0 ? "lasting" : String.format(Locale.ROOT, "%7.3f s", (e.end - zero) / 1e9), e.kind.word,
                    e.words)).append(e.frames() > 0 ? " (" + e.frames() + " frames dropped)" : "").append('\n');
        }
        if (leftOut > 0) {
            out.append(leftOut).append(" later faults not kept (at most ").append(MAX_ENTRIES).append(")\n");
        }
        return out.toString();
    }

    static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
