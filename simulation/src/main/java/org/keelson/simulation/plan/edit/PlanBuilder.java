package org.keelson.simulation.plan.edit;

import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.text.LocalizedText;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;

/** A copy of a plan with some of its parts replaced: the one place edits rebuild the 22-component record. */
public final class PlanBuilder {
    private final Plan base;
    private List<Activity> wbs;
    private List<Milestone> milestones;
    private List<Risk> risks;
    private RiskMatrix riskMatrix;
    private List<Correlation> correlations;
    private List<Baseline> baselines;
    private WorkCalendar calendar;
    private Budget budget;
    private LocalDate statusDate;
    private boolean statusDateSet;
    private Header header;
    private BenefitModel benefits;

    /** What a plan's settings page changes of the plan itself. */
    public record Header(LocalizedText name, String manager, PlanStatus status, LocalDate deadline) {
    }

    public PlanBuilder(Plan base) {
        this.base = base;
    }

    public PlanBuilder wbs(List<Activity> replacement) {
        this.wbs = replacement;
        return this;
    }

    public PlanBuilder milestones(List<Milestone> replacement) {
        this.milestones = replacement;
        return this;
    }

    public PlanBuilder risks(List<Risk> replacement) {
        this.risks = replacement;
        return this;
    }

    public PlanBuilder riskMatrix(RiskMatrix replacement) {
        this.riskMatrix = replacement;
        return this;
    }

    public PlanBuilder correlations(List<Correlation> replacement) {
        this.correlations = replacement;
        return this;
    }

    public PlanBuilder baselines(List<Baseline> replacement) {
        this.baselines = replacement;
        return this;
    }

    public PlanBuilder calendar(WorkCalendar replacement) {
        this.calendar = replacement;
        return this;
    }

    public PlanBuilder budget(Budget replacement) {
        this.budget = replacement;
        return this;
    }

    public PlanBuilder header(Header replacement) {
        this.header = replacement;
        return this;
    }

    public PlanBuilder benefits(BenefitModel replacement) {
        this.benefits = replacement;
        return this;
    }

    public PlanBuilder statusDate(LocalDate replacement) {
        this.statusDate = replacement;
        this.statusDateSet = true;
        return this;
    }

    public Plan build() {
        Header h = header != null ? header : new Header(base.name(), base.manager(), base.status(), base.deadline());
        return new Plan(base.code(), h.name(), base.description(), base.currency(), base.locale(), h.status(),
                h.manager(), base.startDate(), h.deadline(), statusDateSet ? statusDate : base.statusDate(),
                calendar != null ? calendar : base.calendar(), base.phases(),
                milestones != null ? milestones : base.milestones(), wbs != null ? wbs : base.wbs(),
                correlations != null ? correlations : base.correlations(), budget != null ? budget : base.budget(),
                riskMatrix != null ? riskMatrix : base.riskMatrix(), risks != null ? risks : base.risks(), base.kpis(),
                benefits != null ? benefits : base.benefits(),
                baselines != null ? baselines : base.baselines(), base.assumptions());
    }
}
