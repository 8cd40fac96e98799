package org.keelson.portal.plan.interfaces.rest;

import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the errors that JAX-RS itself raises (unknown resource, method, media type) the API's error body, saying
 * what would have been accepted; the status and headers such as {@code Allow} stay as JAX-RS set them.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        return Response.fromResponse(original).type(PlansResource.JSON_UTF8)
                .entity(ErrorsDto.of("$", message(original))).build();
    }

    String message(Response original) {
        return switch (original.getStatus()) {
            case 400 -> "the request is malformed";
            case 401 -> "sign in with HTTP Basic credentials";
            case 403 -> "your role may not do this";
            case 404 -> "no such resource";
            case 405 -> "method " + request.getMethod() + " is not allowed here; allowed: "
                    + original.getAllowedMethods().stream().sorted().collect(Collectors.joining(", "));
            case 406 -> "cannot answer in " + headers.getHeaderString(HttpHeaders.ACCEPT)
                    + "; this resource answers application/json";
            case 415 -> "content type " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + " is not accepted; send application/json";
            default -> original.getStatusInfo().getReasonPhrase();
        };
    }
}
