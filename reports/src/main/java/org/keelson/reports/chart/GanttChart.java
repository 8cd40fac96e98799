package org.keelson.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.plan.GanttRows;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Schedule;

/**
 * The WBS as a Gantt chart: one row per element, current planned dates as a thick bar (red when the activity is
 * on the critical path, dark for summaries), the latest baseline as a thin grey bar under it, milestones as
 * diamonds, a dashed line at the status date and a red line at the deadline. The critical path is the deterministic
 * CPM schedule's. The chart can be cut to the top WBS levels (a portfolio view): summaries at the deepest level shown
 * then stand for everything below them.
 */
public final class GanttChart {

    private static final double DAY = 86_400_000d;
    private static final int ROW_HEIGHT = 26;

    private GanttChart() {
    }

    /** Every WBS level. */
    public static final int ALL_LEVELS = Integer.MAX_VALUE;

    /** Pixel height that keeps rows readable: about 26 px per WBS element plus room for title, axis and legend. */
    public static int preferredHeight(Plan plan) {
        return preferredHeight(plan, ALL_LEVELS);
    }

    /** As {@link #preferredHeight(Plan)} for the elements down to WBS level {@code maxLevel}. */
    public static int preferredHeight(Plan plan, int maxLevel) {
        return Math.max(400, shown(plan, maxLevel).size() * ROW_HEIGHT + 220);
    }

    /** @param schedule the CPM schedule of {@code plan} ({@link org.keelson.simulation.schedule.CriticalPathScheduler}) */
    public static JFreeChart create(Plan plan, Schedule schedule) {
        return create(plan, schedule, ALL_LEVELS);
    }

    /**
     * The elements down to WBS level {@code maxLevel} (1: the top level only).
     *
     * @throws IllegalArgumentException when {@code maxLevel} is below 1
     */
    public static JFreeChart create(Plan plan, Schedule schedule, int maxLevel) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("WBS level to show must be 1 or more, got " + maxLevel);
        }
        ReportContext context = ReportContext.of(plan);
        XYIntervalSeries baselineBars = new XYIntervalSeries(context.label(Label.BASELINE));
        XYIntervalSeries currentBars = new XYIntervalSeries(context.label(Label.CURRENT));
        XYIntervalSeries criticalBars = new XYIntervalSeries(context.label(Label.CRITICAL));
        XYIntervalSeries summaryBars = new XYIntervalSeries(context.label(Label.SUMMARY));
        XYSeries milestones = new XYSeries(context.label(Label.MILESTONES), false);
        List<String> labels = new ArrayList<>();
        List<GanttRows.Row> rows = GanttRows.of(plan, schedule).upToLevel(maxLevel).rows();
        for (int row = 0; row < rows.size(); row++) {
            GanttRows.Row gantt = rows.get(row);
            labels.add(label(gantt.activity(), context));
            if (gantt.baselineStart() != null && gantt.baselineFinish() != null) {
                bar(baselineBars, row, 0.08, 0.36, gantt.baselineStart(), gantt.baselineFinish());
            }
            if (gantt.start() == null) {
                continue;
            }
            if (gantt.activity().milestone()) {
                milestones.add(row, Charts.millis(gantt.start()));
            } else if (gantt.summary()) {
                bar(summaryBars, row, -0.22, -0.02, gantt.start(), gantt.finish());
            } else {
                bar(gantt.critical() ? criticalBars : currentBars, row, -0.34, 0.04, gantt.start(), gantt.finish());
            }
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(baselineBars);
        bars.addSeries(currentBars);
        bars.addSeries(criticalBars);
        bars.addSeries(summaryBars);

        SymbolAxis rowAxis = new SymbolAxis(null, labels.toArray(String[]::new));
        rowAxis.setInverted(true);
        rowAxis.setGridBandsVisible(true);
        rowAxis.setGridBandPaint(new Color(0xF4F6F8));
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setShadowVisible(false);
        Charts.paint(renderer, Charts.BASELINE, Charts.PLANNED, Charts.CRITICAL, new Color(0x333333));
        XYPlot plot = new XYPlot(bars, rowAxis, Charts.dateAxis(context.label(Label.DATE)), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);

        XYLineAndShapeRenderer diamonds = new XYLineAndShapeRenderer(false, true);
        diamonds.setSeriesShape(0, ShapeUtils.createDiamond(9f));
        Charts.paint(diamonds, Charts.TARGET);
        plot.setDataset(1, new XYSeriesCollection(milestones));
        plot.setRenderer(1, diamonds);

        JFreeChart chart = new JFreeChart(context.planName() + " — " + context.label(Label.GANTT), null, plot, true);
        Charts.themed(chart);
        rowAxis.setTickLabelFont(ChartFonts.font(Font.PLAIN, 13));
        rowAxis.setRange(-0.6, Math.max(0.6, rows.size() - 0.4));
        if (plan.statusDate() != null) {
            plot.addRangeMarker(Charts.marker(Charts.millis(plan.statusDate()), context.label(Label.STATUS_DATE),
                    Color.DARK_GRAY, true));
        }
        if (plan.deadline() != null) {
            // The deadline is the last day allowed: the line sits at its end, where a bar finishing on it ends.
            double deadline = Charts.millis(plan.deadline()) + DAY;
            ValueMarker marker = Charts.marker(deadline, context.label(Label.DEADLINE) + " "
                    + context.format(plan.deadline()), Charts.CRITICAL, false, 1);
            ValueAxis dates = plot.getRangeAxis();
            if (deadline >= dates.getUpperBound()) {
                dates.setUpperBound(deadline + (deadline - dates.getLowerBound()) * 0.03);
            }
            if (deadline - dates.getLowerBound() > (dates.getUpperBound() - dates.getLowerBound()) / 2) {
                // the label reads leftwards from the line, inside the plot
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            plot.addRangeMarker(marker);
        }
        return chart;
    }

    private static List<Activity> shown(Plan plan, int maxLevel) {
        return plan.wbs().stream().filter(a -> a.level() <= maxLevel).toList();
    }

    private static void bar(XYIntervalSeries series, int row, double from, double to, LocalDate start, LocalDate finish) {
        double begin = Charts.millis(start);
        double end = Charts.millis(finish) + DAY; // finish dates are inclusive
        series.add(row, row + from, row + to, begin, begin, end);
    }

    private static String label(Activity activity, ReportContext context) {
        String name = context.text(activity.name());
        if (name.length() > 28) {
            name = name.substring(0, 27) + "…";
        }
        return "  ".repeat(Math.max(0, activity.level() - 1)) + activity.code() + " " + name;
    }

}
