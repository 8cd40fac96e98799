package org.keelson.portal.plan.interfaces.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.keelson.portal.web.RequestTooLargeException;

/**
 * Every failure no resource handled: a body cut off at the size limit is a 413; anything else a 500 whose body holds a
 * request id and nothing else (no SQL, stack frames or library names), while the log gets the id and the details.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        RequestTooLargeException tooLarge = RequestTooLargeException.findIn(failure);
        if (tooLarge != null) {
            return Response.status(413).type(PlansResource.JSON_UTF8)
                    .entity(ErrorsDto.of("$", tooLarge.getMessage())).build();
        }
        String requestId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "request " + requestId + " failed", failure);
        return Response.serverError().type(PlansResource.JSON_UTF8)
                .entity(ErrorsDto.of("$", "internal error; request id " + requestId)).build();
    }
}
