package org.keelson.portal.plan.application;

import java.time.LocalDate;
import java.util.Comparator;

import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.schedule.Wbs;

/**
 * One row of the portfolio. {@code budget} is the authorised total (null without a budget), {@code spend} the
 * actual to date of its {@link BudgetBreakdown}; {@code nextMilestone} is the earliest-due milestone not yet met (null
 * when all are met); {@code highRiskCount} is the {@linkplain RiskHeatMap#count high-risk count} of the
 * plan's heat map; {@code triggeredRiskCount} the live risks whose score reached a response level's trigger.
 */
public record PlanSummary(
        String code,
        LocalizedText name,
        PlanStatus status,
        String currency,
        LocalDate statusDate,
        Double budget,
        double spend,
        double progressPercent,
        NextMilestone nextMilestone,
        int highRiskCount,
        int triggeredRiskCount) {

    /** The next milestone and its early-warning state at the plan's status date. */
    public record NextMilestone(String code, LocalizedText name, LocalDate due, MilestoneWarning warning) {
    }

    /** Summarises {@code plan} at its {@linkplain Plan#effectiveStatusDate() effective status date}. */
    public static PlanSummary of(Plan plan) {
        LocalDate statusDate = plan.effectiveStatusDate();
        Double budget = plan.budget() == null ? null : plan.budget().total();
        double spend = BudgetBreakdown.of(plan.budget(), statusDate).total().actual();
        NextMilestone next = plan.milestones().stream()
                .filter(m -> m.actual() == null)
                .min(Comparator.comparing(Milestone::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(m -> new NextMilestone(m.code(), m.name(), m.due(), MilestoneWarning.of(m, statusDate)))
                .orElse(null);
        int highRisks = RiskHeatMap.of(plan.risks(), plan.riskMatrix()).count(RiskLevel.HIGH);
        int triggered = (int) plan.risks().stream().filter(r -> r.reachedLevel() != null).count();
        return new PlanSummary(plan.code(), plan.name(), plan.status(), plan.currency(), plan.statusDate(), budget,
                spend, new Wbs(plan.wbs()).percentComplete(), next, highRisks, triggered);
    }
}
