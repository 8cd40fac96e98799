package org.keelson.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.forecast.FinishDates;
import org.keelson.simulation.montecarlo.DateForecast;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;

/** Finish dates of the runs as a histogram (left axis), their cumulative probability (right axis), deadline, P50, P80. */
public final class FinishHistogramChart {

    private static final long DAY = 86_400_000L;

    private FinishHistogramChart() {
    }

    /** @param result a run of {@code plan} */
    public static JFreeChart create(Plan plan, SimulationResult result) {
        ReportContext context = ReportContext.of(plan);
        XYIntervalSeries counts = new XYIntervalSeries(context.label(Label.COUNT));
        XYSeries cdf = new XYSeries(context.label(Label.CUMULATIVE));
        List<FinishDates.Bin> bins = FinishDates.histogram(plan, result);
        int total = bins.stream().mapToInt(FinishDates.Bin::count).sum();
        int running = 0;
        for (FinishDates.Bin bin : bins) {
            double from = Charts.millis(bin.from());
            double to = Charts.millis(bin.to()) + DAY;
            counts.add((from + to) / 2, from, to, bin.count(), bin.count(), bin.count());
            running += bin.count();
            cdf.add(to, total == 0 ? 0 : (double) running / total);
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(counts);
        XYSeriesCollection line = new XYSeriesCollection(cdf);

        XYPlot plot = new XYPlot(bars, Charts.dateAxis(context.label(Label.FINISH_DATE)),
                new NumberAxis(context.label(Label.COUNT)), new XYBarRenderer(0.05));
        Charts.paint((XYBarRenderer) plot.getRenderer(), Charts.PLANNED);
        ((XYBarRenderer) plot.getRenderer()).setDrawBarOutline(true);
        plot.getRenderer().setSeriesOutlinePaint(0, Color.WHITE);
        NumberAxis probability = new NumberAxis(context.label(Label.CUMULATIVE));
        probability.setRange(0, 1.0);
        probability.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance());
        plot.setRangeAxis(1, probability);
        plot.setDataset(1, line);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer cdfRenderer = new XYLineAndShapeRenderer(true, false);
        Charts.paint(cdfRenderer, Charts.ACTUAL);
        Charts.stroke(cdfRenderer, 0, new BasicStroke(3f));
        plot.setRenderer(1, cdfRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(context.planName() + " — " + context.label(Label.FINISH_DISTRIBUTION),
                null, plot, true);
        Charts.themed(chart);
        // head room so the marker labels sit above the tallest bars
        plot.getRangeAxis().setUpperMargin(0.15);
        DateForecast finish = result.finish();
        widenToInclude(plot, result.deadline(), finish.p50(), finish.p80());
        addMarker(plot, result.deadline(), context.label(Label.DEADLINE) + " " + context.format(result.deadline()),
                Charts.CRITICAL, false, 0);
        addMarker(plot, finish.p50(), "P50 " + context.format(finish.p50()), Color.DARK_GRAY, true, 1);
        addMarker(plot, finish.p80(), "P80 " + context.format(finish.p80()), Charts.TARGET, true, 2);
        return chart;
    }

    /** The deadline may fall outside every bin; the axis must still show its line. */
    private static void widenToInclude(XYPlot plot, LocalDate... dates) {
        org.jfree.data.Range range = plot.getDomainAxis().getRange();
        double low = range.getLowerBound();
        double high = range.getUpperBound();
        for (LocalDate date : dates) {
            if (date != null) {
                low = Math.min(low, Charts.millis(date) - 7 * DAY);
                high = Math.max(high, Charts.millis(date) + 7 * DAY);
            }
        }
        plot.getDomainAxis().setRange(low, high);
    }

    private static void addMarker(XYPlot plot, LocalDate date, String label, Color colour, boolean dashed, int line) {
        if (date != null) {
            plot.addDomainMarker(Charts.marker(Charts.millis(date), label, colour, dashed, line));
        }
    }
}
