package org.keelson.portal.plan.application;

import java.util.Map;

import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.WbsEdits;

/**
 * A plan as an edit left it, and how the edit renumbered the WBS (old code to new code; empty when it did not):
 * the renumbering lets the stored activities keep their identity, and so their history, under a new code.
 */
public record PlanChange(Plan plan, Map<String, String> renamedActivities) {

    public PlanChange {
        renamedActivities = Map.copyOf(renamedActivities);
    }

    /** An edit that kept every WBS code. */
    public static PlanChange of(Plan plan) {
        return new PlanChange(plan, Map.of());
    }

    /** A structural WBS edit. */
    public static PlanChange of(WbsEdits.Result result) {
        return new PlanChange(result.plan(), result.renamed());
    }
}
