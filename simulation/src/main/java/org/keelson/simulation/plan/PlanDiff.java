package org.keelson.simulation.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.text.LocalizedText;

/**
 * What changed between two versions of a plan in what a simulation reads: the plan's dates, calendar, budget and
 * ROI model, activities (durations, estimates, links, progress, cost), milestones, correlations, risks (scores,
 * status, response, pre- and post-mitigation quantification), budget lines and benefit lines. Names, descriptions,
 * owners and other texts are left out: they change no figure. Items are matched by their code (budget lines by
 * category and quarter, correlations by their pair of activities); values are compared exactly and written through
 * a {@link Notation}, so that a page shows them in its reader's language and money unit.
 */
public final class PlanDiff {

    /** Where a change is. */
    public enum Area { PLAN, ACTIVITY, MILESTONE, CORRELATION, RISK, BUDGET_LINE, BENEFIT_LINE, KPI, BASELINE,
        RESERVE_DRAWDOWN }

    /**
     * What is compared: {@link #FIGURES} what a simulation reads (to explain why two runs differ);
     * {@link #EVERYTHING} adds names, owners, texts, current dates, KPIs and baselines (the audit of an edit).
     */
    public enum Scope { FIGURES, EVERYTHING }

    /** What happened to the item. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One change. {@code key} names the item (its code; empty for the plan itself). For {@link Kind#CHANGED},
     * {@code field} is the property (e.g. {@code duration}, {@code postCostImpact}) and {@code before}/{@code after}
     * its values as written by the notation, null where there is none; added and removed items have no field
     * and no values.
     */
    public record Change(Area area, String key, Kind kind, String field, String before, String after) {
    }

    /** How values are written. */
    public interface Notation {
        /** An amount in the plan's currency. */
        String money(double amount);

        /** A plain number (durations in working days, probabilities as fractions, rates). */
        String number(double value);

        /** A value of an enum (distribution, risk status, response, relation type). */
        String label(Enum<?> value);
    }

    /** Numbers as Java writes them and enum constants by name: for logs and tests. */
    public static final Notation PLAIN = new Notation() {
        @Override
        public String money(double amount) {
            return number(amount);
        }

        @Override
        public String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }

