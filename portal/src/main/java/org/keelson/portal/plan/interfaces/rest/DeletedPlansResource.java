package org.keelson.portal.plan.interfaces.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.security.Role;

/** The administrator's undo of plan deletions: the deleted plans, and restoring one (201 with its Location). */
@Path("deleted-plans")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
public class DeletedPlansResource {

    @Inject
    PlanEditing editing;

    /** A deleted plan: its code and English name, when and by whom it was deleted. */
    public record DeletedPlanDto(String code, String name, Instant deletedAt, String deletedBy) {
    }

    @GET
    @Produces(PlansResource.JSON_UTF8)
    public List<DeletedPlanDto> list() {
        return editing.deletedPlans().stream().map(p -> new DeletedPlanDto(p.code(),
                p.name() == null ? null : p.name().en(), p.deletedAt(), p.deletedBy())).toList();
    }

    @POST
    @Path("{code}/restore")
    @Produces(PlansResource.JSON_UTF8)
    public Response restore(@PathParam("code") String code, @Context SecurityContext security) {
        editing.restore(code, security.getUserPrincipal().getName());
        return Response.created(UriBuilder.fromResource(PlansResource.class).path(PlansResource.class, "get")
                .build(code)).build();
    }
}
