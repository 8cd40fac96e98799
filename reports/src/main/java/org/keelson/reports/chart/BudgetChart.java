package org.keelson.reports.chart;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetBreakdown.CategoryRow;
import org.keelson.simulation.plan.Plan;

/**
 * Planned to date against actual to date by budget category at the status date, the row totals of the plan's
 * {@link BudgetBreakdown}: the basis of the workbooks' variances, so a bar pair shows the variance the sheets report.
 * In 万元 for Chinese CNY reports.
 */
public final class BudgetChart {

    private BudgetChart() {
    }

    public static JFreeChart create(Plan plan) {
        ReportContext context = ReportContext.of(plan);
        double scale = context.showsWan() ? 10_000 : 1;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String planned = context.label(Label.PLANNED_TO_DATE);
        String actual = context.label(Label.ACTUAL_TO_DATE);
        List<CategoryRow> rows = BudgetBreakdown.of(plan.budget(), plan.effectiveStatusDate()).rows();
        for (CategoryRow row : rows) {
            String name = context.text(row.name());
            name = name.isEmpty() ? row.code() : name;
            dataset.addValue(row.total().plannedToDate() / scale, planned, name);
            dataset.addValue(row.total().actual() / scale, actual, name);
        }
        String unit = context.showsWan() ? context.inWan(Label.VALUE) : context.withUnit(Label.VALUE);
        JFreeChart chart = ChartFactory.createBarChart(context.planName() + " — " + context.label(Label.BUDGET_BY_CATEGORY)
                        + " (" + context.label(Label.STATUS_DATE) + " " + context.format(context.statusDate()) + ")",
                context.label(Label.CATEGORY), unit, dataset, PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        Charts.paint(renderer, Charts.PLANNED, Charts.ACTUAL);
        renderer.setItemMargin(0.05);
        if (rows.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return Charts.themed(chart);
    }
}
