package org.keelson.portal.plan.application;

import java.time.Instant;
import java.util.List;

import org.keelson.simulation.plan.PlanDiff;

/**
 * One saved change of a plan for the History page and conflict messages: the revision number, the plan version it
 * produced, who saved it and when, what they did, and each changed field with its old and new value.
 */
public record PlanRevision(long number, long planVersion, String user, Instant savedAt, String action,
        List<PlanDiff.Change> changes) {

    public PlanRevision {
        changes = List.copyOf(changes);
    }
}
