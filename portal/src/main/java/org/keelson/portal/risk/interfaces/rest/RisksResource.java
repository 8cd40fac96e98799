package org.keelson.portal.risk.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.plan.interfaces.rest.PlanVersionTag;
import org.keelson.portal.plan.interfaces.rest.PlansResource;
import org.keelson.portal.risk.application.RiskEditNotAllowedException;
import org.keelson.portal.risk.application.RiskEditing;
import org.keelson.portal.risk.application.RiskEditor;
import org.keelson.portal.risk.application.RiskHistory;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;

/**
 * A plan's risk register over HTTP, in the interchange format's field names. PMO and ADMIN change every risk; a
 * risk owner logs risks and changes the risks they own (403 for another's); other roles read. Writes need
 * {@code If-Match} with the plan's {@code ETag} (428 without it, 412 when the plan was saved since) and are refused
 * with 400 and each problem's path when they break a rule, as the plan's other elements are.
 */
@Path("plans/{code}/risks")
@RequestScoped
public class RisksResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final PlanJson JSON = new PlanJson();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    PlanEditing editing;

    @Inject
    RiskEditing risks;

    @Inject
    RiskHistory history;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    /** Every risk of the register, in register order, with the plan's ETag. */
    @GET
    @Produces(PlansResource.JSON_UTF8)
    public Response register(@PathParam("code") String code) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        String array = plan.value().risks().stream()
                .map(r -> JSON.writeElement(plan.value(), PlanSection.RISKS, r.code()))
                .collect(Collectors.joining(",", "[", "]"));
        return Response.ok(array, PlansResource.JSON_UTF8).tag(PlanVersionTag.of(plan.version())).build();
    }

    @GET
    @Path("{risk}")
    @Produces(PlansResource.JSON_UTF8)
    public Response risk(@PathParam("code") String code, @PathParam("risk") String risk) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        try {
            return Response.ok(JSON.writeElement(plan.value(), PlanSection.RISKS, risk), PlansResource.JSON_UTF8)
                    .tag(PlanVersionTag.of(plan.version())).build();
        } catch (IllegalArgumentException e) {
            throw new PlanElementNotFoundException("the plan has no risks element " + risk);
        }
    }

    /** The risk's assessments, oldest first: the first and every re-score since, with when and who. */
    @GET
    @Path("{risk}/scores")
    @Produces(PlansResource.JSON_UTF8)
    public List<RiskHistory.Score> scores(@PathParam("code") String code, @PathParam("risk") String risk) {
        if (editing.find(code).value().risks().stream().noneMatch(r -> r.code().equals(risk))) {
            throw new PlanElementNotFoundException("the plan has no risks element " + risk);
        }
        return history.scores(code, risk);
    }

    /** A merge patch (RFC 7396) of one risk; answers with the risk as saved. */
    @PATCH
    @Path("{risk}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN, Role.Names.RISK_OWNER})
    public Response patch(@PathParam("code") String code, @PathParam("risk") String risk, InputStream body)
            throws IOException {
        String patch = text(body);
        return write(expected -> risks.update(code, risk, expected, editor(),
                PlanEdits.patch(PlanSection.RISKS, risk, patch)), code, saved -> Response.ok(
                        JSON.writeElement(saved.plan(), PlanSection.RISKS, risk), PlansResource.JSON_UTF8));
    }

    /**
     * Logs a new risk, given whole in the format's field names; without a {@code code} it gets the next free
     * R-number. 201 with its Location.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PlansResource.JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN, Role.Names.RISK_OWNER})
    public Response log(@PathParam("code") String code, InputStream body) throws IOException {
        String element = text(body);
        String withCode = withCode(element, RiskEditing.nextCode(editing.find(code).value().risks()));
        String riskCode = codeOf(withCode);
        return write(expected -> risks.log(code, expected, editor(), riskCode,
                PlanEdits.add(PlanSection.RISKS, withCode)), code, saved -> Response.created(
                        UriBuilder.fromResource(RisksResource.class).path(RisksResource.class, "risk")
                                .build(code, riskCode))
                        .entity(JSON.writeElement(saved.plan(), PlanSection.RISKS, riskCode))
                        .type(PlansResource.JSON_UTF8));
    }

    private RiskEditor editor() {
        return new RiskEditor(security.getUserPrincipal().getName(),
                security.isUserInRole(Role.Names.PMO) || security.isUserInRole(Role.Names.ADMIN),
                security.isUserInRole(Role.Names.RISK_OWNER));
    }

    private Response write(Function<Long, PlanEditing.Saved> save, String code,
            Function<PlanEditing.Saved, Response.ResponseBuilder> answer) {
        Long expected = PlanVersionTag.expected(headers);
        if (expected == null) {
            return Response.status(428).type(PlansResource.JSON_UTF8).entity(ErrorsDto.of("$",
                    "send If-Match with the ETag of GET /api/plans/" + code + "/risks so a concurrent change is not lost"))
                    .build();
        }
        try {
            PlanEditing.Saved saved = save.apply(expected);
            return answer.apply(saved).tag(PlanVersionTag.of(saved.version())).build();
        } catch (RiskEditNotAllowedException e) {
            return Response.status(Response.Status.FORBIDDEN).type(PlansResource.JSON_UTF8)
                    .entity(ErrorsDto.of("$", e.getMessage())).build();
        }
    }

    /** The body with {@code code} set when it has none; a body that is no JSON object is left to the reader. */
    private static String withCode(String element, String code) {
        try {
            JsonNode node = MAPPER.readTree(element);
            if (node instanceof ObjectNode object && !object.hasNonNull("code")) {
                object.put("code", code);
                return MAPPER.writeValueAsString(object);
            }
        } catch (JsonProcessingException e) {
            // the format's reader reports it with its path
        }
        return element;
    }

    private static String codeOf(String element) {
        try {
            JsonNode code = MAPPER.readTree(element).get("code");
            return code == null ? null : code.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8); // bounded by RequestSizeLimit
    }
}
