package org.keelson.simulation.plan.json;

import java.util.Objects;

/**
 * One problem found while reading a plan: {@code path} locates it in the JSON document
 * ({@code wbs[12].relations[0].predecessor}, {@code $} for the document itself), {@code message} says what is wrong.
 */
public record ValidationError(String path, String message) {

    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
