package org.keelson.reports.chart;

import java.awt.BasicStroke;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;

/** One KPI: its planned trajectory, the measurements so far and a line at the target. */
public final class KpiChart {

    private KpiChart() {
    }

    public static JFreeChart create(Kpi kpi, ReportContext context) {
        XYSeries planned = new XYSeries(context.label(Label.PLANNED_TRAJECTORY), false);
        XYSeries actual = new XYSeries(context.label(Label.ACTUAL_VALUES), false);
        for (KpiPoint point : kpi.trajectory()) {
            planned.add(Charts.millis(point.date()), point.value());
        }
        for (KpiPoint point : kpi.actuals()) {
            actual.add(Charts.millis(point.date()), point.value());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(planned);
        dataset.addSeries(actual);
        String unit = kpi.unit() == null || kpi.unit().isBlank() ? "" : " (" + kpi.unit() + ")";
        JFreeChart chart = ChartFactory.createXYLineChart(context.text(kpi.name()) + unit + " — "
                        + context.label(Label.KPI_CHART), context.label(Label.DATE), context.label(Label.VALUE) + unit,
                dataset);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(Charts.dateAxis(context.label(Label.DATE)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Charts.paint(renderer, Charts.PLANNED, Charts.ACTUAL);
        Charts.stroke(renderer, 0, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{8f, 5f}, 0f));
        Charts.stroke(renderer, 1, new BasicStroke(3f));
        plot.setRenderer(renderer);
        Charts.themed(chart);
        includeInRange(plot, kpi);
        plot.addRangeMarker(Charts.horizontalMarker(kpi.target(), context.label(Label.TARGET) + " " + kpi.target(),
                Charts.TARGET));
        if (context.plan().statusDate() != null) {
            Charts.dateMarker(plot, context.plan().statusDate(), context.label(Label.STATUS_DATE),
                    java.awt.Color.DARK_GRAY);
        }
        return chart;
    }

    /** Markers do not widen an axis by themselves: make room for the target (and the baseline) explicitly. */
    private static void includeInRange(XYPlot plot, Kpi kpi) {
        double low = kpi.target();
        double high = kpi.target();
        for (KpiPoint point : kpi.trajectory()) {
            low = Math.min(low, point.value());
            high = Math.max(high, point.value());
        }
        for (KpiPoint point : kpi.actuals()) {
            low = Math.min(low, point.value());
            high = Math.max(high, point.value());
        }
        if (kpi.baseline() != null) {
            low = Math.min(low, kpi.baseline());
            high = Math.max(high, kpi.baseline());
        }
        double margin = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
        plot.getRangeAxis().setRange(low - margin, high + margin);
    }
}
