package org.keelson.portal.budget.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.interfaces.rest.PlanVersionTag;
import org.keelson.portal.plan.interfaces.rest.PlanWriteResource;
import org.keelson.portal.plan.interfaces.rest.PlansResource;
import org.keelson.portal.security.Role;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.BudgetEditsJson;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * A plan's budget over HTTP, in the interchange format's {@code budget} object. Finance, PMO and ADMIN revise the
 * planned amounts, the total and the reserve percentage ({@code PATCH}, see BudgetEditsJson.revision) and draw
 * from the reserve ({@code POST .../reserve-drawdowns}); writes follow PlanWriteResource ({@code If-Match}, 428,
 * 412, 400 with every problem and its path, nothing written then).
 */
@Path("plans/{code}/budget")
@RequestScoped
public class PlanBudgetResource extends PlanWriteResource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The budget with the plan's ETag; 404 when the plan has no budget. */
    @GET
    @Produces(PlansResource.JSON_UTF8)
    public Response budget(@PathParam("code") String code) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        if (plan.value().budget() == null) {
            throw new PlanElementNotFoundException("the plan " + code + " has no budget");
        }
        return Response.ok(budgetJson(plan.value()), PlansResource.JSON_UTF8).tag(PlanVersionTag.of(plan.version()))
                .build();
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.FINANCE, Role.Names.ADMIN})
    public Response revise(@PathParam("code") String code, InputStream body) throws IOException {
        String json = text(body);
        return write(code, PlanAction.UPDATE_BUDGET.on(""),
                plan -> PlanEdits.reviseBudget(BudgetEditsJson.revision(json, budgetOf(plan))).apply(plan),
                saved -> Response.ok(budgetJson(saved.plan()), PlansResource.JSON_UTF8));
    }

    @POST
    @Path("reserve-drawdowns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.FINANCE, Role.Names.ADMIN})
    public Response drawReserve(@PathParam("code") String code, InputStream body) throws IOException {
        String json = text(body);
        String user = security.getUserPrincipal().getName();
        return write(code, PlanAction.DRAW_RESERVE.on(""),
                plan -> PlanEdits.drawReserve(BudgetEditsJson.drawdown(json), user, LocalDate.now()).apply(plan),
                saved -> Response.ok(budgetJson(saved.plan()), PlansResource.JSON_UTF8));
    }

    private static Budget budgetOf(Plan plan) {
        if (plan.budget() == null) {
            throw new PlanValidationException(List.of(new ValidationError("budget", "the plan has no budget")));
        }
        return plan.budget();
    }

    private static String budgetJson(Plan plan) {
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(JSON.write(plan)).path("budget"));
        } catch (IOException e) {
            throw new IllegalStateException("the plan's own JSON does not read back", e);
        }
    }
}
