package io.netspec.measure;

import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Report pictures as SVG: reusable by any capability that has a distribution to show. */
public final class Charts {
    private Charts() {
    }

    /**
     * What drawing a chart keeps for the rest of the JVM's life: text is measured with Java 2D, whose
     * font manager opens each font file it uses once, keeps it open, and starts a disposer thread.
     */
    public static List<Held> held() {
        String why = "Java 2D's font manager (chart text)";
        return List.of(Held.matching(why, ResourceKind.FILE, ".*\\.(?i:ttf|ttc|otf|pfb|pfa)"),
                Held.exactly(why, ResourceKind.THREAD, List.of("Java2D Disposer")));
    }

    /** A range a step asserted, drawn as a band: {@code low} to {@code high} in the chart's units. */
    public record Band(double low, double high, String label) {
    }

    /** A histogram of round-trip times in milliseconds, with no fault named and no band. */
    public static byte[] roundTripSvg(RoundTrips trips) {
        return roundTripSvg(trips, "", null);
    }

    /**
     * A histogram of round-trip times in milliseconds: the title says whose round trips and their median,
     * the subtitle the fault they were measured under, and {@code band} (null: none) the range a step
     * asserted, with the median as a line.
     */
    public static byte[] roundTripSvg(RoundTrips trips, String fault, Band band) {
        Histogram h = trips.histogram();
        double[] values = new double[(int) Math.min(Integer.MAX_VALUE - 8, h.getTotalCount())];
        int i = 0;
        for (HistogramIterationValue v : h.recordedValues()) {
            for (long c = 0; c < v.getCountAtValueIteratedTo() && i < values.length; c++) {
                values[i++] = v.getValueIteratedTo() / 1e6;
            }
        }
        String title = "Round trips of \"" + trips.who() + "\": " + trips.count() + " samples, median "
                + RoundTrips.ms(trips.median());
        JFreeChart chart = histogram(title, "round trip (ms)", "samples", values, 40);
        ChartStyle.apply(chart, fault);
        XYPlot plot = chart.getXYPlot();
        ChartStyle.wholeUnits(plot.getRangeAxis());
        if (band != null) {
            plot.addDomainMarker(band(band), Layer.BACKGROUND);
            double median = trips.median().toNanos() / 1e6;
            ValueMarker line = new ValueMarker(median, ChartStyle.EXPECTED, new BasicStroke(2f));
            line.setLabel("median " + RoundTrips.ms(trips.median()));
            line.setLabelFont(ChartStyle.TICK);
            ValueAxis x = plot.getDomainAxis();
            double low = Math.min(band.low(), x.getLowerBound());
            double high = Math.max(band.high(), x.getUpperBound());
            double margin = Math.max(0.5, (high - low) * 0.05);
            x.setRange(Math.max(0, low - margin), high + margin);
            // Half-way down, clear of the band's label at the top, on the side of the line with room.
            boolean rightHalf = median > x.getRange().getCentralValue();
            line.setLabelAnchor(rightHalf ? RectangleAnchor.LEFT : RectangleAnchor.RIGHT);
            line.setLabelTextAnchor(rightHalf ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
            line.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
        if (plot.getDomainAxis().getRange().getLength() >= 8) {
            ChartStyle.wholeUnits(plot.getDomainAxis());
        }
        return svg(chart);
    }

    /** A histogram of {@code values} as an SVG document, in the report's style. */
    public static byte[] histogramSvg(String title, String xAxis, String yAxis, double[] values, int bins) {
        JFreeChart chart = histogram(title, xAxis, yAxis, values, bins);
        ChartStyle.apply(chart, "");
        ChartStyle.wholeUnits(chart.getXYPlot().getRangeAxis());
        return svg(chart);
    }

    private static JFreeChart histogram(String title, String xAxis, String yAxis, double[] values, int bins) {
        HistogramDataset dataset = new HistogramDataset();
        if (values.length > 0) {
            dataset.addSeries(xAxis, values, bins);
        }
        return ChartFactory.createHistogram(title, xAxis, yAxis, dataset, PlotOrientation.VERTICAL,
                false, false, false);
    }

    /** What a UDP sink saw, with no fault named; see {@link #lossSvg(Loss, String, double, double, String, Double)}. */
    public static byte[] lossSvg(Loss loss, double bandLow, double bandHigh, String bandLabel, Double expected) {
        return lossSvg(loss, "", bandLow, bandHigh, bandLabel, expected);
    }

    /**
     * What a UDP sink saw, as bars in percent of the datagrams sent (lost, duplicated, out of
     * order), with a shaded band (a confidence interval, or the range a scenario allows) and the
     * expected loss rate as a line when there is one (null: none); {@code fault} names the
     * impairment the datagrams went through.
     */
    public static byte[] lossSvg(Loss loss, String fault, double bandLow, double bandHigh, String bandLabel,
                                 Double expected) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double sent = Math.max(1, loss.sent());
        data.addValue(loss.rate() * 100, "seen", "lost");
        data.addValue(loss.duplicates() * 100 / sent, "seen", "duplicated");
        data.addValue(loss.reordered() * 100 / sent, "seen", "out of order");
        JFreeChart chart = ChartFactory.createBarChart(String.format(Locale.ROOT,
                "Datagrams at \"%s\": %d sent, %.2f%% lost", loss.at(), loss.sent(), loss.rate() * 100),
                "", "% of the datagrams sent", data, PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.apply(chart, fault);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.addRangeMarker(band(new Band(bandLow * 100, bandHigh * 100, bandLabel)), Layer.BACKGROUND);
        if (expected != null) {
            ValueMarker line = new ValueMarker(expected * 100, ChartStyle.EXPECTED, new BasicStroke(2f));
            line.setLabel(String.format(Locale.ROOT, "expected loss %.2f%%", expected * 100));
            line.setLabelFont(ChartStyle.TICK);
            line.setLabelAnchor(RectangleAnchor.RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line, Layer.FOREGROUND);
        }
        plot.getRangeAxis().setUpperBound(Math.max(plot.getRangeAxis().getUpperBound(), bandHigh * 100 * 1.2));
        return svg(chart);
    }

    private static IntervalMarker band(Band band) {
        IntervalMarker marker = new IntervalMarker(band.low(), band.high());
        marker.setPaint(ChartStyle.BAND);
        marker.setLabel(band.label());
        marker.setLabelFont(ChartStyle.TICK);
        marker.setLabelPaint(new Color(17, 99, 41));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return marker;
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(640, 360);
        chart.draw(g, new Rectangle(0, 0, 640, 360));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
