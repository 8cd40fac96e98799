package org.keelson.portal.plan.application;

/**
 * One part of a plan (its WBS, milestones, budget, risks or KPIs) with the plan's facts, read without the rest of
 * the aggregate.
 *
 * @param part the part as core records; null only where the plan may lack the part (a plan without a budget)
 */
public record PlanExtract<T>(PlanFacts plan, T part) {
}
