package org.keelson.portal.simulation.interfaces.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.security.Role;
import org.keelson.portal.simulation.application.InvalidSettingsException;
import org.keelson.portal.simulation.application.QueueFullException;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;

/**
 * Simulation runs of a plan: {@code POST} queues one (202 with its Location), {@code GET .../{id}} follows it
 * until its status is done and then carries its result, {@code DELETE .../{id}} cancels it. PMO, risk owners
 * and administrators start and cancel runs; every role reads them.
 */
@Path("plans/{code}/simulations")
@RequestScoped
public class SimulationsResource {
    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** HTTP 429 Too Many Requests, which {@link Status} does not name in every version. */
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SimulationService simulations;

    @Inject
    PlanService plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.RISK_OWNER, Role.Names.ADMIN})
    public Response start(@PathParam("code") String code, InputStream body, @Context SecurityContext security) {
        SimulationRequest.Read request = SimulationRequest.read(body);
        if (!request.errors().isEmpty()) {
            return error(Status.BAD_REQUEST.getStatusCode(), new ErrorsDto(request.errors()));
        }
        Optional<Long> id;
        try {
            id = simulations.start(code, request.settings(), security.getUserPrincipal().getName());
        } catch (InvalidSettingsException e) {
            return error(Status.BAD_REQUEST.getStatusCode(), new ErrorsDto(e.violations().stream()
                    .map(v -> new ErrorsDto.Error(v.path(), v.message())).toList()));
        } catch (QueueFullException e) {
            return error(TOO_MANY_REQUESTS, ErrorsDto.of("$", e.getMessage()));
        }
        if (id.isEmpty()) {
            return unknownPlan(code);
        }
        // relative: resolved against the application's base URI (…/api/), the code encoded as one path segment
        return Response.accepted().location(UriBuilder.fromResource(SimulationsResource.class)
                .path(SimulationsResource.class, "get").build(code, id.get())).build();
    }

    /** The plan's runs, newest first, without results. */
    @GET
    @Produces(JSON_UTF8)
    public Response list(@PathParam("code") String code) {
        if (plans.findOverview(code).isEmpty()) {
            return unknownPlan(code);
        }
        List<SimulationRun> runs = simulations.list(code);
        return Response.ok(SimulationRunJson.list(runs), JSON_UTF8).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(JSON_UTF8)
    public Response get(@PathParam("code") String code, @PathParam("id") long id) {
        return simulations.find(code, id).map(run -> Response.ok(SimulationRunJson.one(run), JSON_UTF8).build())
                .orElseGet(() -> unknownRun(code, id));
    }

    /**
     * Cancels a run: 200 with the run when it was waiting (now cancelled), 202 when it is running (it ends as
     * cancelled shortly: follow it with GET), 409 when it had already ended.
     */
    @DELETE
    @Path("{id: [0-9]+}")
    @Produces(JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.RISK_OWNER, Role.Names.ADMIN})
    public Response cancel(@PathParam("code") String code, @PathParam("id") long id) {
        return switch (simulations.cancel(code, id)) {
            case NOT_FOUND -> unknownRun(code, id);
            case ALREADY_ENDED -> error(Status.CONFLICT.getStatusCode(),
                    ErrorsDto.of("$", "run " + id + " has already ended"));
            case CANCELLED -> current(Status.OK, code, id);
            case STOPPING -> current(Status.ACCEPTED, code, id);
        };
    }

    private Response current(Status status, String code, long id) {
        return simulations.find(code, id)
                .map(run -> Response.status(status).type(JSON_UTF8).entity(SimulationRunJson.one(run)).build())
                .orElseGet(() -> unknownRun(code, id));
    }

    private Response unknownRun(String code, long id) {
        if (plans.findOverview(code).isEmpty()) {
            return unknownPlan(code);
        }
        return error(Status.NOT_FOUND.getStatusCode(), ErrorsDto.of("id", "plan " + code + " has no run " + id));
    }

    private static Response unknownPlan(String code) {
        return error(Status.NOT_FOUND.getStatusCode(), ErrorsDto.of("$", "no plan with code " + code));
    }

    private static Response error(int status, ErrorsDto errors) {
        return Response.status(status).type(JSON_UTF8).entity(errors).build();
    }
}
