package org.keelson.portal.budget.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.keelson.portal.budget.application.ActualsImport;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.plan.interfaces.rest.PlanReportsResource;
import org.keelson.portal.plan.interfaces.rest.PlanVersionTag;
import org.keelson.portal.plan.interfaces.rest.PlanWriteResource;
import org.keelson.portal.plan.interfaces.rest.PlansResource;
import org.keelson.portal.security.Role;
import org.keelson.reports.actuals.ActualsReader;
import org.keelson.reports.actuals.ActualsTemplate;
import org.keelson.simulation.plan.edit.Actuals;
import org.keelson.simulation.plan.Plan;

/**
 * A plan's actual costs from Excel or CSV, for those who record them (FINANCE, PMO, ADMIN; the template is an input
 * form, so it is offered to them only: readers have the budget workbook). {@code GET .../actuals/template.xlsx}
 * (optionally {@code ?lang=zh|en}) is the template; {@code POST .../actuals} with the filled template
 * ({@value PlanReportsResource#XLSX}) or CSV ({@code text/csv}) writes it like every plan write: {@code If-Match}
 * required (428 without, 412 when the plan moved on), 400 with every problem at its cell ({@code Actuals!E14}) or
 * line, nothing written then; 200 with each line changed, old and new actual. Problems are written in the first
 * language of {@code Accept-Language} (Chinese or English).
 */
@Path("plans/{code}/actuals")
@RequestScoped
public class ActualsResource {
    private static final MediaType XLSX = MediaType.valueOf(PlanReportsResource.XLSX);
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @Inject
    ActualsImport actuals;

    @Inject
    PlanService plans;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** Body of 200: the plan's new version and the lines whose actual changed (without {@code before}: a new line). */
    public record WrittenDto(long version, List<LineDto> changes) {
    }

    public record LineDto(String category, String quarter, Double before, double after) {
        static LineDto of(Actuals.Change change) {
            return new LineDto(change.category(), change.quarter().toString(), change.before(), change.after());
        }
    }

    @GET
    @Path("template.xlsx")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.PMO, Role.Names.ADMIN})
    public Response template(@PathParam("code") String code, @QueryParam("lang") String lang) {
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            return error(Response.Status.BAD_REQUEST, "lang", "language must be zh or en, not " + lang);
        }
        Optional<Plan> stored = plans.findPlan(code);
        if (stored.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "$", "no plan with code " + code);
        }
        Plan plan = lang == null ? stored.get() : PlanReportsResource.inLanguage(stored.get(), lang);
        ActualsTemplate template = new ActualsTemplate(plan);
        StreamingOutput body = template::write;
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"").build();
    }

    /** The media type is checked after If-Match, so that a write without it is always 428, whatever its body. */
    @POST
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.FINANCE, Role.Names.PMO, Role.Names.ADMIN})
    public Response upload(@PathParam("code") String code, InputStream body) throws IOException {
        Long expected = PlanVersionTag.expected(headers);
        if (expected == null) {
            return PlanWriteResource.preconditionRequired(code);
        }
        MediaType type = headers.getMediaType();
        ActualsReader.Format format = type != null && XLSX.isCompatible(type) ? ActualsReader.Format.XLSX
                : type != null && CSV.isCompatible(type) ? ActualsReader.Format.CSV : null;
        if (format == null) {
            return error(Response.Status.UNSUPPORTED_MEDIA_TYPE, "$", "send the filled template as "
                    + PlanReportsResource.XLSX + " or a CSV as text/csv, not " + type);
        }
        byte[] content = body.readNBytes(ActualsReader.MAX_BYTES + 1);
        ActualsImport.Written written = actuals.upload(code, expected, security.getUserPrincipal().getName(),
                content, format, language());
        return Response.ok(new WrittenDto(written.version(), written.changes().stream().map(LineDto::of).toList()),
                PlansResource.JSON_UTF8).tag(PlanVersionTag.of(written.version())).build();
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "zh".equals(l.getLanguage())).map(l -> Locale.SIMPLIFIED_CHINESE).orElse(Locale.ENGLISH);
    }

    private static Response error(Response.Status status, String path, String message) {
        return Response.status(status).type(PlansResource.JSON_UTF8).entity(ErrorsDto.of(path, message)).build();
    }
}
