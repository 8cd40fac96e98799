package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.simulation.plan.Plan;

/**
 * A plan's workbooks (the reports module's), streamed as they are written:
 * {@code GET /api/plans/KP-000/reports/budget.xlsx?lang=en} answers {@code KP-000-budget-2026-03-31.xlsx} (the
 * plan's status date). Without {@code lang} the workbook is in the plan's own language. The plan pages link
 * here; the signed-in session is enough, programs use HTTP Basic like the rest of the API.
 */
@Path("plans/{code}/reports")
@RequestScoped
public class PlanReportsResource {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The workbooks offered, by the name in the URL. */
    enum Kind {
        BUDGET("budget", plan -> new BudgetWorkbook(plan)::write),
        EVM("evm", plan -> new EvmWorkbook(plan)::write),
        KPI("kpi", plan -> new KpiWorkbook(plan)::write),
        RISKS("risks", plan -> new RiskWorkbook(plan)::write);

        final String urlName;
        final Function<Plan, Writer> workbook;

        Kind(String urlName, Function<Plan, Writer> workbook) {
            this.urlName = urlName;
            this.workbook = workbook;
        }

        static Optional<Kind> named(String urlName) {
            return Arrays.stream(values()).filter(k -> k.urlName.equals(urlName)).findFirst();
        }
    }

    /** Writes a workbook to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    @Inject
    PlanService plans;

    @GET
    @Path("{kind}.xlsx")
    public Response workbook(@PathParam("code") String code, @PathParam("kind") String kindName,
            @QueryParam("lang") String lang) {
        Optional<Kind> kind = Kind.named(kindName);
        if (kind.isEmpty()) {
            return error(Status.NOT_FOUND, "kind", "no workbook " + kindName + "; there are "
                    + Arrays.stream(Kind.values()).map(k -> k.urlName).toList());
        }
        Optional<Response> badLanguage = refuseLanguage(lang);
        if (badLanguage.isPresent()) {
            return badLanguage.get();
        }
        Optional<Plan> stored = plans.findPlan(code);
        if (stored.isEmpty()) {
            return error(Status.NOT_FOUND, "$", "no plan with code " + code);
        }
        Plan plan = lang == null ? stored.get() : inLanguage(stored.get(), lang);
        Writer writer = kind.get().workbook.apply(plan);
        StreamingOutput body = writer::write;
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(plan, kind.get()) + "\"")
                .build();
    }

    /** {@code <code>-<kind>-<status date>.xlsx}, the status date being the one the workbook reports at. */
    static String fileName(Plan plan, Kind kind) {
        return plan.code() + "-" + kind.urlName + "-" + ReportContext.of(plan).statusDate() + ".xlsx";
    }

    /** The plan with its language replaced: the workbooks are written in the plan's language. */
    public static Plan inLanguage(Plan p, String lang) {
        String tag = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE.toLanguageTag() : Locale.ENGLISH.toLanguageTag();
        return new Plan(p.code(), p.name(), p.description(), p.currency(), tag, p.status(), p.manager(),
                p.startDate(), p.deadline(), p.statusDate(), p.calendar(), p.phases(), p.milestones(), p.wbs(),
                p.correlations(), p.budget(), p.riskMatrix(), p.risks(), p.kpis(), p.benefits(), p.baselines(),
                p.assumptions());
    }

    /** 400 for a {@code lang} other than zh or en; empty when the parameter is absent or valid. */
    static Optional<Response> refuseLanguage(String lang) {
        if (lang == null || lang.equals("zh") || lang.equals("en")) {
            return Optional.empty();
        }
        return Optional.of(error(Status.BAD_REQUEST, "lang", "language must be zh or en, not " + lang));
    }

    static Response error(Status status, String path, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(ErrorsDto.of(path, message)).build();
    }
}
