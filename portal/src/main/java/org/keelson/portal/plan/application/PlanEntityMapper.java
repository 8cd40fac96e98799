package org.keelson.portal.plan.application;

import java.util.List;
import java.util.function.Function;

import org.keelson.portal.plan.domain.ActivityEntity;
import org.keelson.portal.plan.domain.AssumptionValue;
import org.keelson.portal.plan.domain.BaselineEntity;
import org.keelson.portal.plan.domain.BaselineEntryValue;
import org.keelson.portal.plan.domain.BenefitLineEntity;
import org.keelson.portal.plan.domain.BenefitModelFigures;
import org.keelson.portal.plan.domain.BudgetCategoryEntity;
import org.keelson.portal.plan.domain.BudgetFigures;
import org.keelson.portal.plan.domain.BudgetLineValue;
import org.keelson.portal.plan.domain.CorrelationValue;
import org.keelson.portal.plan.domain.EstimateValue;
import org.keelson.portal.plan.domain.HolidayValue;
import org.keelson.portal.plan.domain.KpiEntity;
import org.keelson.portal.plan.domain.KpiPointValue;
import org.keelson.portal.plan.domain.LocalizedNameValue;
import org.keelson.portal.plan.domain.LocalizedTextValue;
import org.keelson.portal.plan.domain.MilestoneEntity;
import org.keelson.portal.plan.domain.PhaseEntity;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.RelationValue;
import org.keelson.portal.plan.domain.ReserveDrawdownValue;
import org.keelson.portal.plan.domain.RiskActionValue;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.portal.plan.domain.RiskQuantificationValue;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Assumption;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskAction;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskTriggers;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;

/**
 * Converts the plan aggregate between its JPA entities and the core model records, losslessly in both
 * directions: {@code toRecord(toEntity(plan))} equals {@code plan}. Stateless and container-free.
 */
public final class PlanEntityMapper {

    private PlanEntityMapper() {
    }

    /** A new, unsaved entity graph holding everything in {@code plan}. */
    public static PlanEntity toEntity(Plan plan) {
        Budget budget = plan.budget();
        BenefitModel benefits = plan.benefits();
        PlanEntity entity = new PlanEntity(plan.code(), name(plan.name()), text(plan.description()),
                plan.currency(), plan.locale(), plan.status(), plan.manager(), plan.startDate(), plan.deadline(),
                plan.statusDate(), plan.riskMatrix().mediumFrom(), plan.riskMatrix().highFrom(),
                budget == null ? null : new BudgetFigures(budget.total(), budget.contingencyPercent()),
                benefits == null ? null : new BenefitModelFigures(benefits.discountRate(),
                        benefits.horizonQuarters(), benefits.goLiveMilestone(), benefits.roiTarget()));

        WorkCalendar calendar = plan.calendar();
        entity.defineCalendar(calendar.weekendDays(),
                map(calendar.holidays(), h -> new HolidayValue(h.name(), h.from(), h.to())),
                calendar.workingDays());
        plan.phases().forEach(p -> entity.addPhase(
                new PhaseEntity(p.code(), name(p.name()), p.start(), p.finish(), text(p.description()))));
        plan.milestones().forEach(m -> entity.addMilestone(new MilestoneEntity(m.code(), name(m.name()), m.phase(),
                m.activity(), m.due(), m.baseline(), m.forecast(), m.actual(), text(m.deliverable()),
                text(m.acceptanceCriterion()))));
        plan.wbs().forEach(a -> entity.addActivity(new ActivityEntity(a.code(), name(a.name()), a.owner(),
                a.phase(), a.milestone(), a.duration(), estimate(a.estimate()), a.plannedStart(),
                a.plannedFinish(), a.percentComplete(), a.actualStart(), a.actualFinish(), a.fixedCost(),
                a.costPerDay(), a.budgetCategory(),
                map(a.relations(), r -> new RelationValue(r.predecessor(), r.type(), r.lag())))));
        plan.correlations().forEach(c -> entity.addCorrelation(
                new CorrelationValue(c.first(), c.second(), c.coefficient())));
        if (budget != null) {
            budget.categories().forEach(c -> entity.addBudgetCategory(
                    new BudgetCategoryEntity(c.code(), name(c.name()), c.group())));
            budget.lines().forEach(l -> entity.addBudgetLine(new BudgetLineValue(l.category(),
                    l.quarter() == null ? null : l.quarter().toString(), l.planned(), l.actual())));
            budget.reserveDrawdowns().forEach(d -> entity.addReserveDrawdown(new ReserveDrawdownValue(d.date(),
                    d.category(), d.quarter() == null ? null : d.quarter().toString(), d.amount(), d.reason(),
                    d.by())));
        }
        plan.risks().forEach(r -> entity.addRisk(new RiskEntity(r.code(), name(r.title()), r.category(), r.owner(),
                r.probability(), r.impact(), r.residualProbability(), r.residualImpact(), r.status(), r.response(),
                text(r.responsePlan()), text(r.warningTrigger()), text(r.stopLoss()), text(r.recoveryPlan()),
                quantification(r.preMitigation()), quantification(r.postMitigation()), r.activities(),
                r.reviewDate(), r.mitigationCost(), r.triggers() == null ? null : r.triggers().warning(),
                r.triggers() == null ? null : r.triggers().stopLoss(),
                r.triggers() == null ? null : r.triggers().recovery(),
                map(r.actions(), a -> new RiskActionValue(a.description(), a.owner(), a.due(), a.done())),
                text(r.description()))));
        plan.kpis().forEach(k -> entity.addKpi(new KpiEntity(k.code(), name(k.name()), k.unit(), k.group(),
                k.direction(), k.baseline(), k.target(), k.targetDate(),
                map(k.trajectory(), PlanEntityMapper::point), map(k.actuals(), PlanEntityMapper::point))));
        if (benefits != null) {
            benefits.lines().forEach(b -> entity.addBenefitLine(new BenefitLineEntity(b.code(), name(b.name()),
                    estimate(b.quarterlyAmount()), b.rampUpQuarters())));
        }
        plan.baselines().forEach(b -> entity.addBaseline(new BaselineEntity(b.name(), b.capturedOn(),
                map(b.entries(), e -> new BaselineEntryValue(e.code(), e.start(), e.finish(), e.cost())),
                b.compared())));
        plan.assumptions().forEach(a -> entity.addAssumption(new AssumptionValue(a.subject(), a.text())));
        return entity;
    }

