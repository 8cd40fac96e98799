package org.keelson.simulation.plan.edit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.text.LocalizedText;

/**
 * New plans: blank, or a copy of another plan used as a template, the way MS Project creates a project from a
 * template and P6 copies a project. A copy keeps the structure and the estimates (WBS, links, durations and their
 * ranges, costs, budget categories and planned amounts, risks, KPIs and their targets, the benefit model) and drops
 * what belongs to the original's execution (progress, actual dates and costs, KPI actuals, baselines, milestone
 * forecasts); its dates move with the new start date (calendar days, budget lines by whole quarters) and the schedule
 * is recalculated from it.
 */
public final class PlanTemplates {

    private PlanTemplates() {
    }

    /** What the creator types for any new plan. */
    public record Header(String code, LocalizedText name, String currency, String locale, String manager,
            LocalDate startDate, LocalDate deadline, Double discountRate) {
    }

    /**
     * A plan with nothing but its header, a standard calendar and the standard risk matrix. It has no benefit model
     * (a model needs its go-live milestone), so the header's discount rate applies to copies only.
     */
    public static Plan blank(Header header) {
        return new Plan(header.code(), header.name(), null, header.currency(), header.locale(), PlanStatus.PROPOSED,
                header.manager(), header.startDate(), header.deadline(), null, null, List.of(), List.of(), List.of(),
                List.of(), null, null, List.of(), List.of(), null, List.of(), List.of());
    }

    /** A copy of {@code template} under {@code header}, shifted to its start date and rescheduled. */
    public static Plan copy(Plan template, Header header) {
        long days = template.startDate() == null || header.startDate() == null ? 0
                : ChronoUnit.DAYS.between(template.startDate(), header.startDate());
        int quarters = template.startDate() == null || header.startDate() == null ? 0
                : index(Quarter.of(header.startDate())) - index(Quarter.of(template.startDate()));
        List<Activity> wbs = template.wbs().stream().map(a -> new Activity(a.code(), a.name(), a.owner(), a.phase(),
                a.milestone(), a.duration(), a.estimate(), shift(a.plannedStart(), days),
                shift(a.plannedFinish(), days), 0, null, null, a.fixedCost(), a.costPerDay(), a.budgetCategory(),
                a.relations())).toList();
        List<Phase> phases = template.phases().stream().map(p -> new Phase(p.code(), p.name(), shift(p.start(), days),
                shift(p.finish(), days), p.description())).toList();
        List<Milestone> milestones = template.milestones().stream().map(m -> new Milestone(m.code(), m.name(),
                m.phase(), m.activity(), shift(m.due(), days), null, null, null, m.deliverable(),
                m.acceptanceCriterion())).toList();
        // the copy's budget is its template's authorised budget (drawn reserve included) with a full reserve again
        Budget budget = template.budget() == null ? null : new Budget(template.budget().authorised(),
                template.budget().contingencyPercent(), template.budget().categories(), template.budget().lines()
                        .stream().map(l -> new BudgetLine(l.category(), l.quarter() == null ? null
                                : quarter(index(l.quarter()) + quarters), l.planned(), 0)).toList());
        List<Kpi> kpis = template.kpis().stream().map(k -> new Kpi(k.code(), k.name(), k.unit(), k.group(),
                k.direction(), k.baseline(), k.target(), shift(k.targetDate(), days), k.trajectory().stream()
                        .map(p -> new KpiPoint(shift(p.date(), days), p.value())).toList(), List.of())).toList();
        BenefitModel benefits = template.benefits();
        if (header.discountRate() != null && benefits != null) {
            benefits = new BenefitModel(header.discountRate(), benefits.horizonQuarters(), benefits.goLiveMilestone(),
                    benefits.roiTarget(), benefits.lines());
        }
        Plan copy = new Plan(header.code(), header.name(), template.description(), header.currency(),
                header.locale(), PlanStatus.PROPOSED, header.manager(), header.startDate(), header.deadline(), null,
                template.calendar(), phases, milestones, wbs, template.correlations(), budget, template.riskMatrix(),
                template.risks(), kpis, benefits, List.of(), template.assumptions());
        return Rescheduling.withCurrentDates(copy);
    }

    private static LocalDate shift(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.quarter() - 1;
    }

    private static Quarter quarter(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }
}
