package org.keelson.portal.plan.interfaces.rest;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;

import org.jfree.chart.JFreeChart;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.GanttChart;
import org.keelson.reports.chart.KpiChart;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.chart.SCurveChart;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.CriticalPathScheduler;

/**
 * A plan's charts as the reports module draws them, streamed as PNG or SVG:
 * {@code GET /api/plans/KP-000/charts/s-curve.svg?lang=en} answers {@code KP-000-s-curve-2026-03-31.svg} (the plan's
 * status date). Without {@code lang} the chart is in the plan's own language; the KPI chart shows the plan's first KPI.
 * The plan pages link here beside the workbook of the same data.
 */
@Path("plans/{code}/charts")
@RequestScoped
public class PlanChartsResource {
    /** The charts offered, by the name in the URL; a plan lacking what a chart draws has no such chart. */
    enum Kind {
        S_CURVE("s-curve", plan -> true, plan -> SCurveChart.create(new EarnedValue(plan), ReportContext.of(plan))),
        BUDGET("budget", plan -> plan.budget() != null, BudgetChart::create),
        KPI("kpi", plan -> !plan.kpis().isEmpty(), plan -> KpiChart.create(plan.kpis().get(0), ReportContext.of(plan))),
        RISK_HEAT_MAP("risk-heat-map", plan -> true, RiskHeatMapChart::create),
        GANTT("gantt", plan -> true, plan -> GanttChart.create(plan, CriticalPathScheduler.schedule(plan)));

        final String urlName;
        final Predicate<Plan> drawable;
        final Function<Plan, JFreeChart> chart;

        Kind(String urlName, Predicate<Plan> drawable, Function<Plan, JFreeChart> chart) {
            this.urlName = urlName;
            this.drawable = drawable;
            this.chart = chart;
        }

        static Optional<Kind> named(String urlName) {
            return Arrays.stream(values()).filter(k -> k.urlName.equals(urlName)).findFirst();
        }

        /** The Gantt grows with the WBS so every row stays legible; the others have the command line's size. */
        int height(Plan plan) {
            return this == GANTT ? GanttChart.preferredHeight(plan) : Charts.HEIGHT;
        }
    }

    @Inject
    PlanService plans;

    @GET
    @Path("{kind}.png")
    public Response png(@PathParam("code") String code, @PathParam("kind") String kindName,
            @QueryParam("lang") String lang) {
        return chart(code, kindName, lang, ChartFormat.PNG);
    }

    @GET
    @Path("{kind}.svg")
    public Response svg(@PathParam("code") String code, @PathParam("kind") String kindName,
            @QueryParam("lang") String lang) {
        return chart(code, kindName, lang, ChartFormat.SVG);
    }

    private Response chart(String code, String kindName, String lang, ChartFormat format) {
        Optional<Kind> kind = Kind.named(kindName);
        if (kind.isEmpty()) {
            return PlanReportsResource.error(Status.NOT_FOUND, "kind", "no chart " + kindName + "; there are "
                    + Arrays.stream(Kind.values()).map(k -> k.urlName).toList());
        }
        Optional<Response> badLanguage = PlanReportsResource.refuseLanguage(lang);
        if (badLanguage.isPresent()) {
            return badLanguage.get();
        }
        Optional<Plan> stored = plans.findPlan(code);
        if (stored.isEmpty()) {
            return PlanReportsResource.error(Status.NOT_FOUND, "$", "no plan with code " + code);
        }
        Plan plan = lang == null ? stored.get() : PlanReportsResource.inLanguage(stored.get(), lang);
        if (!kind.get().drawable.test(plan)) {
            return PlanReportsResource.error(Status.NOT_FOUND, "kind",
                    "plan " + code + " has nothing for a " + kindName + " chart");
        }
        JFreeChart chart = kind.get().chart.apply(plan);
        int height = kind.get().height(plan);
        StreamingOutput body = out -> format.write(chart, Charts.WIDTH, height, out);
        return Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(plan, kind.get(), format) + "\"")
                .build();
    }

    /** {@code <code>-<kind>-<status date>.<png|svg>}, the status date being the one the chart shows. */
    static String fileName(Plan plan, Kind kind, ChartFormat format) {
        return plan.code() + "-" + kind.urlName + "-" + ReportContext.of(plan).statusDate() + "." + format.extension;
    }
}
