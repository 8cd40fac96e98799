package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.json.PlanSection;

/**
 * The WBS elements of a plan over HTTP: read one, merge-patch it, add, delete and move elements (the WBS is renumbered).
 * Writes follow {@link PlanWriteResource}: {@code If-Match} with the plan's {@code ETag} (428 without, 412 when the
 * plan moved on), 400 with every problem and its path, nothing written then.
 */
@Path("plans/{code}/activities")
@RequestScoped
public class PlanActivitiesResource extends PlanWriteResource {

    /** One WBS element in the interchange format, with the plan's ETag. */
    @GET
    @Path("{wbs}")
    @Produces(PlansResource.JSON_UTF8)
    public Response activity(@PathParam("code") String code, @PathParam("wbs") String wbs) {
        return element(code, PlanSection.WBS, wbs);
    }

    @PATCH
    @Path("{wbs}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response patchActivity(@PathParam("code") String code, @PathParam("wbs") String wbs, InputStream body)
            throws IOException {
        String patch = text(body);
        return saveElement(code, PlanSection.WBS, wbs, PlanAction.UPDATE_ACTIVITY,
                PlanEdits.patch(PlanSection.WBS, wbs, patch));
    }

    /**
     * A new WBS element (the body, without a code) after {@code after}'s subtree, or as the last child of
     * {@code parent}; at the end of level 1 with neither. 201 with the Location of its (new) code.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response addActivity(@PathParam("code") String code, @QueryParam("after") String after,
            @QueryParam("parent") String parent, InputStream body) throws IOException {
        String element = text(body);
        return write(code, PlanAction.ADD_ACTIVITY.on(parent != null ? parent : after),
                PlanEdits.insertActivity(after, parent, element), saved -> {
                    String added = saved.changes().stream().filter(c -> c.area() == PlanDiff.Area.ACTIVITY
                            && c.kind() == PlanDiff.Kind.ADDED).map(PlanDiff.Change::key).findFirst().orElseThrow();
                    return Response.created(UriBuilder.fromResource(PlanActivitiesResource.class)
                            .path(PlanActivitiesResource.class, "activity").build(code, added));
                });
    }

    @DELETE
    @Path("{wbs}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response deleteActivity(@PathParam("code") String code, @PathParam("wbs") String wbs) {
        return write(code, PlanAction.DELETE_ACTIVITY.on(wbs), PlanEdits.remove(PlanSection.WBS, wbs),
                saved -> Response.noContent());
    }

    /** Indent, outdent, move up or move down one element with its subtree; the WBS is renumbered. */
    @POST
    @Path("{wbs}/{move: indent|outdent|move-up|move-down}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response move(@PathParam("code") String code, @PathParam("wbs") String wbs,
            @PathParam("move") String move) {
        PlanEdit edit = switch (move) {
            case "indent" -> PlanEdits.indent(wbs);
            case "outdent" -> PlanEdits.outdent(wbs);
            case "move-up" -> PlanEdits.moveUp(wbs);
            default -> PlanEdits.moveDown(wbs);
        };
        PlanAction action = switch (move) {
            case "indent" -> PlanAction.INDENT_ACTIVITY;
            case "outdent" -> PlanAction.OUTDENT_ACTIVITY;
            default -> PlanAction.MOVE_ACTIVITY;
        };
        return write(code, action.on(wbs), edit, saved -> Response.noContent());
    }
}
