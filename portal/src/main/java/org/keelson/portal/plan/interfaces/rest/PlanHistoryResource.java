package org.keelson.portal.plan.interfaces.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The audit trail of a plan over HTTP: who saved what and when, field by field.
 */
@Path("plans/{code}/history")
@RequestScoped
public class PlanHistoryResource extends PlanWriteResource {

    /** The plan's saved changes, newest first: who, when, what, and each field's old and new value. */
    @GET
    @Produces(PlansResource.JSON_UTF8)
    public List<RevisionDto> history(@PathParam("code") String code,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        editing.find(code);
        return editing.history(code, Math.max(0, first), Math.min(Math.max(1, max), 500)).stream()
                .map(RevisionDto::of).toList();
    }
}
