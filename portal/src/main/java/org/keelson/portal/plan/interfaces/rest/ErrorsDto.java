package org.keelson.portal.plan.interfaces.rest;

import java.util.List;

/** Body of every 4xx answer: {"errors":[{"path":"wbs[3].duration","message":"..."}]}. */
public record ErrorsDto(List<Error> errors) {

    /** One problem; {@code path} is a JSON path into the submitted plan, {@code $} for the whole request. */
    public record Error(String path, String message) {
    }

    public static ErrorsDto of(String path, String message) {
        return new ErrorsDto(List.of(new Error(path, message)));
    }
}