        @Override
        public String label(Enum<?> value) {
            return value.name();
        }
    };

    /** A compared property of an item: its raw value (compared) and how that value is written. */
    private record Property<T>(String field, Function<T, Object> value, Writer writer) {
    }

    @FunctionalInterface
    private interface Writer {
        String write(Object value, Notation notation);
    }

    private static final Writer TEXT = (value, notation) -> value.toString();
    private static final Writer NUMBER = (value, notation) -> notation.number((Double) value);
    private static final Writer MONEY = (value, notation) -> notation.money((Double) value);
    private static final Writer LABEL = (value, notation) -> notation.label((Enum<?>) value);
    private static final Writer ESTIMATE = (value, notation) -> estimate((ThreePointEstimate) value, notation,
            notation::number);
    private static final Writer MONEY_ESTIMATE = (value, notation) -> estimate((ThreePointEstimate) value, notation,
            notation::money);
    private static final Writer HOLIDAYS = (value, notation) -> PlanDiff.<Holiday>list(value).stream()
            .map(h -> h.from().equals(h.to()) ? h.from().toString() : h.from() + ".." + h.to())
            .collect(Collectors.joining(", "));
    private static final Writer LIST = (value, notation) -> PlanDiff.<Object>list(value).stream()
            .map(Object::toString).collect(Collectors.joining(", "));
    private static final Writer POINTS = (value, notation) -> PlanDiff.<KpiPoint>list(value).stream()
            .map(p -> p.date() + " " + notation.number(p.value())).collect(Collectors.joining(", "));
    private static final Writer RELATIONS = (value, notation) -> PlanDiff.<Relation>list(value).stream()
            .map(r -> r.predecessor() + " " + notation.label(r.type())
                    + (r.lag() == 0 ? "" : (r.lag() > 0 ? " +" : " ") + notation.number(r.lag())))
            .collect(Collectors.joining(", "));

    private static final List<Property<Plan>> PLAN = List.of(
            new Property<>("startDate", Plan::startDate, TEXT),
            new Property<>("deadline", Plan::deadline, TEXT),
            new Property<>("statusDate", Plan::statusDate, TEXT),
            new Property<>("weekendDays", p -> p.calendar().weekendDays(), LIST),
            new Property<>("holidays", p -> p.calendar().holidays(), HOLIDAYS),
            new Property<>("workingDays", p -> p.calendar().workingDays(), LIST),
            new Property<>("budgetTotal", p -> budget(p, Budget::total), MONEY),
            new Property<>("contingencyPercent", p -> budget(p, Budget::contingencyPercent), NUMBER),
            new Property<>("discountRate", p -> benefits(p, BenefitModel::discountRate), NUMBER),
            new Property<>("horizonQuarters", p -> benefits(p, BenefitModel::horizonQuarters), TEXT),
            new Property<>("goLiveMilestone", p -> benefits(p, BenefitModel::goLiveMilestone), TEXT),
            new Property<>("roiTarget", p -> benefits(p, BenefitModel::roiTarget), NUMBER));

    private static final List<Property<Activity>> ACTIVITY = List.of(
            new Property<>("duration", Activity::duration, NUMBER),
            new Property<>("estimate", Activity::estimate, ESTIMATE),
            new Property<>("relations", Activity::relations, RELATIONS),
            new Property<>("percentComplete", Activity::percentComplete, NUMBER),
            new Property<>("actualStart", Activity::actualStart, TEXT),
            new Property<>("actualFinish", Activity::actualFinish, TEXT),
            new Property<>("fixedCost", Activity::fixedCost, MONEY),
            new Property<>("costPerDay", Activity::costPerDay, MONEY),
            new Property<>("budgetCategory", Activity::budgetCategory, TEXT));

    private static final List<Property<Milestone>> MILESTONE = List.of(
            new Property<>("activity", Milestone::activity, TEXT),
            new Property<>("due", Milestone::due, TEXT),
            new Property<>("actual", Milestone::actual, TEXT));

    private static final List<Property<Correlation>> CORRELATION = List.of(
            new Property<>("coefficient", Correlation::coefficient, NUMBER));

    private static final List<Property<Risk>> RISK = List.of(
            new Property<>("probability", Risk::probability, TEXT),
            new Property<>("impact", Risk::impact, TEXT),
            new Property<>("residualProbability", Risk::residualProbability, TEXT),
            new Property<>("residualImpact", Risk::residualImpact, TEXT),
            new Property<>("status", Risk::status, LABEL),
            new Property<>("response", Risk::response, LABEL),
            new Property<>("activities", Risk::activities, LIST),
            new Property<>("preProbability", r -> quantified(r.preMitigation(), RiskQuantification::probability),
                    NUMBER),
            new Property<>("preScheduleImpact",
                    r -> quantified(r.preMitigation(), RiskQuantification::scheduleImpact), ESTIMATE),
            new Property<>("preCostImpact", r -> quantified(r.preMitigation(), RiskQuantification::costImpact),
                    MONEY_ESTIMATE),
            new Property<>("postProbability", r -> quantified(r.postMitigation(), RiskQuantification::probability),
                    NUMBER),
            new Property<>("postScheduleImpact",
                    r -> quantified(r.postMitigation(), RiskQuantification::scheduleImpact), ESTIMATE),
            new Property<>("postCostImpact", r -> quantified(r.postMitigation(), RiskQuantification::costImpact),
                    MONEY_ESTIMATE));

    private static final List<Property<BudgetLine>> BUDGET_LINE = List.of(
            new Property<>("planned", BudgetLine::planned, MONEY),
            new Property<>("actual", BudgetLine::actual, MONEY));

    /** A drawdown and its place in the list: drawdowns are transactions, only ever appended, so the place is its key. */
    private record NumberedDrawdown(int number, ReserveDrawdown drawdown) {
    }

    private static final List<Property<NumberedDrawdown>> RESERVE_DRAWDOWN = List.of(
            new Property<>("category", d -> d.drawdown().category(), TEXT),
            new Property<>("quarter", d -> d.drawdown().quarter(), TEXT),
            new Property<>("amount", d -> d.drawdown().amount(), MONEY),
            new Property<>("reason", d -> d.drawdown().reason(), TEXT));

    private static final List<Property<BenefitLine>> BENEFIT_LINE = List.of(
            new Property<>("quarterlyAmount", BenefitLine::quarterlyAmount, MONEY_ESTIMATE),
            new Property<>("rampUpQuarters", BenefitLine::rampUpQuarters, TEXT));

    private static final List<Property<Plan>> PLAN_TEXTS = List.of(
            new Property<>("nameZh", p -> zh(p.name()), TEXT),
            new Property<>("nameEn", p -> en(p.name()), TEXT),
            new Property<>("status", Plan::status, LABEL),
            new Property<>("manager", Plan::manager, TEXT),
            new Property<>("currency", Plan::currency, TEXT),
            new Property<>("riskMediumFrom", p -> p.riskMatrix().mediumFrom(), TEXT),
            new Property<>("riskHighFrom", p -> p.riskMatrix().highFrom(), TEXT));

    private static final List<Property<Activity>> ACTIVITY_TEXTS = List.of(
            new Property<>("nameZh", a -> zh(a.name()), TEXT),
            new Property<>("nameEn", a -> en(a.name()), TEXT),
            new Property<>("owner", Activity::owner, TEXT),
            new Property<>("phase", Activity::phase, TEXT),
            new Property<>("milestone", Activity::milestone, TEXT),
            new Property<>("plannedStart", Activity::plannedStart, TEXT),
            new Property<>("plannedFinish", Activity::plannedFinish, TEXT));

    private static final List<Property<Milestone>> MILESTONE_TEXTS = List.of(
            new Property<>("nameZh", m -> zh(m.name()), TEXT),
            new Property<>("nameEn", m -> en(m.name()), TEXT),
            new Property<>("phase", Milestone::phase, TEXT),
            new Property<>("baseline", Milestone::baseline, TEXT),
            new Property<>("forecast", Milestone::forecast, TEXT));

    private static final List<Property<Risk>> RISK_TEXTS = List.of(
            new Property<>("titleZh", r -> zh(r.title()), TEXT),
            new Property<>("titleEn", r -> en(r.title()), TEXT),
            new Property<>("category", Risk::category, TEXT),
            new Property<>("owner", Risk::owner, TEXT),
            new Property<>("responsePlanZh", r -> zh(r.responsePlan()), TEXT),
            new Property<>("responsePlanEn", r -> en(r.responsePlan()), TEXT),
            new Property<>("warningTriggerZh", r -> zh(r.warningTrigger()), TEXT),
            new Property<>("warningTriggerEn", r -> en(r.warningTrigger()), TEXT),
            new Property<>("stopLossZh", r -> zh(r.stopLoss()), TEXT),
            new Property<>("stopLossEn", r -> en(r.stopLoss()), TEXT),
            new Property<>("recoveryPlanZh", r -> zh(r.recoveryPlan()), TEXT),
            new Property<>("recoveryPlanEn", r -> en(r.recoveryPlan()), TEXT),
            new Property<>("reviewDate", Risk::reviewDate, TEXT),
            new Property<>("mitigationCost", Risk::mitigationCost, MONEY),
            new Property<>("triggers", Risk::triggers, TEXT),
            new Property<>("actions", Risk::actions, LIST),
            new Property<>("descriptionZh", r -> zh(r.description()), TEXT),
            new Property<>("descriptionEn", r -> en(r.description()), TEXT));

    private static final List<Property<Kpi>> KPI = List.of(
            new Property<>("baseline", Kpi::baseline, NUMBER),
            new Property<>("target", Kpi::target, NUMBER),
            new Property<>("targetDate", Kpi::targetDate, TEXT),
            new Property<>("actuals", Kpi::actuals, POINTS));

    private static final List<Property<Baseline>> BASELINE = List.of(
            new Property<>("capturedOn", Baseline::capturedOn, TEXT),
            new Property<>("entries", b -> b.entries().size(), TEXT),
            new Property<>("compared", Baseline::compared, TEXT));

    private PlanDiff() {
    }

    /** The changes in {@code scope} from {@code before} to {@code after}; see {@link #between(Plan, Plan, Notation)}. */
    public static List<Change> between(Plan before, Plan after, Notation notation, Scope scope) {
        if (scope == Scope.FIGURES) {
            return between(before, after, notation);
        }
        List<Change> changes = new ArrayList<>();
        changed(Area.PLAN, "", before, after, concat(PLAN, PLAN_TEXTS), notation, changes);
        items(Area.ACTIVITY, before.wbs(), after.wbs(), Activity::code, concat(ACTIVITY, ACTIVITY_TEXTS), notation,
                changes);
        items(Area.MILESTONE, before.milestones(), after.milestones(), Milestone::code,
                concat(MILESTONE, MILESTONE_TEXTS), notation, changes);
        items(Area.CORRELATION, before.correlations(), after.correlations(),
                c -> c.first() + " ~ " + c.second(), CORRELATION, notation, changes);
        items(Area.RISK, before.risks(), after.risks(), Risk::code, concat(RISK, RISK_TEXTS), notation, changes);
        items(Area.BUDGET_LINE, budgetLines(before), budgetLines(after), l -> l.category() + " " + l.quarter(),
                BUDGET_LINE, notation, changes);
        items(Area.BENEFIT_LINE, benefitLines(before), benefitLines(after), BenefitLine::code, BENEFIT_LINE,
                notation, changes);
        items(Area.RESERVE_DRAWDOWN, reserveDrawdowns(before), reserveDrawdowns(after), d -> "#" + d.number(),
                RESERVE_DRAWDOWN, notation, changes);
        items(Area.KPI, before.kpis(), after.kpis(), Kpi::code, KPI, notation, changes);
        items(Area.BASELINE, before.baselines(), after.baselines(), Baseline::name, BASELINE, notation, changes);
        return changes;
    }

    private static <T> List<Property<T>> concat(List<Property<T>> first, List<Property<T>> second) {
        List<Property<T>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String zh(LocalizedText text) {
        return text == null ? null : text.zh();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    /** The changes from {@code before} to {@code after}, by area, items in the order {@code after} lists them. */
    public static List<Change> between(Plan before, Plan after, Notation notation) {
        List<Change> changes = new ArrayList<>();
        changed(Area.PLAN, "", before, after, PLAN, notation, changes);
        items(Area.ACTIVITY, before.wbs(), after.wbs(), Activity::code, ACTIVITY, notation, changes);
        items(Area.MILESTONE, before.milestones(), after.milestones(), Milestone::code, MILESTONE, notation, changes);
        items(Area.CORRELATION, before.correlations(), after.correlations(),
                c -> c.first() + " ~ " + c.second(), CORRELATION, notation, changes);
        items(Area.RISK, before.risks(), after.risks(), Risk::code, RISK, notation, changes);
        items(Area.BUDGET_LINE, budgetLines(before), budgetLines(after), l -> l.category() + " " + l.quarter(),
                BUDGET_LINE, notation, changes);
        items(Area.BENEFIT_LINE, benefitLines(before), benefitLines(after), BenefitLine::code, BENEFIT_LINE,
                notation, changes);
        return changes;
    }

    private static <T> void items(Area area, List<T> before, List<T> after, Function<T, String> key,
            List<Property<T>> properties, Notation notation, List<Change> changes) {
        Map<String, T> earlier = byKey(before, key);
        Map<String, T> later = byKey(after, key);
        for (Map.Entry<String, T> item : later.entrySet()) {
            T old = earlier.get(item.getKey());
            if (old == null) {
                changes.add(new Change(area, item.getKey(), Kind.ADDED, null, null, null));
            } else {
                changed(area, item.getKey(), old, item.getValue(), properties, notation, changes);
            }
        }
        for (String removed : earlier.keySet()) {
            if (!later.containsKey(removed)) {
                changes.add(new Change(area, removed, Kind.REMOVED, null, null, null));
            }
        }
    }

    private static <T> void changed(Area area, String key, T before, T after, List<Property<T>> properties,
            Notation notation, List<Change> changes) {
        for (Property<T> property : properties) {
            Object old = property.value().apply(before);
            Object now = property.value().apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(area, key, Kind.CHANGED, property.field(),
                        write(property.writer(), old, notation), write(property.writer(), now, notation)));
            }
        }
    }

    private static String write(Writer writer, Object value, Notation notation) {
        return value == null ? null : writer.write(value, notation);
    }

    /** Keeps the first item of a key: the plan codec refuses duplicate codes, so there is only one. */
    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static String estimate(ThreePointEstimate e, Notation notation,
            DoubleFunction<String> amount) {
        return notation.label(e.distribution()) + " " + amount.apply(e.min()) + " / " + amount.apply(e.mostLikely())
                + " / " + amount.apply(e.max());
    }

    private static Object budget(Plan plan, Function<Budget, Object> value) {
        return plan.budget() == null ? null : value.apply(plan.budget());
    }

    private static Object benefits(Plan plan, Function<BenefitModel, Object> value) {
        return plan.benefits() == null ? null : value.apply(plan.benefits());
    }

    private static Object quantified(RiskQuantification q, Function<RiskQuantification, Object> value) {
        return q == null ? null : value.apply(q);
    }

    private static List<BudgetLine> budgetLines(Plan plan) {
        return plan.budget() == null ? List.of() : plan.budget().lines();
    }

    private static List<NumberedDrawdown> reserveDrawdowns(Plan plan) {
        List<ReserveDrawdown> drawdowns = plan.budget() == null ? List.of() : plan.budget().reserveDrawdowns();
        return IntStream.range(0, drawdowns.size()).mapToObj(i -> new NumberedDrawdown(i + 1, drawdowns.get(i)))
                .toList();
    }

    private static List<BenefitLine> benefitLines(Plan plan) {
        return plan.benefits() == null ? List.of() : plan.benefits().lines();
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> list(Object value) {
        return (List<E>) value;
    }
}
