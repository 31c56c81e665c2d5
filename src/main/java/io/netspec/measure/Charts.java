package io.netspec.measure;

import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
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

    /** A histogram of round-trip times in milliseconds, with title and labelled axes. */
    public static byte[] roundTripSvg(RoundTrips trips) {
        Histogram h = trips.histogram();
        double[] values = new double[(int) Math.min(Integer.MAX_VALUE - 8, h.getTotalCount())];
        int i = 0;
        for (HistogramIterationValue v : h.recordedValues()) {
            for (long c = 0; c < v.getCountAtValueIteratedTo() && i < values.length; c++) {
                values[i++] = v.getValueIteratedTo() / 1e6;
            }
        }
        return histogramSvg("Round trips of \"" + trips.who() + "\" (" + trips.count() + " samples, median "
                + RoundTrips.ms(trips.median()) + ")", "round trip (ms)", "samples", values, 40);
    }

    /** A histogram of {@code values} as an SVG document. */
    public static byte[] histogramSvg(String title, String xAxis, String yAxis, double[] values, int bins) {
        HistogramDataset dataset = new HistogramDataset();
        if (values.length > 0) {
            dataset.addSeries(xAxis, values, bins);
        }
        JFreeChart chart = ChartFactory.createHistogram(title, xAxis, yAxis, dataset, PlotOrientation.VERTICAL,
                false, false, false);
        return svg(chart);
    }

    /**
     * What a UDP sink saw, as bars in percent of the datagrams sent (lost, duplicated, out of
     * order), with a shaded band (a confidence interval, or the range a scenario allows) and the
     * expected loss rate as a line when there is one (null: none).
     */
    public static byte[] lossSvg(Loss loss, double bandLow, double bandHigh, String bandLabel, Double expected) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double sent = Math.max(1, loss.sent());
        data.addValue(loss.rate() * 100, "seen", "lost");
        data.addValue(loss.duplicates() * 100 / sent, "seen", "duplicated");
        data.addValue(loss.reordered() * 100 / sent, "seen", "out of order");
        JFreeChart chart = ChartFactory.createBarChart(String.format(Locale.ROOT,
                "Datagrams at \"%s\": %d sent, %.2f%% lost", loss.at(), loss.sent(), loss.rate() * 100),
                "", "% of the datagrams sent", data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        IntervalMarker band = new IntervalMarker(bandLow * 100, bandHigh * 100);
        band.setPaint(new Color(70, 130, 220, 60));
        band.setLabel(bandLabel);
        band.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        band.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(band, Layer.BACKGROUND);
        if (expected != null) {
            ValueMarker line = new ValueMarker(expected * 100, new Color(200, 40, 40), new BasicStroke(2f));
            line.setLabel(String.format(Locale.ROOT, "expected loss %.2f%%", expected * 100));
            line.setLabelAnchor(RectangleAnchor.RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line, Layer.FOREGROUND);
        }
        plot.getRangeAxis().setUpperBound(Math.max(plot.getRangeAxis().getUpperBound(), bandHigh * 100 * 1.2));
        return svg(chart);
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(640, 360);
        chart.draw(g, new Rectangle(0, 0, 640, 360));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
