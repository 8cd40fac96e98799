package org.keelson.simulation.plan.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Holiday;
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
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.Wbs;

/**
 * Builds the JSON tree of a plan. Fields come in record component order; nulls, empty lists and amounts that are 0
 * by default (costs, lag, percent complete, actual spend...) are left out, so that files stay short and a
 * plan read back and written again gives the same bytes. Numbers are written plainly (12000000, not 1.2E7).
 */
final class PlanWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    ObjectNode plan(Plan plan) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", plan.code());
        localized(out, "name", plan.name());
        localized(out, "description", plan.description());
        text(out, "currency", plan.currency());
        text(out, "locale", plan.locale());
        enumeration(out, "status", plan.status());
        text(out, "manager", plan.manager());
        date(out, "startDate", plan.startDate());
        date(out, "deadline", plan.deadline());
        date(out, "statusDate", plan.statusDate());
        out.set("calendar", calendar(plan.calendar()));
        list(out, "phases", plan.phases(), this::phase);
        list(out, "milestones", plan.milestones(), this::milestone);
        Wbs wbs = new Wbs(plan.wbs());
        list(out, "wbs", plan.wbs(), activity -> activity(activity, !wbs.isLeaf(activity)));
        list(out, "correlations", plan.correlations(), this::correlation);
        if (plan.budget() != null) {
            out.set("budget", budget(plan.budget()));
        }
        out.set("riskMatrix", riskMatrix(plan.riskMatrix()));
        list(out, "risks", plan.risks(), this::risk);
        list(out, "kpis", plan.kpis(), this::kpi);
        if (plan.benefits() != null) {
            out.set("benefits", benefits(plan.benefits()));
        }
        list(out, "baselines", plan.baselines(), this::baseline);
        list(out, "assumptions", plan.assumptions(), this::assumption);
        return out;
    }

    private ObjectNode calendar(WorkCalendar calendar) {
        ObjectNode out = NODES.objectNode();
        // always written, even empty: an absent list means Saturday and Sunday, an empty one a seven-day week
        ArrayNode weekend = out.putArray("weekendDays");
        calendar.weekendDays().forEach(day -> weekend.add(EnumNames.toJson(day)));
        list(out, "holidays", calendar.holidays(), this::holiday);
        list(out, "workingDays", calendar.workingDays(), day -> NODES.textNode(day.toString()));
        return out;
    }

    private ObjectNode holiday(Holiday holiday) {
        ObjectNode out = NODES.objectNode();
        text(out, "name", holiday.name());
        date(out, "from", holiday.from());
        date(out, "to", holiday.to());
        return out;
    }

    private ObjectNode phase(Phase phase) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", phase.code());
        localized(out, "name", phase.name());
        date(out, "start", phase.start());
        date(out, "finish", phase.finish());
        localized(out, "description", phase.description());
        return out;
    }

    private ObjectNode milestone(Milestone milestone) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", milestone.code());
        localized(out, "name", milestone.name());
        text(out, "phase", milestone.phase());
        text(out, "activity", milestone.activity());
        date(out, "due", milestone.due());
        date(out, "baseline", milestone.baseline());
        date(out, "forecast", milestone.forecast());
        date(out, "actual", milestone.actual());
        localized(out, "deliverable", milestone.deliverable());
        localized(out, "acceptanceCriterion", milestone.acceptanceCriterion());
        return out;
    }

    private ObjectNode activity(Activity activity, boolean summary) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", activity.code());
        localized(out, "name", activity.name());
        text(out, "owner", activity.owner());
        text(out, "phase", activity.phase());
        if (activity.milestone()) {
            out.put("milestone", true);
        }
        if (!summary || activity.duration() != 0) {
            number(out, "duration", activity.duration());
        }
        estimate(out, "estimate", activity.estimate());
        date(out, "plannedStart", activity.plannedStart());
        date(out, "plannedFinish", activity.plannedFinish());
        unlessZero(out, "percentComplete", activity.percentComplete());
        date(out, "actualStart", activity.actualStart());
        date(out, "actualFinish", activity.actualFinish());
        unlessZero(out, "fixedCost", activity.fixedCost());
        unlessZero(out, "costPerDay", activity.costPerDay());
        text(out, "budgetCategory", activity.budgetCategory());
        list(out, "relations", activity.relations(), this::relation);
        return out;
    }

    private ObjectNode relation(Relation relation) {
        ObjectNode out = NODES.objectNode();
        text(out, "predecessor", relation.predecessor());
        enumeration(out, "type", relation.type());
        unlessZero(out, "lag", relation.lag());
        return out;
    }

    private ObjectNode correlation(Correlation correlation) {
        ObjectNode out = NODES.objectNode();
        text(out, "first", correlation.first());
        text(out, "second", correlation.second());
        number(out, "coefficient", correlation.coefficient());
        return out;
    }

    private void estimate(ObjectNode parent, String field, ThreePointEstimate estimate) {
        if (estimate == null) {
            return;
        }
        ObjectNode out = parent.putObject(field);
        number(out, "min", estimate.min());
        number(out, "mostLikely", estimate.mostLikely());
        number(out, "max", estimate.max());
        enumeration(out, "distribution", estimate.distribution());
    }

    private ObjectNode budget(Budget budget) {
        ObjectNode out = NODES.objectNode();
        number(out, "total", budget.total());
        unlessZero(out, "contingencyPercent", budget.contingencyPercent());
        list(out, "categories", budget.categories(), this::budgetCategory);
        list(out, "lines", budget.lines(), this::budgetLine);
        list(out, "reserveDrawdowns", budget.reserveDrawdowns(), this::reserveDrawdown);
        return out;
    }

    private ObjectNode reserveDrawdown(ReserveDrawdown drawdown) {
        ObjectNode out = NODES.objectNode();
        date(out, "date", drawdown.date());
        text(out, "category", drawdown.category());
        if (drawdown.quarter() != null) {
            out.put("quarter", drawdown.quarter().toString());
        }
        number(out, "amount", drawdown.amount());
        text(out, "reason", drawdown.reason());
        text(out, "by", drawdown.by());
        return out;
    }

    private ObjectNode budgetCategory(BudgetCategory category) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", category.code());
        localized(out, "name", category.name());
        text(out, "group", category.group());
        return out;
    }

    private ObjectNode budgetLine(BudgetLine line) {
        ObjectNode out = NODES.objectNode();
        text(out, "category", line.category());
        if (line.quarter() != null) {
            out.put("quarter", line.quarter().toString());
        }
        number(out, "planned", line.planned());
        unlessZero(out, "actual", line.actual());
        return out;
    }

    private ObjectNode riskMatrix(RiskMatrix matrix) {
        ObjectNode out = NODES.objectNode();
        out.put("mediumFrom", matrix.mediumFrom());
        out.put("highFrom", matrix.highFrom());
        return out;
    }

    private ObjectNode risk(Risk risk) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", risk.code());
        localized(out, "title", risk.title());
        text(out, "category", risk.category());
        text(out, "owner", risk.owner());
        out.put("probability", risk.probability());
        out.put("impact", risk.impact());
        if (risk.residualProbability() != null) {
            out.put("residualProbability", risk.residualProbability());
        }
        if (risk.residualImpact() != null) {
            out.put("residualImpact", risk.residualImpact());
        }
        enumeration(out, "status", risk.status());
        enumeration(out, "response", risk.response());
        localized(out, "responsePlan", risk.responsePlan());
        localized(out, "warningTrigger", risk.warningTrigger());
        localized(out, "stopLoss", risk.stopLoss());
        localized(out, "recoveryPlan", risk.recoveryPlan());
        quantification(out, "preMitigation", risk.preMitigation());
        quantification(out, "postMitigation", risk.postMitigation());
        list(out, "activities", risk.activities(), NODES::textNode);
        date(out, "reviewDate", risk.reviewDate());
        if (risk.mitigationCost() != null) {
            number(out, "mitigationCost", risk.mitigationCost());
        }
        if (risk.triggers() != null) {
            ObjectNode triggers = out.putObject("triggers");
            integer(triggers, "warning", risk.triggers().warning());
            integer(triggers, "stopLoss", risk.triggers().stopLoss());
            integer(triggers, "recovery", risk.triggers().recovery());
        }
        list(out, "actions", risk.actions(), this::riskAction);
        localized(out, "description", risk.description());
        return out;
    }

    private void quantification(ObjectNode parent, String field, RiskQuantification quantification) {
        if (quantification == null) {
            return;
        }
        ObjectNode out = parent.putObject(field);
        number(out, "probability", quantification.probability());
        estimate(out, "scheduleImpact", quantification.scheduleImpact());
        estimate(out, "costImpact", quantification.costImpact());
    }

    private ObjectNode riskAction(RiskAction action) {
        ObjectNode out = NODES.objectNode();
        text(out, "description", action.description());
        text(out, "owner", action.owner());
        date(out, "due", action.due());
        if (action.done()) {
            out.put("done", true);
        }
        return out;
    }

    private static void integer(ObjectNode out, String field, Integer value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private ObjectNode kpi(Kpi kpi) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", kpi.code());
        localized(out, "name", kpi.name());
        text(out, "unit", kpi.unit());
        text(out, "group", kpi.group());
        enumeration(out, "direction", kpi.direction());
        if (kpi.baseline() != null) {
            number(out, "baseline", kpi.baseline());
        }
        number(out, "target", kpi.target());
        date(out, "targetDate", kpi.targetDate());
        list(out, "trajectory", kpi.trajectory(), this::kpiPoint);
        list(out, "actuals", kpi.actuals(), this::kpiPoint);
        return out;
    }

    private ObjectNode kpiPoint(KpiPoint point) {
        ObjectNode out = NODES.objectNode();
        date(out, "date", point.date());
        number(out, "value", point.value());
        return out;
    }

    private ObjectNode benefits(BenefitModel benefits) {
        ObjectNode out = NODES.objectNode();
        number(out, "discountRate", benefits.discountRate());
        out.put("horizonQuarters", benefits.horizonQuarters());
        text(out, "goLiveMilestone", benefits.goLiveMilestone());
        if (benefits.roiTarget() != null) {
            number(out, "roiTarget", benefits.roiTarget());
        }
        list(out, "lines", benefits.lines(), this::benefitLine);
        return out;
    }

    private ObjectNode benefitLine(BenefitLine line) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", line.code());
        localized(out, "name", line.name());
        estimate(out, "quarterlyAmount", line.quarterlyAmount());
        if (line.rampUpQuarters() != 0) {
            out.put("rampUpQuarters", line.rampUpQuarters());
        }
        return out;
    }

    private ObjectNode baseline(Baseline baseline) {
        ObjectNode out = NODES.objectNode();
        text(out, "name", baseline.name());
        date(out, "capturedOn", baseline.capturedOn());
        list(out, "entries", baseline.entries(), this::baselineEntry);
        if (baseline.compared()) {
            out.put("compared", true);
        }
        return out;
    }

    private ObjectNode baselineEntry(BaselineEntry entry) {
        ObjectNode out = NODES.objectNode();
        text(out, "code", entry.code());
        date(out, "start", entry.start());
        date(out, "finish", entry.finish());
        unlessZero(out, "cost", entry.cost());
        return out;
    }

    private ObjectNode assumption(Assumption assumption) {
        ObjectNode out = NODES.objectNode();
        text(out, "subject", assumption.subject());
        text(out, "text", assumption.text());
        return out;
    }

    private static <T> void list(ObjectNode out, String field, List<T> items, Function<T, JsonNode> element) {
        if (!items.isEmpty()) {
            ArrayNode array = out.putArray(field);
            items.forEach(item -> array.add(element.apply(item)));
        }
    }

    private static void text(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static void localized(ObjectNode out, String field, LocalizedText text) {
        if (text != null) {
            ObjectNode node = out.putObject(field);
            text(node, "zh", text.zh());
            text(node, "en", text.en());
        }
    }

    private static void date(ObjectNode out, String field, LocalDate date) {
        if (date != null) {
            out.put(field, date.toString());
        }
    }

    private static void enumeration(ObjectNode out, String field, Enum<?> value) {
        if (value != null) {
            out.put(field, EnumNames.toJson(value));
        }
    }

    private static void unlessZero(ObjectNode out, String field, double value) {
        if (value != 0) {
            number(out, field, value);
        }
    }

    /** Shortest decimal that reads back as the same double, without exponent or trailing zeros. */
    private static void number(ObjectNode out, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " is " + value + "; the plan format has finite numbers only");
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        out.put(field, decimal.scale() < 0 ? decimal.setScale(0) : decimal);
    }
}
