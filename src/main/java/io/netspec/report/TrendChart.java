package io.netspec.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Inline SVG bar charts of earlier runs: scenarios passed and failed, and run duration. No script. */
final class TrendChart {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 56;

    private TrendChart() {
    }

    static String svg(List<History.Entry> runs) {
        StringBuilder out = new StringBuilder();
        int maxScenarios = runs.stream().mapToInt(History.Entry::scenarios).max().orElse(0);
        chart(out, "Scenarios per run (green passed, red failed, grey skipped)", "scenarios",
                Math.ceil(niceCeiling(maxScenarios) / 4) * 4, runs,
                (svg, e, x, w, scale) -> {
                    double y = TOP + plotHeight();
                    y = bar(svg, x, y, w, e.passed() * scale, "#2da44e", e.passed() + " passed");
                    y = bar(svg, x, y, w, e.failed() * scale, "#cf222e", e.failed() + " failed");
                    bar(svg, x, y, w, e.skipped() * scale, "#8c959f", e.skipped() + " skipped");
                });
        long maxMillis = runs.stream().mapToLong(e -> e.duration().toMillis()).max().orElse(0);
        double maxSeconds = Math.max(1, Math.ceil(maxMillis / 1000.0));
        chart(out, "Run duration (seconds)", "seconds", niceCeiling(maxSeconds), runs,
                (svg, e, x, w, scale) -> bar(svg, x, TOP + plotHeight(), w, e.duration().toMillis() / 1000.0 * scale,
                        "#0969da", Elapsed.format(e.duration())));
        return out.toString();
    }

    private interface Bars {
        void draw(StringBuilder svg, History.Entry entry, double x, double width, double scale);
    }

    private static void chart(StringBuilder out, String title, String unit, double max, List<History.Entry> runs, Bars bars) {
        double top = max;
        double scale = plotHeight() / top;
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>\n",
                LEFT, Html.escape(title)));
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + plotHeight() - value * scale;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT, y, WIDTH - RIGHT, y,
                    LEFT - 6, y + 4, number(value)));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s</text>\n",
                TOP + plotHeight() / 2, TOP + plotHeight() / 2, Html.escape(unit)));
        double slot = (double) (WIDTH - LEFT - RIGHT) / runs.size();
        double width = Math.min(48, Math.max(2, slot * 0.7));
        int labelEvery = labelEvery(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            double x = LEFT + i * slot + (slot - width) / 2;
            bars.draw(out, runs.get(i), x, width, scale);
            // Counted from the newest run, which always has its label; the others keep their distance.
            if ((runs.size() - 1 - i) % labelEvery == 0) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                        x + width / 2, TOP + plotHeight() + 16, Html.escape(LABEL.format(runs.get(i).started()))));
            }
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>\n",
                LEFT, TOP + plotHeight(), WIDTH - RIGHT, TOP + plotHeight()));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">run started (UTC), oldest left</text>\n",
                LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 8));
        out.append("</svg>\n");
    }

    /** Room for one label ("11-30 12:05" at 11 px is about 66 px wide) and a gap. */
    static final double LABEL_WIDTH = 80;

    /** Label every n-th run so that no two labels overlap. */
    static int labelEvery(int runs) {
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, runs);
        return Math.max(1, (int) Math.ceil(LABEL_WIDTH / slot));
    }

    /** The x positions of the labels drawn for {@code runs} runs (label centres), for tests. */
    static java.util.List<Double> labelCentres(int runs) {
        double slot = (double) (WIDTH - LEFT - RIGHT) / runs;
        java.util.List<Double> centres = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if ((runs - 1 - i) % labelEvery(runs) == 0) {
                centres.add(LEFT + i * slot + slot / 2);
            }
        }
        return centres;
    }

    private static double bar(StringBuilder out, double x, double bottom, double width, double height, String colour, String tip) {
        if (height <= 0) {
            return bottom;
        }
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
                x, bottom - height, width, height, colour, Html.escape(tip)));
        return bottom - height;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return Math.max(4, step * magnitude);
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
