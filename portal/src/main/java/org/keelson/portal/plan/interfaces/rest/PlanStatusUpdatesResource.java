package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.edit.StatusUpdateJson;

/**
 * Progress of a plan at a status date over HTTP (the body: StatusUpdateJson).
 * Writes follow {@link PlanWriteResource}: {@code If-Match} with the plan's {@code ETag} (428 without, 412 when the
 * plan moved on), 400 with every problem and its path, nothing written then.
 */
@Path("plans/{code}/status-updates")
@RequestScoped
public class PlanStatusUpdatesResource extends PlanWriteResource {

    /** Progress at a status date (see StatusUpdateJson for the body); answers with the rescheduled plan. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response recordStatus(@PathParam("code") String code, InputStream body) throws IOException {
        String json = text(body);
        return write(code, PlanAction.RECORD_STATUS.on(""),
                plan -> PlanEdits.recordStatus(StatusUpdateJson.read(json)).apply(plan),
                saved -> Response.ok(JSON.write(saved.plan()), PlansResource.JSON_UTF8));
    }
}
