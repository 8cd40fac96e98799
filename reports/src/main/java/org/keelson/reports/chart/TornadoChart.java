package org.keelson.reports.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;

/**
 * Tornado charts in the engine's ranking, strongest driver on top: the risk tornado (P80 finish and P80 cost with
 * the risk on minus off, side by side) and the NPV drivers (mean NPV with the driver low and with it high, as
 * offsets from the mean NPV, drawn as two bars from the centre line).
 */
public final class TornadoChart {

    /** Longer risk titles are cut so the bars keep most of the width. */
    private static final int LABEL_LENGTH = 22;

    private TornadoChart() {
    }

    /** Risks the risk tornado shows unless told otherwise. */
    public static final int DEFAULT_TOP = 10;

    /** The top {@link #DEFAULT_TOP} risks of {@code result}, a run of {@code plan}. */
    public static JFreeChart risks(Plan plan, SimulationResult result) {
        return risks(plan, result, DEFAULT_TOP);
    }

    /**
     * The {@code top} risks with the largest impact in the engine's ranking; when that leaves out some of the plan's
     * risks (the limit, or the engine's own tornado size), the subtitle says how many are shown of how many.
     *
     * @throws IllegalArgumentException when {@code top} is below 1
     */
    public static JFreeChart risks(Plan plan, SimulationResult result, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("the tornado needs at least one risk to show, got " + top);
        }
        ReportContext context = ReportContext.of(plan);
        List<RiskTornadoEntry> shown = result.riskTornado().subList(0, Math.min(top, result.riskTornado().size()));
        double scale = Charts.amountScale(context);
        String finishKey = context.label(Label.P80_FINISH_IMPACT);
        String costKey = Charts.amountLabel(context, Label.P80_COST_IMPACT);
        DefaultCategoryDataset finish = new DefaultCategoryDataset();
        DefaultCategoryDataset cost = new DefaultCategoryDataset();
        for (RiskTornadoEntry entry : shown) {
            String risk = riskName(plan, context, entry.risk());
            finish.addValue(entry.p80FinishImpact(), finishKey, risk);
            cost.addValue(entry.p80CostImpact() / scale, costKey, risk);
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(context.label(Label.RISK)));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(16);
        // at least one working day and 10,000 currency units wide, so that noise-sized impacts look it
        plot.add(panel(finish, finishKey, Charts.PLANNED, 1), 1);
        plot.add(panel(cost, costKey, Charts.ACTUAL, 10_000 / scale), 1);
        JFreeChart chart = new JFreeChart(context.planName() + " — " + context.label(Label.RISK_TORNADO), null, plot,
                true);
        int risks = plan.risks().size();
        if (shown.size() < risks) {
            chart.addSubtitle(new TextTitle(String.format(context.label(Label.TORNADO_TOP), shown.size(), risks)));
        }
        return Charts.themed(chart);
    }

    private static CategoryPlot panel(DefaultCategoryDataset dataset, String axis, Color colour, double minimumSpan) {
        BarRenderer renderer = new BarRenderer();
        Charts.paint(renderer, colour);
        renderer.setMaximumBarWidth(0.08);
        NumberAxis values = new NumberAxis(axis);
        double low = 0, high = 0;
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            double value = dataset.getValue(0, c).doubleValue();
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        values.setRange(low, Math.max(high, low + minimumSpan) * 1.05);
        CategoryPlot panel = new CategoryPlot(dataset, null, values, renderer);
        panel.setOrientation(PlotOrientation.HORIZONTAL);
        panel.addRangeMarker(Charts.marker(0, null, Color.DARK_GRAY, false));
        return panel;
    }

    public static JFreeChart npvDrivers(Plan plan, RoiResult roi) {
        ReportContext context = ReportContext.of(plan);
        double scale = Charts.amountScale(context);
        double base = roi.npv().mean();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String low = context.label(Label.LOW_VALUE);
        String high = context.label(Label.HIGH_VALUE);
        for (RoiTornadoEntry entry : roi.tornado()) {
            String driver = driverName(plan, entry.driver());
            dataset.addValue((entry.npvWhenLow() - base) / scale, low, driver);
            dataset.addValue((entry.npvWhenHigh() - base) / scale, high, driver);
        }
        String axis = Charts.amountLabel(context, Label.NPV) + ", " + context.label(Label.RELATIVE_TO_MEAN) + " "
                + String.format("%,.0f", base / scale);
        JFreeChart chart = ChartFactory.createBarChart(context.planName() + " — " + context.label(Label.NPV_DRIVERS),
                context.label(Label.DRIVER), axis, dataset, PlotOrientation.HORIZONTAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        Charts.paint(renderer, Charts.PLANNED, Charts.ACTUAL);
        // side by side, not stacked: both results may lie on the same side of the mean
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.05);
        Charts.themed(chart);
        plot.addRangeMarker(Charts.marker(0, context.label(Label.MEAN), Color.DARK_GRAY, false));
        return chart;
    }

    /** A driver of the NPV tornado as readers know it: the benefit line's name, investment or go-live date. */
    public static String driverName(Plan plan, String driver) {
        ReportContext context = ReportContext.of(plan);
        switch (driver) {
            case "investment":
                return context.label(Label.TOTAL_INVESTMENT);
            case "goLive":
                return context.label(Label.GO_LIVE);
            default:
                List<BenefitLine> lines = plan.benefits() == null ? List.of() : plan.benefits().lines();
                return lines.stream().filter(l -> l.code().equals(driver)).findFirst()
                        .map(l -> shortened(driver + " " + context.text(l.name()))).orElse(driver);
        }
    }

    private static String riskName(Plan plan, ReportContext context, String code) {
        return plan.risks().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(Risk::title).map(t -> shortened(code + " " + context.text(t))).orElse(code);
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_LENGTH ? label.strip() : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }
}
