package io.netspec.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.netspec.report.Html.escape;

/**
 * A scenario's timeline as a picture: one time axis (seconds from the first step or fault), under it
 * a row per step (its bar from start to end, red when it failed), a row per fault (faults with the same
 * words share a row, so a flapping network is one row of outages; each bar from start to end as applied,
 * open-ended ones to the end of the data) and a row per transfer (how far it got over time, from 0 to its
 * highest count). Bounded: at most {@link #MAX_STEPS} steps, {@link #MAX_FAULTS} fault rows and
 * {@link #MAX_STREAMS} transfers, with a note of what was left out. Every text is escaped.
 */
final class TimelineSvg {
    static final int MAX_STEPS = 60;
    static final int MAX_FAULTS = 40;
    static final int MAX_STREAMS = 12;
    private static final int WIDTH = 980;
    private static final int LABEL = 340;
    private static final int LEFT = LABEL + 10;
    private static final int RIGHT = WIDTH - 20;
    private static final int ROW = 16;
    private static final int STREAM_ROW = 34;
    private static final Map<String, String> COLOURS = Map.of("cut", "#cf222e", "one-way drop", "#e16f24",
            "reject", "#8250df", "cable pulled", "#953800", "network down", "#a40e26", "impairment", "#54aeff",
            "toxic", "#1b7c83", "link down", "#0a3069", "program", "#24292f");

    private TimelineSvg() {
    }

    private record Span(long from, long to) {
    }

    static String render(Timeline t, List<StepResult> allSteps) {
        List<StepResult> steps = allSteps.stream().filter(s -> !s.hook() && s.started() != null).toList();
        Map<String, List<Timeline.Fault>> rows = new LinkedHashMap<>();
        t.faults().forEach(f -> rows.computeIfAbsent(f.kind() + "\t" + f.words(), k -> new ArrayList<>()).add(f));
        Span span = span(t, steps);
        int shownSteps = Math.min(steps.size(), MAX_STEPS);
        int shownRows = Math.min(rows.size(), MAX_FAULTS);
        int shownStreams = Math.min(t.streams().size(), MAX_STREAMS);
        int height = 40 + 22 + shownSteps * ROW + 22 + shownRows * ROW + (shownStreams == 0 ? 0 : 22 + shownStreams * STREAM_ROW) + 30;
        StringBuilder out = new StringBuilder(8_192);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        int y = axis(out, span, height);
        y = heading(out, y, "steps" + left(steps.size(), shownSteps));
        for (StepResult s : steps.subList(0, shownSteps)) {
            long from = micros(s.started());
            long to = from + s.duration().toNanos() / 1_000;
            String colour = s.passed() ? "#8c959f" : s.failed() ? "#cf222e" : "#d0d7de";
            row(out, y, (s.line() > 0 ? s.line() + ": " : "") + s.keyword().strip() + " " + s.text(), span, from, to, colour,
                    s.status().toLowerCase(Locale.ROOT));
            y += ROW;
        }
        y = heading(out, y, "faults, as applied" + left(rows.size(), shownRows)
                + (t.leftOut() > 0 ? "; " + t.leftOut() + " later faults not kept" : ""));
        for (List<Timeline.Fault> faults : new ArrayList<>(rows.values()).subList(0, shownRows)) {
            Timeline.Fault first = faults.get(0);
            label(out, y, first.kind() + ": " + first.words());
            for (Timeline.Fault f : faults) {
                bar(out, y, span, f.startMicros(), f.endOr(t.nowMicros()), COLOURS.getOrDefault(f.kind(), "#57606a"),
                        f.kind() + " " + seconds(f.startMicros() - span.from) + " to " + (f.endMicros() < 0 ? "the end"
                                : seconds(f.endMicros() - span.from)) + (f.frames() > 0 ? ", " + f.frames() + " frames dropped" : ""));
            }
            y += ROW;
        }
        if (shownStreams > 0) {
            y = heading(out, y, "transfers (how far each got)" + left(t.streams().size(), shownStreams));
            for (Map.Entry<String, Timeline.Stream> e : new ArrayList<>(t.streams().entrySet()).subList(0, shownStreams)) {
                stream(out, y, e.getKey(), e.getValue(), span);
                y += STREAM_ROW;
            }
        }
        return out.append("</svg>\n").toString();
    }

