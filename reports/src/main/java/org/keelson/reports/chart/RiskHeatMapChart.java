package org.keelson.reports.chart;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.RiskMatrix;

/**
 * The plan's {@link RiskHeatMap} drawn: impact across, probability up, each cell coloured by the plan's thresholds on
 * probability x impact and labelled with the number of live risks in it.
 */
public final class RiskHeatMapChart {

    private RiskHeatMapChart() {
    }

    public static JFreeChart create(Plan plan) {
        ReportContext context = ReportContext.of(plan);
        RiskMatrix matrix = plan.riskMatrix();
        RiskHeatMap heatMap = RiskHeatMap.of(plan.risks(), matrix);
        double[][] cells = new double[3][25];
        int i = 0;
        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                cells[0][i] = impact;
                cells[1][i] = probability;
                cells[2][i] = probability * impact;
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(context.label(Label.SCORE), cells);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, 26, Charts.GREEN);
        scale.add(matrix.mediumFrom(), Charts.AMBER);
        scale.add(matrix.highFrom(), Charts.RED);
        renderer.setPaintScale(scale);
        NumberAxis impactAxis = levelAxis(context.label(Label.IMPACT_AXIS));
        NumberAxis probabilityAxis = levelAxis(context.label(Label.PROBABILITY_AXIS));
        XYPlot plot = new XYPlot(dataset, impactAxis, probabilityAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(context.planName() + " — " + context.label(Label.RISK_HEAT_MAP), null, plot,
                false);
        Charts.themed(chart);
        plot.setBackgroundPaint(Color.WHITE);
        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                int count = heatMap.cell(probability, impact).count();
                XYTextAnnotation label = new XYTextAnnotation(String.valueOf(count), impact, probability);
                label.setFont(ChartFonts.font(Font.BOLD, count > 0 ? 30 : 18));
                label.setPaint(count > 0 ? Color.BLACK : new Color(0x777777));
                plot.addAnnotation(label);
            }
        }
        plot.setOutlinePaint(Color.DARK_GRAY);
        return chart;
    }

    private static NumberAxis levelAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0.5, 5.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setTickLabelFont(ChartFonts.font(Font.BOLD, 14));
        return axis;
    }
}
