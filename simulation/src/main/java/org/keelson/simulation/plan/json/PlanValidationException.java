package org.keelson.simulation.plan.json;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a plan document is not valid; carries every problem found, in document order. */
public class PlanValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public PlanValidationException(List<ValidationError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, never empty. */
    public List<ValidationError> errors() {
        return errors;
    }

    private static String describe(List<ValidationError> errors) {
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        return errors.stream().map(ValidationError::toString)
                .collect(Collectors.joining("\n  ", "Invalid plan (" + count + "):\n  ", ""));
    }
}
