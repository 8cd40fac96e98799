package org.keelson.portal.plan.application;

import java.util.List;
import java.util.stream.Collectors;

/** A plan holds values the database cannot store (too long, missing code); nothing was written. */
public class PlanNotStorableException extends RuntimeException {
    private final transient List<Violation> violations;

    /** One offending value: its JSON path in the interchange format and what is wrong with it. */
    public record Violation(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    public PlanNotStorableException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
