package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineVariance;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.edit.StatusUpdateJson;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;

/**
 * Edits of one plan over HTTP, the same edits the pages make ({@link PlanEdits}), with the same messages. Elements
 * travel in the interchange format's field names; a change of one element is a JSON merge patch (RFC 7396). Every
 * write needs {@code If-Match} with the plan's {@code ETag}: 428 without it, 412 when the plan was saved since (the
 * body lists those revisions), 400 with every problem and its path when the edit breaks a rule; nothing is written
 * in those cases. A successful write answers with the new {@code ETag}.
 */
@Path("plans/{code}")
@RequestScoped
public class PlanEditsResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final PlanJson JSON = new PlanJson();

    @Inject
    PlanEditing editing;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** One WBS element in the interchange format, with the plan's ETag. */
    @GET
    @Path("activities/{wbs}")
    @Produces(PlansResource.JSON_UTF8)
    public Response activity(@PathParam("code") String code, @PathParam("wbs") String wbs) {
        return element(code, PlanSection.WBS, wbs);
    }

    @PATCH
    @Path("activities/{wbs}")
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
    @Path("activities")
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
                    return Response.created(UriBuilder.fromResource(PlanEditsResource.class)
                            .path(PlanEditsResource.class, "activity").build(code, added));
                });
    }

    @DELETE
    @Path("activities/{wbs}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response deleteActivity(@PathParam("code") String code, @PathParam("wbs") String wbs) {
        return write(code, PlanAction.DELETE_ACTIVITY.on(wbs), PlanEdits.remove(PlanSection.WBS, wbs),
                saved -> Response.noContent());
    }

    /** Indent, outdent, move up or move down one element with its subtree; the WBS is renumbered. */
    @POST
    @Path("activities/{wbs}/{move: indent|outdent|move-up|move-down}")
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

    @GET
    @Path("milestones/{milestone}")
    @Produces(PlansResource.JSON_UTF8)
    public Response milestone(@PathParam("code") String code, @PathParam("milestone") String milestone) {
        return element(code, PlanSection.MILESTONES, milestone);
    }

    @PATCH
    @Path("milestones/{milestone}")
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
    @Path("milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response addMilestone(@PathParam("code") String code, InputStream body) throws IOException {
        String element = text(body);
        return write(code, PlanAction.ADD_MILESTONE.on(""), PlanEdits.add(PlanSection.MILESTONES, element),
                saved -> {
                    List<Milestone> milestones = saved.plan().milestones();
                    return Response.created(UriBuilder.fromResource(PlanEditsResource.class)
                            .path(PlanEditsResource.class, "milestone")
                            .build(code, milestones.get(milestones.size() - 1).code()));
                });
    }

    @DELETE
    @Path("milestones/{milestone}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response deleteMilestone(@PathParam("code") String code, @PathParam("milestone") String milestone) {
        return write(code, PlanAction.DELETE_MILESTONE.on(milestone),
                PlanEdits.remove(PlanSection.MILESTONES, milestone), saved -> Response.noContent());
    }

    /** Progress at a status date (see StatusUpdateJson for the body); answers with the rescheduled plan. */
    @POST
    @Path("status-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response recordStatus(@PathParam("code") String code, InputStream body) throws IOException {
        String json = text(body);
        return write(code, PlanAction.RECORD_STATUS.on(""),
                plan -> PlanEdits.recordStatus(StatusUpdateJson.read(json)).apply(plan),
                saved -> Response.ok(JSON.write(saved.plan()), PlansResource.JSON_UTF8));
    }

    /** Keeps the plan as it stands as baseline {@code {"name": "..."}}, replacing one of the same name. */
    @POST
    @Path("baselines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response saveBaseline(@PathParam("code") String code, BaselineRequest request) {
        String name = request == null ? null : request.name();
        return write(code, PlanAction.SAVE_BASELINE.on(name), PlanEdits.saveBaseline(name, LocalDate.now()),
                saved -> Response.created(UriBuilder.fromResource(PlanEditsResource.class)
                        .path(PlanEditsResource.class, "variance").build(code, name.strip())));
    }

    /** Every WBS element against baseline {@code name}: start, finish, duration (working days) and cost variance. */
    @GET
    @Path("baselines/{name}/variance")
    @Produces(PlansResource.JSON_UTF8)
    public Response variance(@PathParam("code") String code, @PathParam("name") String name) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        Baseline baseline = plan.value().baselines().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new PlanElementNotFoundException("the plan has no baseline " + name));
        return Response.ok(BaselineVariance.of(plan.value(), baseline).stream().map(VarianceDto::of).toList())
                .tag(PlanVersionTag.of(plan.version())).build();
    }

    /** The plan's saved changes, newest first: who, when, what, and each field's old and new value. */
    @GET
    @Path("history")
    @Produces(PlansResource.JSON_UTF8)
    public List<RevisionDto> history(@PathParam("code") String code,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        editing.find(code);
        return editing.history(code, Math.max(0, first), Math.min(Math.max(1, max), 500)).stream()
                .map(RevisionDto::of).toList();
    }

    /** Body of a baseline request. */
    public record BaselineRequest(String name) {
    }

    private Response element(String code, PlanSection section, String element) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        try {
            return Response.ok(JSON.writeElement(plan.value(), section, element), PlansResource.JSON_UTF8)
                    .tag(PlanVersionTag.of(plan.version())).build();
        } catch (IllegalArgumentException e) {
            throw new PlanElementNotFoundException("the plan has no " + section.field() + " element " + element);
        }
    }

    private Response saveElement(String code, PlanSection section, String element, PlanAction action,
            PlanEdit edit) {
        return write(code, action.on(element), edit, saved -> Response.ok(
                JSON.writeElement(saved.plan(), section, element), PlansResource.JSON_UTF8));
    }

    /** What a successful write answers, from the saved plan. */
    private interface Answer {
        Response.ResponseBuilder to(PlanEditing.Saved saved);
    }

    private Response write(String code, String action, PlanEdit edit, Answer answer) {
        Long expected = PlanVersionTag.expected(headers);
        if (expected == null) {
            return Response.status(428).type(PlansResource.JSON_UTF8).entity(ErrorsDto.of("$",
                    "send If-Match with the ETag of GET /api/plans/" + code + " so a concurrent change is not lost"))
                    .build();
        }
        PlanEditing.Saved saved = editing.edit(code, expected, security.getUserPrincipal().getName(), action, edit);
        return answer.to(saved).tag(PlanVersionTag.of(saved.version())).build();
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8); // bounded by RequestSizeLimit
    }
}
