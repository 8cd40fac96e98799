package org.keelson.portal.plan.interfaces.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineVariance;
import org.keelson.simulation.plan.Plan;

/**
 * Baselines of a plan over HTTP: keep the plan as it stands under a name, and each element's variance against one.
 * Writes follow {@link PlanWriteResource}: {@code If-Match} with the plan's {@code ETag} (428 without, 412 when the
 * plan moved on), 400 with every problem and its path, nothing written then.
 */
@Path("plans/{code}/baselines")
@RequestScoped
public class PlanBaselinesResource extends PlanWriteResource {

    /** Keeps the plan as it stands as baseline {@code {"name": "..."}}, replacing one of the same name. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response saveBaseline(@PathParam("code") String code, BaselineRequest request) {
        String name = request == null ? null : request.name();
        return write(code, PlanAction.SAVE_BASELINE.on(name), PlanEdits.saveBaseline(name, LocalDate.now()),
                saved -> Response.created(UriBuilder.fromResource(PlanBaselinesResource.class)
                        .path(PlanBaselinesResource.class, "variance").build(code, name.strip())));
    }

    /** Chooses baseline {@code name} for every comparison of the plan (variance, Gantt, earned value, reports). */
    @POST
    @Path("{name}/compare")
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response compareWith(@PathParam("code") String code, @PathParam("name") String name) {
        return write(code, PlanAction.COMPARE_BASELINE.on(name), PlanEdits.compareWithBaseline(name),
                saved -> Response.noContent());
    }

    /** Every WBS element against baseline {@code name}: start, finish, duration (working days) and cost variance. */
    @GET
    @Path("{name}/variance")
    @Produces(PlansResource.JSON_UTF8)
    public Response variance(@PathParam("code") String code, @PathParam("name") String name) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        Baseline baseline = plan.value().baselines().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new PlanElementNotFoundException("the plan has no baseline " + name));
        return Response.ok(BaselineVariance.of(plan.value(), baseline).stream().map(VarianceDto::of).toList())
                .tag(PlanVersionTag.of(plan.version())).build();
    }

    /** Body of a baseline request. */
    public record BaselineRequest(String name) {
    }
}
