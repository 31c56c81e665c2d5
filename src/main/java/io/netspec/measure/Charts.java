package io.netspec.measure;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;

/** Report pictures as SVG: reusable by any capability that has a distribution to show. */
public final class Charts {
    private Charts() {
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
        SVGGraphics2D g = new SVGGraphics2D(640, 360);
        chart.draw(g, new Rectangle(0, 0, 640, 360));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
