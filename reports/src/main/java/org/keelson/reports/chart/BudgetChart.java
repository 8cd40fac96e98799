package org.keelson.reports.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.plan.Plan;

/** Planned (all quarters) against actual to date by budget category; in 万元 for Chinese CNY reports. */
public final class BudgetChart {

    private BudgetChart() {
    }

    public static JFreeChart create(Plan plan) {
        ReportContext context = ReportContext.of(plan);
        double scale = context.showsWan() ? 10_000 : 1;
        Map<String, String> names = new LinkedHashMap<>();
        if (plan.budget() != null) {
            for (BudgetCategory category : plan.budget().categories()) {
                names.put(category.code(), context.text(category.name()));
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        names.keySet().forEach(code -> sums.put(code, new double[2]));
        if (plan.budget() != null) {
            for (BudgetLine line : plan.budget().lines()) {
                double[] sum = sums.computeIfAbsent(line.category(), k -> new double[2]);
                sum[0] += line.planned();
                sum[1] += line.actual();
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String planned = context.label(Label.PLANNED);
        String actual = context.label(Label.ACTUAL_TO_DATE);
        sums.forEach((code, sum) -> {
            String name = names.getOrDefault(code, code);
            name = name == null || name.isEmpty() ? code : name;
            dataset.addValue(sum[0] / scale, planned, name);
            dataset.addValue(sum[1] / scale, actual, name);
        });
        String unit = context.showsWan() ? context.inWan(Label.VALUE) : context.withUnit(Label.VALUE);
        JFreeChart chart = ChartFactory.createBarChart(context.planName() + " — " + context.label(Label.BUDGET_BY_CATEGORY),
                context.label(Label.CATEGORY), unit, dataset, PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        Charts.paint(renderer, Charts.PLANNED, Charts.ACTUAL);
        renderer.setItemMargin(0.05);
        if (sums.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return Charts.themed(chart);
    }
}
