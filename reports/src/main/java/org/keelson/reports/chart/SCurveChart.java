package org.keelson.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;

/**
 * Cumulative PV, EV and AC at quarter ends: PV over the whole plan, EV and AC up to the status date, with lines at
 * BAC and at both EACs (labelled by method). The amounts are the core's, in currency units; the axis reads in 万元 for
 * Chinese CNY plans.
 */
public final class SCurveChart {

    private SCurveChart() {
    }

    /** An amount as the axis shows it: 万元 for Chinese CNY plans, else currency units. */
    private static String amount(double value, ReportContext context) {
        return context.showsWan() ? String.format(java.util.Locale.ROOT, "%,.2f万元", value / 10_000)
                : String.format(java.util.Locale.ROOT, "%,.0f %s", value, context.currencyUnit());
    }

    public static JFreeChart create(EarnedValue values, ReportContext context) {
        XYSeries pv = new XYSeries(context.label(Label.PV));
        XYSeries ev = new XYSeries(context.label(Label.EV));
        XYSeries ac = new XYSeries(context.label(Label.AC));
        List<EarnedValue.Period> periods = values.periods();
        if (!periods.isEmpty()) {
            double origin = Charts.millis(periods.get(0).start());
            pv.add(origin, 0);
            ev.add(origin, 0);
            ac.add(origin, 0);
        }
        for (EarnedValue.Period period : periods) {
            double x = Charts.millis(period.end());
            Measures cumulative = period.cumulative();
            pv.add(x, cumulative.pv());
            if (cumulative.ev() != null) {
                // EV and AC are known up to the status date, so the status quarter's point sits on that date.
                double reported = Math.min(x, Charts.millis(values.statusDate()));
                ev.add(reported, cumulative.ev());
                ac.add(reported, cumulative.ac());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(pv);
        dataset.addSeries(ev);
        dataset.addSeries(ac);
        JFreeChart chart = ChartFactory.createXYLineChart(context.planName() + " — " + context.label(Label.S_CURVE),
                context.label(Label.DATE), Charts.amountLabel(context, Label.CUMULATIVE_AMOUNT), dataset);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(Charts.dateAxis(context.label(Label.DATE)));
        NumberAxis amounts = (NumberAxis) plot.getRangeAxis();
        amounts.setAutoRangeIncludesZero(true);
        Charts.amountTicks(amounts, context);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Charts.paint(renderer, Charts.PLANNED, Charts.EARNED, Charts.ACTUAL);
        for (int i = 0; i < 3; i++) {
            Charts.stroke(renderer, i, new BasicStroke(3f));
        }
        plot.setRenderer(renderer);
        Charts.themed(chart);
        Measures total = values.total();
        double top = total.bac();
        plot.addRangeMarker(Charts.horizontalMarker(total.bac(), context.label(Label.BAC_BASELINE) + " "
                + amount(total.bac(), context), Charts.PLANNED));
        Double[] eacs = {total.eac(), total.eacCpiSpi()};
        Label[] methods = {Label.EAC_CPI_METHOD, Label.EAC_CPI_SPI_METHOD};
        for (int i = 0; i < eacs.length; i++) {
            if (eacs[i] != null) {
                plot.addRangeMarker(Charts.horizontalMarker(eacs[i], context.label(methods[i]) + " "
                        + amount(eacs[i], context), i == 0 ? Charts.CRITICAL : Charts.TARGET));
                top = Math.max(top, eacs[i]);
            }
        }
        // Markers do not widen an axis: make room for the highest line and its label.
        amounts.setRange(0, Math.max(amounts.getUpperBound(), top * 1.12));
        Charts.dateMarker(plot, values.statusDate(), context.label(Label.STATUS_DATE), java.awt.Color.DARK_GRAY);
        return chart;
    }
}
