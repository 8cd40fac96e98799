package org.keelson.reports.chart;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.simulation.Percentiles;

/** The distribution of NPV over the runs, with break-even (0) and P10, P50, P90. */
public final class NpvChart {

    static final int BINS = 40;

    private NpvChart() {
    }

    public static JFreeChart create(double[] npvSamples, ReportContext context) {
        if (npvSamples.length == 0) {
            throw new IllegalArgumentException("the NPV chart needs at least one sample");
        }
        HistogramDataset dataset = new HistogramDataset();
        dataset.addSeries(context.label(Label.NPV), npvSamples, BINS);
        JFreeChart chart = ChartFactory.createHistogram(context.planName() + " — " + context.label(Label.NPV_DISTRIBUTION),
                context.withUnit(Label.NPV), context.label(Label.COUNT), dataset, PlotOrientation.VERTICAL, true, true,
                false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        Charts.paint(renderer, Charts.EARNED);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        Charts.themed(chart);
        plot.addDomainMarker(Charts.marker(0, "NPV = 0", Charts.CRITICAL, false));
        int line = 1;
        for (int p : new int[]{10, 50, 90}) {
            double value = Percentiles.of(npvSamples, p / 100.0);
            plot.addDomainMarker(Charts.marker(value, "P" + p, p == 50 ? Color.DARK_GRAY : Charts.TARGET, true, line++));
        }
        return chart;
    }
}