    private static Span span(Timeline t, List<StepResult> steps) {
        long from = Long.MAX_VALUE;
        long to = t.nowMicros();
        for (StepResult s : steps) {
            from = Math.min(from, micros(s.started()));
            to = Math.max(to, micros(s.started()) + s.duration().toNanos() / 1_000);
        }
        for (Timeline.Fault f : t.faults()) {
            from = Math.min(from, f.startMicros());
            to = Math.max(to, f.endOr(t.nowMicros()));
        }
        if (from == Long.MAX_VALUE) {
            from = to;
        }
        return new Span(from, Math.max(to, from + 1_000));
    }

    /** The axis at the top with ticks every 1, 2 or 5 times a power of ten seconds; returns the next row's y. */
    private static int axis(StringBuilder out, Span span, int height) {
        double seconds = (span.to - span.from) / 1e6;
        double step = Math.pow(10, Math.floor(Math.log10(seconds / 8)));
        step = seconds / step > 40 ? step * 5 : seconds / step > 16 ? step * 2 : step;
        out.append("<text x=\"").append(LEFT).append("\" y=\"14\" fill=\"#57606a\">seconds from the first step</text>\n");
        for (double s = 0; s <= seconds + 1e-9; s += step) {
            int x = x(span, span.from + Math.round(s * 1e6));
            out.append("<line x1=\"").append(x).append("\" y1=\"24\" x2=\"").append(x).append("\" y2=\"").append(height - 20)
                    .append("\" stroke=\"#eaeef2\"/>\n<text x=\"").append(x).append("\" y=\"34\" text-anchor=\"middle\" fill=\"#57606a\">")
                    .append(String.format(Locale.ROOT, step < 1 ? "%.1f" : "%.0f", s)).append("</text>\n");
        }
        return 40;
    }

    private static int heading(StringBuilder out, int y, String text) {
        out.append("<text x=\"4\" y=\"").append(y + 15).append("\" font-weight=\"bold\">").append(escape(text)).append("</text>\n");
        return y + 22;
    }

    private static void row(StringBuilder out, int y, String text, Span span, long from, long to, String colour, String tip) {
        label(out, y, text);
        bar(out, y, span, from, to, colour, tip + ", " + seconds(from - span.from) + " to " + seconds(to - span.from));
    }

    private static void label(StringBuilder out, int y, String text) {
        String shown = text.length() > 58 ? text.substring(0, 57) + "…" : text;
        out.append("<text x=\"4\" y=\"").append(y + 11).append("\"><title>").append(escape(text)).append("</title>")
                .append(escape(shown)).append("</text>\n");
    }

    private static void bar(StringBuilder out, int y, Span span, long from, long to, String colour, String tip) {
        int x1 = x(span, from);
        int width = Math.max(2, x(span, to) - x1);
        out.append("<rect x=\"").append(x1).append("\" y=\"").append(y + 2).append("\" width=\"").append(width)
                .append("\" height=\"").append(ROW - 5).append("\" fill=\"").append(colour).append("\"><title>")
                .append(escape(tip)).append("</title></rect>\n");
    }

    private static void stream(StringBuilder out, int y, String name, Timeline.Stream s, Span span) {
        long most = s.samples().stream().mapToLong(p -> p[1]).max().orElse(0);
        long top = Math.max(1, most);  // the scale's top; a transfer that got nowhere is drawn flat at 0
        label(out, y + 8, name + (most == 0 ? " (nothing yet)" : " (up to " + most + " " + s.unit() + ")"));
        StringBuilder points = new StringBuilder();
        long last = 0;
        for (long[] p : s.samples()) {
            int x = x(span, p[0]);
            points.append(x).append(',').append(yOf(y, last, top)).append(' ').append(x).append(',').append(yOf(y, p[1], top)).append(' ');
            last = p[1];
        }
        points.append(x(span, span.to)).append(',').append(yOf(y, last, top));
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y + STREAM_ROW - 4).append("\" x2=\"").append(RIGHT)
                .append("\" y2=\"").append(y + STREAM_ROW - 4).append("\" stroke=\"#d0d7de\"/>\n<polyline fill=\"none\" stroke=\"#2da44e\""
                        + " stroke-width=\"1.5\" points=\"").append(points.toString().strip()).append("\"/>\n");
    }

    private static int yOf(int rowTop, long count, long top) {
        return rowTop + STREAM_ROW - 4 - (int) Math.round((STREAM_ROW - 8) * (double) count / top);
    }

    private static int x(Span span, long micros) {
        double share = (micros - span.from) / (double) (span.to - span.from);
        return LEFT + (int) Math.round(Math.max(0, Math.min(1, share)) * (RIGHT - LEFT));
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f s", micros / 1e6);
    }

    private static String left(int all, int shown) {
        return all > shown ? " (the first " + shown + " of " + all + ")" : "";
    }
}
