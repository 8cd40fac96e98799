package org.keelson.portal.plan.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.keelson.interchange.ExportFormat;
import org.keelson.interchange.ProjectExport;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.simulation.plan.Plan;

/**
 * A plan as a file MS Project (MSPDI XML) or Primavera P6 (XER) opens: {@code ?format=mspdi|xer}, named
 * {@code <code>.xml|.xer}, streamed; 400 for another format, 404 for an unknown plan. Every role may export.
 */
@Path("plans/{code}/export")
@RequestScoped
public class PlanExportResource {

    @Inject
    PlanEditing editing;

    @GET
    public Response export(@PathParam("code") String code, @QueryParam("format") String format) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(PlansResource.JSON_UTF8)
                    .entity(ErrorsDto.of("format", "export formats are mspdi and xer, not " + format)).build();
        }
        Plan plan = editing.find(code).value();
        StreamingOutput body = out -> new ProjectExport().write(plan, exportFormat, out);
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + code + "." + exportFormat.extension() + "\"")
                .build();
    }
}
