package org.keelson.reports.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.statistics.DistributionSummary;
import org.keelson.simulation.statistics.HistogramBin;

/** The distribution of NPV over the runs (the engine's histogram), with break-even (0) and P10, P50, P90. */
public final class NpvChart {

    private NpvChart() {
    }

    public static JFreeChart create(RoiResult roi, ReportContext context) {
        double scale = Charts.amountScale(context);
        DistributionSummary npv = roi.npv();
        XYIntervalSeries counts = new XYIntervalSeries(context.label(Label.NPV));
        for (HistogramBin bin : npv.histogram()) {
            double from = bin.from() / scale;
            double to = bin.to() / scale;
            counts.add((from + to) / 2, from, to, bin.count(), bin.count(), bin.count());
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(counts);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        NumberAxis amounts = new NumberAxis(Charts.amountLabel(context, Label.NPV));
        amounts.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, amounts,
                new NumberAxis(context.label(Label.COUNT)), renderer);
        Charts.paint(renderer, Charts.EARNED);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        JFreeChart chart = new JFreeChart(context.planName() + " — " + context.label(Label.NPV_DISTRIBUTION), null, plot,
                true);
        Charts.themed(chart);
        // head room so the marker labels sit above the tallest bars
        plot.getRangeAxis().setUpperMargin(0.15);
        // break-even is shown when it is near the runs; far away it would squeeze the bars into a corner
        double low = npv.min() / scale, high = npv.max() / scale;
        double margin = Math.max(high - low, Math.abs(high) * 1e-6) / 4;
        if (low - margin <= 0 && 0 <= high + margin) {
            plot.getDomainAxis().setRange(Math.min(0, low) - margin / 2, Math.max(0, high) + margin / 2);
            plot.addDomainMarker(Charts.marker(0, "NPV = 0", Charts.CRITICAL, false));
        }
        int line = 1;
        for (int p : new int[]{10, 50, 90}) {
            double value = npv.percentile(p) / scale;
            plot.addDomainMarker(Charts.marker(value, "P" + p + " " + String.format("%,.0f", value),
                    p == 50 ? Color.DARK_GRAY : Charts.TARGET, true, line++));
        }
        return chart;
    }
}