    /** The core record of a loaded entity graph; must run while the graph can still load lazy collections. */
    public static Plan toRecord(PlanEntity e) {
        WorkCalendar calendar = new WorkCalendar(e.getWeekendDays(),
                map(e.getHolidays(), h -> new Holiday(h.getName(), h.getFrom(), h.getTo())), e.getWorkingDays());
        Budget budget = budget(e);
        BenefitModelFigures figures = e.getBenefitModel();
        BenefitModel benefits = figures == null ? null : new BenefitModel(figures.getDiscountRate(),
                figures.getHorizonQuarters(), figures.getGoLiveMilestone(), figures.getRoiTarget(),
                map(e.getBenefitLines(), PlanEntityMapper::benefitLine));
        return new Plan(e.getCode(), text(e.getName()), text(e.getDescription()), e.getCurrency(), e.getLocale(),
                e.getStatus(), e.getManager(), e.getStartDate(), e.getDeadline(), e.getStatusDate(), calendar,
                map(e.getPhases(), PlanEntityMapper::phase),
                map(e.getMilestones(), PlanEntityMapper::milestone),
                map(e.getActivities(), PlanEntityMapper::activity),
                map(e.getCorrelations(), c -> new Correlation(c.getFirst(), c.getSecond(), c.getCoefficient())),
                budget,
                riskMatrix(e),
                map(e.getRisks(), PlanEntityMapper::risk),
                map(e.getKpis(), PlanEntityMapper::kpi),
                benefits,
                map(e.getBaselines(), PlanEntityMapper::baseline),
                map(e.getAssumptions(), a -> new Assumption(a.getSubject(), a.getText())));
    }

    /** The budget (null when the plan has none); reads the plan's budget categories, lines and reserve drawdowns. */
    static Budget budget(PlanEntity e) {
        return e.getBudget() == null ? null : new Budget(e.getBudget().getTotal(),
                e.getBudget().getContingencyPercent(),
                map(e.getBudgetCategories(), c -> new BudgetCategory(c.getCode(), text(c.getName()), c.getGroup())),
                map(e.getBudgetLines(), l -> new BudgetLine(l.getCategory(),
                        l.getQuarter() == null ? null : Quarter.parse(l.getQuarter()), l.getPlanned(), l.getActual())),
                map(e.getReserveDrawdowns(), d -> new ReserveDrawdown(d.getDate(), d.getCategory(),
                        d.getQuarter() == null ? null : Quarter.parse(d.getQuarter()), d.getAmount(), d.getReason(),
                        d.getBy())));
    }

    static RiskMatrix riskMatrix(PlanEntity e) {
        return new RiskMatrix(e.getRiskMediumFrom(), e.getRiskHighFrom());
    }

    private static Phase phase(PhaseEntity p) {
        return new Phase(p.getCode(), text(p.getName()), p.getStart(), p.getFinish(), text(p.getDescription()));
    }

