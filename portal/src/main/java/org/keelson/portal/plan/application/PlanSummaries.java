package org.keelson.portal.plan.application;

import org.keelson.portal.plan.domain.LocalizedNameValue;
import org.keelson.portal.plan.domain.PlanSummaryEntity;
import org.keelson.simulation.plan.Plan;

/**
 * Converts between {@link PlanSummary} and its stored row. Every figure, the milestone warning included, is
 * measured at the plan's effective status date, so the row is computed when the plan is written and read as it is.
 */
final class PlanSummaries {

    private PlanSummaries() {
    }

    static PlanSummaryEntity row(Long planId, Plan plan) {
        PlanSummary summary = PlanSummary.of(plan);
        PlanSummary.NextMilestone next = summary.nextMilestone();
        return new PlanSummaryEntity(planId, plan.code(), LocalizedNameValue.of(plan.name()), plan.status(),
                plan.currency(), plan.manager(), plan.startDate(), plan.deadline(), plan.statusDate(),
                summary.budget(), plan.budget() == null ? null : plan.budget().contingencyReserve(), summary.spend(),
                summary.progressPercent(), next == null ? null : next.code(),
                next == null ? null : LocalizedNameValue.of(next.name()), next == null ? null : next.due(),
                next == null ? null : next.warning(), summary.highRiskCount(),
                summary.triggeredRiskCount());
    }

    static PlanSummary summary(PlanSummaryEntity row) {
        PlanSummary.NextMilestone next = row.getNextMilestoneCode() == null ? null
                : new PlanSummary.NextMilestone(row.getNextMilestoneCode(),
                        LocalizedNameValue.toText(row.getNextMilestoneName()), row.getNextMilestoneDue(),
                        row.getNextMilestoneWarning());
        return new PlanSummary(row.getCode(), LocalizedNameValue.toText(row.getName()), row.getStatus(),
                row.getCurrency(), row.getStatusDate(), row.getBudgetTotal(), row.getSpend(),
                row.getProgressPercent(), next, row.getHighRiskCount(), row.getTriggeredRiskCount());
    }

    static PlanOverview overview(PlanSummaryEntity row) {
        return new PlanOverview(summary(row), row.getManager(), row.getStartDate(), row.getDeadline(),
                row.getContingencyReserve());
    }
}
