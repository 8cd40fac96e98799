package org.keelson.portal.plan.application;

import java.time.LocalDate;

import org.keelson.portal.plan.domain.LocalizedTextValue;
import org.keelson.portal.plan.domain.PlanSummaryEntity;
import org.keelson.simulation.plan.LocalizedText;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;

/**
 * Converts between {@link PlanSummary} and its stored row. Everything is computed when the plan is written
 * except the milestone warning, which depends on the day: the row keeps the next milestone's due date and the
 * warning is computed when read, against the plan's status date or, without one, the reading day.
 */
final class PlanSummaries {

    private PlanSummaries() {
    }

    static PlanSummaryEntity row(Long planId, Plan plan) {
        PlanSummary summary = PlanSummary.of(plan, LocalDate.now());
        PlanSummary.NextMilestone next = summary.nextMilestone();
        return new PlanSummaryEntity(planId, plan.code(), LocalizedTextValue.of(plan.name()), plan.status(), plan.currency(),
                plan.manager(), plan.startDate(), plan.deadline(), plan.statusDate(), summary.budget(),
                plan.budget() == null ? null : plan.budget().contingencyReserve(), summary.spend(),
                summary.progressPercent(), next == null ? null : next.code(), next == null ? null : LocalizedTextValue.of(next.name()),
                next == null ? null : next.due(), summary.highRiskCount());
    }

    static PlanSummary summary(PlanSummaryEntity row, LocalDate today) {
        LocalDate statusDate = row.getStatusDate() != null ? row.getStatusDate() : today;
        PlanSummary.NextMilestone next = null;
        if (row.getNextMilestoneCode() != null) {
            LocalizedText name = LocalizedTextValue.toText(row.getNextMilestoneName());
            Milestone unmet = new Milestone(row.getNextMilestoneCode(), name, null, null, row.getNextMilestoneDue(),
                    null, null, null, null, null);
            next = new PlanSummary.NextMilestone(unmet.code(), name, unmet.due(),
                    MilestoneWarning.of(unmet, statusDate));
        }
        return new PlanSummary(row.getCode(), LocalizedTextValue.toText(row.getName()), row.getStatus(), row.getCurrency(),
                row.getStatusDate(), row.getBudgetTotal(), row.getSpend(), row.getProgressPercent(), next,
                row.getHighRiskCount());
    }

    static PlanOverview overview(PlanSummaryEntity row, LocalDate today) {
        return new PlanOverview(summary(row, today), row.getManager(), row.getStartDate(), row.getDeadline(),
                row.getContingencyReserve());
    }
}
