package io.netspec.packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * How far each transfer of a scenario got over time: samples of a running count (bytes a server read,
 * datagrams a sink received) per named stream, kept only when the count changed. Bounded: at most
 * {@link #MAX_STREAMS} streams and {@link #MAX_SAMPLES} samples each; a full stream drops every other
 * sample (the first and the latest stay), so a long transfer keeps its shape at a coarser grain.
 * Thread-safe.
 */
public final class Progress {
    public static final int MAX_STREAMS = 12;
    public static final int MAX_SAMPLES = 400;

    private record Sample(long nanos, long count) {
    }

    private record Stream(String unit, List<Sample> samples) {
    }

    private final Map<String, Stream> streams = new LinkedHashMap<>();

    /** Notes that {@code stream} had counted {@code count} {@code unit} at {@code nanos}. */
    public synchronized void sample(String stream, String unit, long nanos, long count) {
        Stream s = streams.get(stream);
        if (s == null) {
            if (streams.size() >= MAX_STREAMS) {
                return;
            }
            s = new Stream(unit, new ArrayList<>());
            streams.put(stream, s);
        }
        List<Sample> samples = s.samples();
        if (!samples.isEmpty() && samples.get(samples.size() - 1).count() == count) {
            return;
        }
        if (samples.size() >= MAX_SAMPLES) {
            List<Sample> thinned = new ArrayList<>();
            for (int i = 0; i < samples.size(); i += 2) {
                thinned.add(samples.get(i));
            }
            samples.clear();
            samples.addAll(thinned);
        }
        samples.add(new Sample(nanos, count));
    }

    /** The samples of {@code stream}, oldest first, as pairs of nanos and count. */
    public synchronized List<long[]> of(String stream) {
        Stream s = streams.get(stream);
        return s == null ? List.of() : s.samples().stream().map(x -> new long[] {x.nanos(), x.count()}).toList();
    }

    /** Writes one {@code sample} line per sample (see {@link FaultTimeline#data}). */
    synchronized void write(StringBuilder out, LongUnaryOperator epochMicros) {
        streams.forEach((name, s) -> s.samples().forEach(x -> out.append("sample\t").append(FaultTimeline.clean(name))
                .append('\t').append(epochMicros.applyAsLong(x.nanos())).append('\t').append(x.count()).append('\t')
                .append(s.unit()).append('\n')));
    }
}
