package org.keelson.reports.chart;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.simulation.SimulationSummary;

/**
 * Drivers sorted by swing, widest on top; each bar runs from the outcome at the driver's low value to the one at
 * its high value, drawn as offsets from the base outcome so the bars straddle the centre line.
 */
public final class TornadoChart {

    private TornadoChart() {
    }

    public static JFreeChart create(SimulationSummary summary, ReportContext context) {
        List<SimulationSummary.TornadoBar> bars = summary.tornado().stream()
                .sorted(Comparator.comparingDouble(SimulationSummary.TornadoBar::swing).reversed()).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String low = context.label(Label.LOW_VALUE);
        String high = context.label(Label.HIGH_VALUE);
        double base = summary.tornadoBase();
        for (SimulationSummary.TornadoBar bar : bars) {
            dataset.addValue(bar.low() - base, low, bar.driver());
            dataset.addValue(bar.high() - base, high, bar.driver());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(context.planName() + " — " + context.label(Label.TORNADO),
                context.label(Label.DRIVER), summary.tornadoMeasure() + ", " + context.label(Label.RELATIVE_TO_BASE)
                        + " " + String.format("%,.1f", base), dataset, PlotOrientation.HORIZONTAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        Charts.paint(renderer, Charts.PLANNED, Charts.ACTUAL);
        renderer.setMaximumBarWidth(0.08);
        Charts.themed(chart);
        plot.addRangeMarker(Charts.marker(0, context.label(Label.BASE_VALUE), java.awt.Color.DARK_GRAY, false));
        return chart;
    }
}
