package org.keelson.portal.simulation.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.keelson.portal.plan.interfaces.rest.PlanReportsResource;

/**
 * {@code GET /api/plans/KP-000/simulations/7/workbook.xlsx?lang=en}: the simulation workbook of a done run
 * ({@code KP-000-simulation-7.xlsx}), made from its plan snapshot and its forecast made again (see
 * {@link RunReplays} for the answers besides 200). Every role that reads runs may download them.
 */
@Path("plans/{code}/simulations/{id: [0-9]+}/workbook.xlsx")
@RequestScoped
public class SimulationWorkbookResource {

    @Inject
    RunReplays replays;

    @GET
    public Response workbook(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("lang") String lang) {
        return replays.respond(code, id, lang, replayed -> {
            StreamingOutput body = out -> RunFiles.writeWorkbook(replayed.plan(), replayed.forecast(), out);
            return Response.ok(body, PlanReportsResource.XLSX).header("Content-Disposition",
                    "attachment; filename=\"" + RunFiles.workbookName(code, id) + "\"").build();
        });
    }
}
