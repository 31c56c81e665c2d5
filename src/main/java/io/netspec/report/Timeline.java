package io.netspec.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's fault timeline as the report reads it from the attachment netspec's after-hook makes
 * ({@code io.netspec.packet.FaultTimeline#data}: one tab-separated record a line, times in microseconds
 * since the epoch), and the picture of it the report adds beside that attachment ({@link TimelineSvg}):
 * the scenario's steps, its faults as applied and the progress of its transfers on one time axis. A
 * line the report cannot read is passed over, never an error: the picture shows what could be read.
 *
 * @param nowMicros when the data was written (the end of a fault still lasting then)
 * @param faults    each fault, in the order applied
 * @param streams   each transfer's samples by stream name
 * @param leftOut   faults not kept (the timeline keeps a bounded number)
 */
record Timeline(long nowMicros, List<Fault> faults, Map<String, Stream> streams, long leftOut) {
    /** The media type of the data, as {@code io.netspec.packet.FaultTimeline.MEDIA_TYPE} has it. */
    static final String MEDIA_TYPE = "text/x.netspec.timeline";
    /** The title of the picture the report adds beside the data. */
    static final String PICTURE = "fault timeline: steps, faults and transfers";

    /** One fault: its kind in a word, start and end (-1: lasting), frames it dropped (-1: none counted). */
    record Fault(String kind, long startMicros, long endMicros, long frames, String words, List<String> subjects) {
        long endOr(long now) {
            return endMicros < 0 ? now : endMicros;
        }
    }

    /** One transfer's samples: times (microseconds since the epoch) and counts of {@code unit}. */
    record Stream(String unit, List<long[]> samples) {
    }

    static Timeline parse(String data) {
        long now = 0;
        long leftOut = 0;
        List<Fault> faults = new ArrayList<>();
        Map<String, Stream> streams = new LinkedHashMap<>();
        for (String line : data.split("\n")) {
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "now" -> now = Long.parseLong(f[1]);
                    case "left-out" -> leftOut = Long.parseLong(f[1]);
                    case "fault" -> faults.add(new Fault(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                            Long.parseLong(f[4]), f[5], f[6].isEmpty() ? List.of() : List.of(f[6].split(","))));
                    case "sample" -> streams.computeIfAbsent(f[1], k -> new Stream(f[4], new ArrayList<>()))
                            .samples().add(new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
                    default -> { } // a comment, or a record a later netspec writes
                }
            } catch (RuntimeException e) {
                // NumberFormatException or a short line: pass it over; the picture shows the rest.
            }
        }
        return new Timeline(now, List.copyOf(faults), streams, leftOut);
    }

    static boolean isData(Attachment a) {
        return a.baseType().equals(MEDIA_TYPE);
    }

    static boolean isPicture(Attachment a) {
        return a.shown() == Attachment.Shown.PICTURE && a.name().equals(PICTURE);
    }

    /** The scenario with the picture of its timeline beside the data, when it has timeline data. */
    static ScenarioResult withPicture(ScenarioResult s) {
        Optional<Attachment> data = s.allAttachments().stream().filter(Timeline::isData).findFirst();
        if (data.isEmpty() || s.allAttachments().stream().anyMatch(Timeline::isPicture)) {
            return s;
        }
        byte[] svg = TimelineSvg.render(parse(data.get().text()), s.steps()).getBytes(StandardCharsets.UTF_8);
        Attachment picture = Attachment.of(PICTURE, "image/svg+xml", svg);
        List<StepResult> steps = new ArrayList<>();
        for (StepResult step : s.steps()) {
            List<Attachment> attached = new ArrayList<>();
            for (Attachment a : step.attachments()) {
                attached.add(a);
                if (a == data.get()) {
                    attached.add(picture);
                }
            }
            steps.add(step.withAttachments(attached));
        }
        return s.withSteps(steps);
    }

    /** The data as a table a reader can take in: seconds from the first fault, kind, words, frames dropped. */
    String table() {
        long zeroMicros = faults.stream().mapToLong(Fault::startMicros).min().orElse(nowMicros);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%9s %9s  %-13s %s%n", "start", "end", "kind",
                "fault, as netspec applied it (seconds from the first)"));
        for (Fault f : faults) {
            out.append(String.format(Locale.ROOT, "%8.3fs %9s  %-13s %s", (f.startMicros() - zeroMicros) / 1e6,
                    f.endMicros() < 0 ? "lasting" : String.format(Locale.ROOT, "%8.3fs", (f.endMicros() - zeroMicros) / 1e6),
                    f.kind(), f.words())).append(f.frames() > 0 ? " (" + f.frames() + " frames dropped)" : "").append('\n');
        }
        if (leftOut > 0) {
            out.append(leftOut).append(" later faults were not kept\n");
        }
        streams.forEach((name, st) -> out.append("transfer ").append(name).append(": ").append(st.samples().size())
                .append(" samples, last ").append(st.samples().get(st.samples().size() - 1)[1]).append(' ')
                .append(st.unit()).append('\n'));
        return out.toString();
    }
}
