package io.netspec.measure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The one look of every report chart: white plot, light grid, flat bars in one blue, the band a step
 * asserted in translucent green, what was expected in red, a bold title naming what was measured and a
 * subtitle naming the fault it was measured under.
 */
final class ChartStyle {
    static final Color BAR = new Color(9, 105, 218);
    static final Color BAND = new Color(45, 164, 78, 70);
    static final Color EXPECTED = new Color(207, 34, 46);
    static final Color GRID = new Color(208, 215, 222);
    static final Color TEXT = new Color(31, 35, 40);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** Applies the look; {@code fault} (may be empty) becomes the subtitle. */
    static void apply(JFreeChart chart, String fault) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
        }
        if (fault != null && !fault.isBlank()) {
            TextTitle sub = new TextTitle(fault, SUBTITLE);
            sub.setPaint(new Color(87, 96, 106));
            chart.addSubtitle(sub);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.5f));
            xy.setRangeGridlineStroke(new BasicStroke(0.5f));
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
            if (xy.getRenderer() instanceof XYBarRenderer bars) {
                bars.setBarPainter(new StandardXYBarPainter());
                bars.setShadowVisible(false);
                bars.setSeriesPaint(0, BAR);
                bars.setDrawBarOutline(false);
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            category.getDomainAxis().setLabelFont(LABEL);
            category.getDomainAxis().setTickLabelFont(TICK);
            axis(category.getRangeAxis());
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setSeriesPaint(0, BAR);
                bars.setMaximumBarWidth(0.18);
            }
        }
    }

    private static void axis(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
    }

    /** Ticks on whole numbers only: a count of samples has no half sample. */
    static void wholeUnits(ValueAxis axis) {
        if (axis instanceof NumberAxis number) {
            number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }
}
