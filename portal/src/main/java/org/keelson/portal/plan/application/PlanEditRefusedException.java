package org.keelson.portal.plan.application;

import java.util.List;
import java.util.stream.Collectors;

import org.keelson.simulation.plan.json.ValidationError;

/**
 * An edit that would leave the plan invalid by the rules of the interchange format; nothing was written. Each
 * problem has the JSON path of the edited plan (e.g. {@code wbs[12].duration}) so a page can show it next to its
 * field and REST can return it as is.
 */
public class PlanEditRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> problems;

    public PlanEditRefusedException(List<ValidationError> problems) {
        super(problems.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationError> problems() {
        return problems;
    }
}
