package org.keelson.portal.simulation.interfaces.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.keelson.portal.plan.interfaces.rest.ChartFormat;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.FinishHistogramChart;
import org.keelson.reports.chart.NpvChart;
import org.keelson.reports.chart.TornadoChart;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.simulation.SimulationWorkbook;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.PlanForecast;

/**
 * The files of a done run, made by the reports module from the plan snapshot the run simulated and its forecast made
 * again: the simulation workbook and the charts the workbook embeds, as PNG or SVG of the command line's size.
 */
final class RunFiles {

    /** The charts offered, by the name in the URL. */
    enum Chart {
        FINISH("finish"),
        TORNADO("tornado"),
        /** Only for a plan with a benefit model. */
        NPV("npv");

        final String urlName;

        Chart(String urlName) {
            this.urlName = urlName;
        }

        static Optional<Chart> named(String urlName) {
            return Arrays.stream(values()).filter(c -> c.urlName.equals(urlName)).findFirst();
        }

        /** Whether the forecast has what this chart draws. */
        boolean drawable(PlanForecast forecast) {
            return this != NPV || forecast.roi() != null;
        }
    }

    private RunFiles() {
    }

    static void writeWorkbook(Plan plan, PlanForecast forecast, OutputStream out) throws IOException {
        new SimulationWorkbook(plan, forecast).write(out);
    }

    /** @throws IllegalArgumentException when the forecast has nothing to draw (see {@link Chart#drawable}) */
    static void writeChart(Chart chart, Plan plan, PlanForecast forecast, ChartFormat format, OutputStream out) {
        if (!chart.drawable(forecast)) {
            throw new IllegalArgumentException("plan " + plan.code() + " has no benefit model: no NPV chart");
        }
        JFreeChart drawn = switch (chart) {
            case FINISH -> FinishHistogramChart.create(plan, forecast.schedule());
            case TORNADO -> TornadoChart.risks(plan, forecast.schedule());
            case NPV -> NpvChart.create(forecast.roi(), ReportContext.of(plan));
        };
        format.write(drawn, Charts.WIDTH, Charts.HEIGHT, out);
    }

    /** {@code <plan>-simulation-<run>.xlsx} */
    static String workbookName(String code, long id) {
        return code + "-simulation-" + id + ".xlsx";
    }

    /** {@code <plan>-simulation-<run>-<chart>.png} (or {@code .svg}) */
    static String chartName(String code, long id, Chart chart, ChartFormat format) {
        return code + "-simulation-" + id + "-" + chart.urlName + "." + format.extension;
    }
}
