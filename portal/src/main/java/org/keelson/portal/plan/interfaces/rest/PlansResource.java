package org.keelson.portal.plan.interfaces.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriBuilder;

import org.keelson.interchange.ImportException;
import org.keelson.interchange.ImportFormat;
import org.keelson.interchange.ImportResult;
import org.keelson.interchange.ProjectImport;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanNotFoundException;
import org.keelson.portal.plan.application.PlanNotStorableException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.domain.PlanCode;
import org.keelson.portal.security.Role;
import org.keelson.portal.web.RequestSizeLimit;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;

/**
 * The plan catalogue over HTTP. Plans travel in the interchange format (PlanJson); listings and errors are
 * DTO records. An import is all-or-nothing: on 400 or 409 nothing has been written.
 */
@Path("plans")
@RequestScoped
public class PlansResource {
    public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final PlanJson PLAN_JSON = new PlanJson();
    /** Imports whose codes hash alike share a lock; imports are rare, so a few stripes do. */
    private static final Object[] IMPORT_LOCKS = Stream.generate(Object::new).limit(16).toArray();

    @Inject
    PlanService plans;

    @Inject
    PlanEditing editing;

    /** Every plan with its portfolio figures, ordered by code. */
    @GET
    @Produces(JSON_UTF8)
    public List<PlanSummaryDto> list() {
        return plans.listSummaries().stream().map(PlanSummaryDto::of).toList();
    }

    /**
     * The whole plan in the interchange format with its version as ETag (send it back as If-Match when editing, see
     * PlanWriteResource); 404 when no plan has this code.
     */
    @GET
    @Path("{code}")
    @Produces(JSON_UTF8)
    public Response get(@PathParam("code") String code) {
        try {
            PlanEditing.Versioned<Plan> plan = editing.find(code);
            return Response.ok(PLAN_JSON.write(plan.value()), JSON_UTF8).tag(PlanVersionTag.of(plan.version()))
                    .build();
        } catch (PlanNotFoundException e) {
            return error(Status.NOT_FOUND, ErrorsDto.of("$", "no plan with code " + code));
        }
    }

    /**
     * Deletes the plan softly (ADMIN can restore it, see DeletedPlansResource); 204, or 428/412 like every write of
     * PlanWriteResource.
     */
    @DELETE
    @Path("{code}")
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response delete(@PathParam("code") String code, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Long expected = PlanVersionTag.expected(headers);
        if (expected == null) {
            return PlanWriteResource.preconditionRequired(code);
        }
        editing.delete(code, expected, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /**
     * Imports one plan: 201 with its Location; 400 listing every problem of an invalid document (a code outside the
     * pattern of PlanCode, a value too large to store, half a surrogate pair); 409 when a plan with the same code in
     * any case exists; 413 past the body size limit (RequestSizeLimit).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response importPlan(InputStream body, @Context SecurityContext security) throws IOException {
        byte[] json = body.readAllBytes(); // bounded by RequestSizeLimit
        List<ErrorsDto.Error> loneSurrogates = LoneSurrogates.find(json);
        if (!loneSurrogates.isEmpty()) {
            return error(Status.BAD_REQUEST, new ErrorsDto(loneSurrogates));
        }
        Plan plan;
        try {
            plan = PLAN_JSON.read(new ByteArrayInputStream(json));
        } catch (PlanValidationException e) {
            return error(Status.BAD_REQUEST, new ErrorsDto(e.errors().stream()
                    .map(v -> new ErrorsDto.Error(v.path(), v.message())).toList()));
        }
        return store(plan, security.getUserPrincipal().getName(), null);
    }

    /**
     * Imports an MS Project (MSPDI XML, .mpp) or Primavera (XER, PMXML) file given as the body, under plan code
     * {@code code}: 201 with the Location of the new plan and, as the body, everything the file held that Keelson does
     * not carry over (resources, constraint types, calendars...); 400 with every problem when the file cannot be read
     * or the plan it gives breaks a rule of the format; 409 when the code is taken. All or nothing.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(JSON_UTF8)
    @RolesAllowed({Role.Names.PMO, Role.Names.ADMIN})
    public Response importProject(InputStream body, @QueryParam("format") String format,
            @QueryParam("code") String code, @Context SecurityContext security) {
        if (code == null || code.isBlank()) {
            return error(Status.BAD_REQUEST, ErrorsDto.of("code", "name the new plan's code: ?code=..."));
        }
        ImportResult result;
        try {
            result = new ProjectImport(RequestSizeLimit.configuredLimit()).read(body, ImportFormat.of(format),
                    code.strip());
        } catch (ImportException e) {
            List<ErrorsDto.Error> errors = e.problems().isEmpty()
                    ? List.of(new ErrorsDto.Error("$", e.message(Locale.ENGLISH)))
                    : e.problems().stream().map(p -> new ErrorsDto.Error(p.path(), p.message())).toList();
            return error(Status.BAD_REQUEST, new ErrorsDto(errors));
        }
        return store(result.plan(), security.getUserPrincipal().getName(), result.notes().stream()
                .map(n -> new ImportNoteDto(n.taskId(), n.taskName(), n.key(), n.message(Locale.ENGLISH))).toList());
    }

    /** What an import of another tool's file did not carry over, one task at a time. */
    public record ImportNoteDto(String taskId, String taskName, String key, String message) {
    }

    /** Stores an imported plan; the body of the 201 is {@code notes} when there are any. */
    private Response store(Plan plan, String user, List<ImportNoteDto> notes) {
        try {
            // One import of a code at a time in this server: the others wait for its commit and then find the code
            // taken, where the database would make them wait for its lock and perhaps time out.
            synchronized (IMPORT_LOCKS[Math.floorMod(PlanCode.key(plan.code()).hashCode(), IMPORT_LOCKS.length)]) {
                plans.importPlan(plan, user, PlanAction.IMPORT_PLAN);
            }
        } catch (PlanNotStorableException e) {
            return error(Status.BAD_REQUEST, new ErrorsDto(e.violations().stream()
                    .map(v -> new ErrorsDto.Error(v.path(), v.message())).toList()));
        } catch (PlanAlreadyExistsException e) {
            return conflict(plan.code());
        } catch (RuntimeException failedToCommit) {
            // A concurrent import of the same code may only collide when the transaction commits, outside
            // PlanService; the unique constraint then rolled ours back and the other plan is there.
            if (plans.isCodeTaken(plan.code())) {
                return conflict(plan.code());
            }
            throw failedToCommit;
        }
        // relative (plans/{code}, the path of get): JAX-RS resolves it against the application's base URI (…/api/)
        Response.ResponseBuilder created = Response.created(UriBuilder.fromResource(PlansResource.class)
                .path(PlansResource.class, "get").build(plan.code()));
        return (notes == null ? created : created.type(JSON_UTF8).entity(notes)).build();
    }

    private static Response conflict(String code) {
        return error(Status.CONFLICT, ErrorsDto.of("code",
                "a plan with code " + code + " exists already (codes are unique regardless of case)"));
    }

    private static Response error(Status status, ErrorsDto errors) {
        return Response.status(status).type(JSON_UTF8).entity(errors).build();
    }
}
