package org.keelson.portal.plan.interfaces.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.keelson.portal.plan.application.PlanConflictException;
import org.keelson.portal.plan.application.PlanEditRefusedException;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.plan.application.PlanNotFoundException;

/**
 * The answers of a refused plan edit: 400 with every problem and its path, 404 for an unknown plan or element,
 * 412 with the revisions saved since the client's version (and the current ETag) when the plan moved on.
 */
@Provider
public class PlanEditErrorMapper implements ExceptionMapper<RuntimeException> {

    /** Body of 412: what the client must know before it reloads. */
    public record ConflictDto(List<ErrorsDto.Error> errors, long currentVersion, List<RevisionDto> since) {
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof PlanEditRefusedException refused) {
            return Response.status(Response.Status.BAD_REQUEST).type(PlansResource.JSON_UTF8)
                    .entity(new ErrorsDto(refused.problems().stream()
                            .map(p -> new ErrorsDto.Error(p.path(), p.message())).toList())).build();
        }
        if (exception instanceof PlanConflictException conflict) {
            return Response.status(Response.Status.PRECONDITION_FAILED).type(PlansResource.JSON_UTF8)
                    .tag(PlanVersionTag.of(conflict.currentVersion()))
                    .entity(new ConflictDto(List.of(new ErrorsDto.Error("$", conflict.getMessage()
                            + "; reload it, see what changed and edit again")), conflict.currentVersion(),
                            conflict.since().stream().map(RevisionDto::of).toList())).build();
        }
        if (exception instanceof PlanNotFoundException || exception instanceof PlanElementNotFoundException) {
            return Response.status(Response.Status.NOT_FOUND).type(PlansResource.JSON_UTF8)
                    .entity(ErrorsDto.of("$", exception.getMessage())).build();
        }
        return new UnexpectedErrorMapper().toResponse(exception);
    }
}
