package org.keelson.portal.plan.application;

import org.keelson.simulation.plan.Plan;

/** One user action on a plan, applied to the plan as currently stored. */
@FunctionalInterface
public interface PlanEdit {
    PlanChange apply(Plan current);
}
