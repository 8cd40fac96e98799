package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;

/**
 * What every resource that edits a plan shares: the edits are the ones the pages make ({@link PlanEdits}), with the
 * same messages; elements travel in the interchange format's field names; a change of one element is a JSON merge
 * patch (RFC 7396). Every write needs {@code If-Match} with the plan's {@code ETag}: 428 without it, 412 when the
 * plan was saved since (the body lists those revisions, see PlanEditErrorMapper), 400 with every problem and its path
 * when the edit breaks a rule; nothing is written in those cases. A successful write answers with the new
 * {@code ETag}. Each concept's resource has a path of its own under {@code plans/{code}/}: one at
 * {@code plans/{code}} itself would take every request for the plan away from PlansResource.
 */
public abstract class PlanWriteResource {
    protected static final String MERGE_PATCH = "application/merge-patch+json";
    protected static final PlanJson JSON = new PlanJson();

    @Inject
    protected PlanEditing editing;

    @Context
    HttpHeaders headers;

    @Context
    protected SecurityContext security;

    Response element(String code, PlanSection section, String element) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        try {
            return Response.ok(JSON.writeElement(plan.value(), section, element), PlansResource.JSON_UTF8)
                    .tag(PlanVersionTag.of(plan.version())).build();
        } catch (IllegalArgumentException e) {
            throw new PlanElementNotFoundException("the plan has no " + section.field() + " element " + element);
        }
    }

    Response saveElement(String code, PlanSection section, String element, PlanAction action,
            PlanEdit edit) {
        return write(code, action.on(element), edit, saved -> Response.ok(
                JSON.writeElement(saved.plan(), section, element), PlansResource.JSON_UTF8));
    }

    /** What a successful write answers, from the saved plan. */
    protected interface Answer {
        Response.ResponseBuilder to(PlanEditing.Saved saved);
    }

    protected Response write(String code, String action, PlanEdit edit, Answer answer) {
        Long expected = PlanVersionTag.expected(headers);
        if (expected == null) {
            return preconditionRequired(code);
        }
        PlanEditing.Saved saved = editing.edit(code, expected, security.getUserPrincipal().getName(), action, edit);
        return answer.to(saved).tag(PlanVersionTag.of(saved.version())).build();
    }

    public static Response preconditionRequired(String code) {
        return Response.status(428).type(PlansResource.JSON_UTF8).entity(ErrorsDto.of("$",
                "send If-Match with the ETag of GET /api/plans/" + code + " so a concurrent change is not lost"))
                .build();
    }

    protected static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8); // bounded by RequestSizeLimit
    }
}
