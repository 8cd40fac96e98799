package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.json.PlanSection;

/**
 * The milestones of a plan over HTTP: read one, merge-patch it, add and delete.
 * Writes follow {@link PlanWriteResource}: {@code If-Match} with the plan's {@code ETag} (428 without, 412 when the
 * plan moved on), 400 with every problem and its path, nothing written then.
 */
@Path("plans/{code}/milestones")
@RequestScoped
public class PlanMilestonesResource extends PlanWriteResource {

    @GET
    @Path("{milestone}")
    @Produces(PlansResource.JSON_UTF8)
    public Response milestone(@PathParam("code") String code, @PathParam("milestone") String milestone) {
        return element(code, PlanSection.MILESTONES, milestone);
    }

    @PATCH
    @Path("{milestone}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response patchMilestone(@PathParam("code") String code, @PathParam("milestone") String milestone,
            InputStream body) throws IOException {
        String patch = text(body);
        return saveElement(code, PlanSection.MILESTONES, milestone, PlanAction.UPDATE_MILESTONE,
                PlanEdits.patch(PlanSection.MILESTONES, milestone, patch));
    }

    /** A new milestone, given whole with its code; 201 with its Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response addMilestone(@PathParam("code") String code, InputStream body) throws IOException {
        String element = text(body);
        return write(code, PlanAction.ADD_MILESTONE.on(""), PlanEdits.add(PlanSection.MILESTONES, element),
                saved -> {
                    List<Milestone> milestones = saved.plan().milestones();
                    return Response.created(UriBuilder.fromResource(PlanMilestonesResource.class)
                            .path(PlanMilestonesResource.class, "milestone")
                            .build(code, milestones.get(milestones.size() - 1).code()));
                });
    }

    @DELETE
    @Path("{milestone}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response deleteMilestone(@PathParam("code") String code, @PathParam("milestone") String milestone) {
        return write(code, PlanAction.DELETE_MILESTONE.on(milestone),
                PlanEdits.remove(PlanSection.MILESTONES, milestone), saved -> Response.noContent());
    }
}
