package org.keelson.simulation.plan.json;

/** A list of the interchange format whose elements are named by a {@code code}, and its field name. */
public enum PlanSection {
    WBS("wbs"), MILESTONES("milestones"), RISKS("risks");

    private final String field;

    PlanSection(String field) {
        this.field = field;
    }

    /** The field of the plan document holding the list. */
    public String field() {
        return field;
    }
}