    static Milestone milestone(MilestoneEntity m) {
        return new Milestone(m.getCode(), text(m.getName()), m.getPhaseCode(), m.getActivityCode(), m.getDue(),
                m.getBaseline(), m.getForecast(), m.getActual(), text(m.getDeliverable()),
                text(m.getAcceptanceCriterion()));
    }

    static Activity activity(ActivityEntity a) {
        return new Activity(a.getCode(), text(a.getName()), a.getOwner(), a.getPhaseCode(), a.isMilestone(),
                a.getDuration(), estimate(a.getEstimate()), a.getPlannedStart(), a.getPlannedFinish(),
                a.getPercentComplete(), a.getActualStart(), a.getActualFinish(), a.getFixedCost(),
                a.getCostPerDay(), a.getBudgetCategory(),
                map(a.getRelations(), r -> new Relation(r.getPredecessor(), r.getType(), r.getLag())));
    }

    public static Risk risk(RiskEntity r) {
        return new Risk(r.getCode(), text(r.getTitle()), r.getCategory(), r.getOwner(), r.getProbability(),
                r.getImpact(), r.getResidualProbability(), r.getResidualImpact(), r.getStatus(), r.getResponse(),
                text(r.getResponsePlan()), text(r.getWarningTrigger()), text(r.getStopLoss()),
                text(r.getRecoveryPlan()), quantification(r.getPreMitigation()),
                quantification(r.getPostMitigation()), r.getActivityCodes(), r.getReviewDate(),
                r.getMitigationCost(), triggers(r), map(r.getActions(),
                        a -> new RiskAction(a.getDescription(), a.getOwner(), a.getDue(), a.isDone())),
                text(r.getDescription()));
    }

    /** Null when no level has a threshold, as the format omits them then. */
    private static RiskTriggers triggers(RiskEntity r) {
        return r.getWarningScore() == null && r.getStopLossScore() == null && r.getRecoveryScore() == null ? null
                : new RiskTriggers(r.getWarningScore(), r.getStopLossScore(), r.getRecoveryScore());
    }

    static Kpi kpi(KpiEntity k) {
        return new Kpi(k.getCode(), text(k.getName()), k.getUnit(), k.getGroup(), k.getDirection(), k.getBaseline(),
                k.getTarget(), k.getTargetDate(), map(k.getTrajectory(), PlanEntityMapper::point),
                map(k.getActuals(), PlanEntityMapper::point));
    }

    private static BenefitLine benefitLine(BenefitLineEntity b) {
        return new BenefitLine(b.getCode(), text(b.getName()), estimate(b.getQuarterlyAmount()),
                b.getRampUpQuarters());
    }

    private static Baseline baseline(BaselineEntity b) {
        return new Baseline(b.getName(), b.getCapturedOn(), map(b.getEntries(),
                e -> new BaselineEntry(e.getCode(), e.getStart(), e.getFinish(), e.getCost())), b.isCompared());
    }

    private static LocalizedNameValue name(LocalizedText name) {
        return LocalizedNameValue.of(name);
    }

    private static LocalizedTextValue text(LocalizedText text) {
        return LocalizedTextValue.of(text);
    }

    private static LocalizedText text(LocalizedNameValue value) {
        return LocalizedNameValue.toText(value);
    }

    private static LocalizedText text(LocalizedTextValue value) {
        return LocalizedTextValue.toText(value);
    }

    private static EstimateValue estimate(ThreePointEstimate e) {
        return e == null ? null : new EstimateValue(e.min(), e.mostLikely(), e.max(), e.distribution());
    }

    private static ThreePointEstimate estimate(EstimateValue v) {
        return v == null ? null : new ThreePointEstimate(v.getMin(), v.getMostLikely(), v.getMax(), v.getDistribution());
    }

    private static RiskQuantificationValue quantification(RiskQuantification q) {
        return q == null ? null
                : new RiskQuantificationValue(q.probability(), estimate(q.scheduleImpact()), estimate(q.costImpact()));
    }

    private static RiskQuantification quantification(RiskQuantificationValue v) {
        return v == null ? null
                : new RiskQuantification(v.getProbability(), estimate(v.getScheduleImpact()), estimate(v.getCostImpact()));
    }

    private static KpiPointValue point(KpiPoint p) {
        return new KpiPointValue(p.date(), p.value());
    }

    private static KpiPoint point(KpiPointValue v) {
        return new KpiPoint(v.getDate(), v.getValue());
    }

    private static <S, T> List<T> map(List<S> source, Function<S, T> mapping) {
        return source.stream().map(mapping).toList();
    }
}
