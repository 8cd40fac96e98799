package org.keelson.simulation.plan.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Assumption;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskAction;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.risk.RiskTriggers;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;

/**
 * First pass of reading: decodes the JSON tree into the model records, checking everything that can be checked
 * field by field (presence, types, enumerations, ranges, date order within one object). Missing or malformed
 * values become nulls or zeros so that reading carries on; the result is only handed out when no problem was
 * found. Checks that need the whole plan (references, hierarchy, cycles) are {@link PlanChecker}'s; for them the
 * reader remembers where each record came from.
 */
final class PlanReader {

    /** What an estimate measures, which decides the values it may take. */
    enum EstimateKind {
        /** Working days: not negative, at most {@link PlanLimits#MAX_WORKING_DAYS}. */
        DURATION,
        /** A factor on durations (1.2 = 20 % longer): not negative, at most {@link PlanLimits#MAX_SCHEDULE_FACTOR}. */
        MULTIPLIER,
        /** Money, positive or negative. */
        AMOUNT
    }

    private final Problems problems;
    private final Map<Object, String> paths = new IdentityHashMap<>();
    private final Set<Activity> durationOmitted = Collections.newSetFromMap(new IdentityHashMap<>());

    PlanReader(Problems problems) {
        this.problems = problems;
    }

    /** Where {@code record} was read from; records are told apart by identity, not equality. */
    Map<Object, String> paths() {
        return paths;
    }

    /** Activities whose JSON has no duration: an error for leaves, fine for summaries and milestones. */
    Set<Activity> durationOmitted() {
        return durationOmitted;
    }

    /** The plan with placeholders where values were unusable; null when the document is not even an object. */
    Plan read(JsonNode root) {
        ObjectReader in = ObjectReader.of(root, "", problems, PlanFields.PLAN);
        if (in == null) {
            return null;
        }
        // read in document order, so that problems are reported in the order a reader meets them
        String code = in.text("code", true);
        LocalizedText name = in.localized("name", true);
        LocalizedText description = in.localized("description", false);
        String currency = in.text("currency", true);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            problems.add(in.path("currency"), quoted(currency) + " is not an ISO 4217 currency code like CNY");
        }
        String locale = in.text("locale", false);
        if (locale != null && !PlanFields.LOCALES.contains(locale)) {
            problems.add(in.path("locale"), quoted(locale) + " is not one of " + String.join(", ", PlanFields.LOCALES));
        }
        PlanStatus status = in.enumeration("status", false, PlanStatus.class);
        String manager = in.text("manager", false);
        LocalDate startDate = in.date("startDate", true);
        LocalDate deadline = in.date("deadline", false);
        notBefore(in.path("deadline"), deadline, "startDate", startDate);
        withinHorizon(in.path("deadline"), deadline, startDate);
        LocalDate statusDate = in.date("statusDate", false);
        withinHorizon(in.path("statusDate"), statusDate, startDate);
        ObjectReader calendar = in.object("calendar", false, PlanFields.CALENDAR);
        WorkCalendar workCalendar = calendar == null ? null : calendar(calendar);
        List<Phase> phases = in.list("phases", this::phase);
        List<Milestone> milestones = in.list("milestones", this::milestone);
        List<Activity> wbs = in.list("wbs", this::activity);
        List<Correlation> correlations = in.list("correlations", this::correlation);
        ObjectReader budget = in.object("budget", false, PlanFields.BUDGET);
        Budget planBudget = budget == null ? null : budget(budget);
        ObjectReader riskMatrix = in.object("riskMatrix", false, PlanFields.RISK_MATRIX);
        RiskMatrix matrix = riskMatrix == null ? null : riskMatrix(riskMatrix);
        List<Risk> risks = in.list("risks", this::risk);
        List<Kpi> kpis = in.list("kpis", this::kpi);
        ObjectReader benefits = in.object("benefits", false, PlanFields.BENEFITS);
        BenefitModel benefitModel = benefits == null ? null : benefits(benefits);
        List<Baseline> baselines = in.list("baselines", this::baseline);
        List<Assumption> assumptions = in.list("assumptions", this::assumption);
        return new Plan(code, name, description, currency, locale, status, manager, startDate, deadline, statusDate,
                workCalendar, phases, milestones, wbs, correlations, planBudget, matrix, risks, kpis, benefitModel,
                baselines, assumptions);
    }

    private WorkCalendar calendar(ObjectReader in) {
        int problemsBefore = problems.count();
        List<DayOfWeek> weekendDays = in.has("weekendDays")
                ? in.list("weekendDays", (item, path) -> ObjectReader.enumeration(item, path, problems, DayOfWeek.class))
                : null;
        // make-up days can only be checked against a weekend that was read completely
        boolean weekendKnown = problems.count() == problemsBefore;
        if (weekendDays != null && weekendDays.size() != Set.copyOf(weekendDays).size()) {
            problems.add(in.path("weekendDays"), "lists a day more than once");
        } else if (weekendDays != null && weekendDays.size() == DayOfWeek.values().length) {
            problems.add(in.path("weekendDays"), "lists all seven days; a calendar needs a working day in the week");
        }
        List<LocalDate> workingDays = in.list("workingDays", (item, path) -> {
            LocalDate day = ObjectReader.date(item, path, problems);
            List<DayOfWeek> weekend = weekendDays == null ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : weekendDays;
            if (day != null && weekendKnown && !weekend.contains(day.getDayOfWeek())) {
                problems.add(path, day + " is a " + EnumNames.toJson(day.getDayOfWeek())
                        + ", not a weekend day; only weekend days can be make-up working days");
            }
            return day;
        });
        return remember(new WorkCalendar(weekendDays, in.list("holidays", this::holiday), workingDays), in);
    }

    private Holiday holiday(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.HOLIDAY);
        if (in == null) {
            return null;
        }
        LocalDate from = in.date("from", true);
        LocalDate to = in.date("to", true);
        notBefore(in.path("to"), to, "from", from);
        return remember(new Holiday(in.text("name", true), from, to), in);
    }

    private Phase phase(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.PHASE);
        if (in == null) {
            return null;
        }
        LocalDate start = in.date("start", true);
        LocalDate finish = in.date("finish", true);
        notBefore(in.path("finish"), finish, "start", start);
        return remember(new Phase(in.text("code", true), in.localized("name", true), start, finish,
                in.localized("description", false)), in);
    }

    private Milestone milestone(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.MILESTONE);
        if (in == null) {
            return null;
        }
        return remember(new Milestone(
                in.text("code", true),
                in.localized("name", true),
                in.text("phase", false),
                in.text("activity", false),
                in.date("due", true),
                in.date("baseline", false),
                in.date("forecast", false),
                in.date("actual", false),
                in.localized("deliverable", false),
                in.localized("acceptanceCriterion", false)), in);
    }

    private Activity activity(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.ACTIVITY);
        if (in == null) {
            return null;
        }
        String code = in.text("code", true);
        LocalizedText name = in.localized("name", true);
        String owner = in.text("owner", false);
        String phase = in.text("phase", false);
        Boolean milestone = in.bool("milestone");
        Double duration = in.number("duration", false);
        nonNegative(in.path("duration"), duration);
        atMostWorkingDays(in.path("duration"), duration);
        ObjectReader estimate = in.object("estimate", false, PlanFields.ESTIMATE);
        LocalDate plannedStart = in.date("plannedStart", false);
        LocalDate plannedFinish = in.date("plannedFinish", false);
        notBefore(in.path("plannedFinish"), plannedFinish, "plannedStart", plannedStart);
        Double percentComplete = in.number("percentComplete", 0);
        within(in.path("percentComplete"), percentComplete, 0, 100);
        LocalDate actualStart = in.date("actualStart", false);
        LocalDate actualFinish = in.date("actualFinish", false);
        if (actualFinish != null && actualStart == null && !in.has("actualStart")) {
            problems.add(in.path("actualFinish"), "is set but actualStart is missing");
        }
        notBefore(in.path("actualFinish"), actualFinish, "actualStart", actualStart);
        Double fixedCost = in.number("fixedCost", 0);
        nonNegative(in.path("fixedCost"), fixedCost);
        Double costPerDay = in.number("costPerDay", 0);
        nonNegative(in.path("costPerDay"), costPerDay);
        Activity activity = new Activity(
                code,
                name,
                owner,
                phase,
                Boolean.TRUE.equals(milestone),
                zeroIfNull(duration),
                estimate == null ? null : estimate(estimate, EstimateKind.DURATION),
                plannedStart,
                plannedFinish,
                zeroIfNull(percentComplete),
                actualStart,
                actualFinish,
                zeroIfNull(fixedCost),
                zeroIfNull(costPerDay),
                in.text("budgetCategory", false),
                in.list("relations", this::relation));
        if (!in.has("duration")) {
            durationOmitted.add(activity);
        }
        return remember(activity, in);
    }

    private Relation relation(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.RELATION);
        if (in == null) {
            return null;
        }
        RelationType type = in.has("type") ? in.enumeration("type", false, RelationType.class) : RelationType.FS;
        Double lag = in.number("lag", 0);
        atMostWorkingDays(in.path("lag"), lag);
        return remember(new Relation(in.text("predecessor", true), type, zeroIfNull(lag)), in);
    }

    private Correlation correlation(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.CORRELATION);
        if (in == null) {
            return null;
        }
        Double coefficient = in.number("coefficient", true);
        within(in.path("coefficient"), coefficient, -1, 1);
        return remember(new Correlation(in.text("first", true), in.text("second", true), zeroIfNull(coefficient)), in);
    }

    /** A three-point estimate; null (after reporting) when it cannot be used. */
    ThreePointEstimate estimate(ObjectReader in, EstimateKind kind) {
        Double min = in.number("min", true);
        Double mostLikely = in.number("mostLikely", true);
        Double max = in.number("max", true);
        DistributionType distribution = in.enumeration("distribution", true, DistributionType.class);
        if (kind != EstimateKind.AMOUNT) {
            nonNegative(in.path("min"), min);
        }
        withinLimit(in.path("min"), min, kind);
        withinLimit(in.path("mostLikely"), mostLikely, kind);
        withinLimit(in.path("max"), max, kind);
        if (min != null && mostLikely != null && min > mostLikely) {
            problems.add(in.path("mostLikely"), Problems.format(mostLikely) + " is less than min " + Problems.format(min));
        }
        if (mostLikely != null && max != null && mostLikely > max) {
            problems.add(in.path("max"), Problems.format(max) + " is less than mostLikely " + Problems.format(mostLikely));
        } else if (min != null && max != null && min > max) {
            problems.add(in.path("max"), Problems.format(max) + " is less than min " + Problems.format(min));
        }
        if (min != null && max != null && min.equals(max) && distribution != null
                && distribution != DistributionType.FIXED) {
            problems.add(in.path("max"), "equals min; a " + EnumNames.toJson(distribution)
                    + " distribution needs min < max (use fixed for a certain value)");
        }
        if (distribution == DistributionType.LOGNORMAL && min != null && min <= 0) {
            problems.add(in.path("min"), Problems.format(min) + " must be greater than 0 for a lognormal distribution");
        }
        if (min == null || mostLikely == null || max == null || distribution == null) {
            return null;
        }
        return remember(new ThreePointEstimate(min, mostLikely, max, distribution), in);
    }

    private Budget budget(ObjectReader in) {
        Double total = in.number("total", true);
        nonNegative(in.path("total"), total);
        Double contingency = in.number("contingencyPercent", 0);
        within(in.path("contingencyPercent"), contingency, 0, 100);
        return remember(new Budget(zeroIfNull(total), zeroIfNull(contingency),
                in.list("categories", this::budgetCategory), in.list("lines", this::budgetLine),
                in.list("reserveDrawdowns", this::reserveDrawdown)), in);
    }

    private ReserveDrawdown reserveDrawdown(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.RESERVE_DRAWDOWN);
        if (in == null) {
            return null;
        }
        LocalDate date = in.date("date", true);
        Quarter quarter = quarter(in);
        Double amount = in.number("amount", true);
        if (amount != null && amount <= 0) {
            problems.add(in.path("amount"), Problems.format(amount) + " must be more than 0");
        }
        String reason = in.text("reason", true);
        if (reason != null && reason.isBlank()) {
            problems.add(in.path("reason"), "a drawdown needs a reason");
        }
        return remember(new ReserveDrawdown(date, in.text("category", true), quarter, zeroIfNull(amount), reason,
                in.text("by", false)), in);
    }

    /** The required {@code quarter} field ({@code 2026-Q3}) within the dates a plan may have; null if not. */
    private Quarter quarter(ObjectReader in) {
        String quarterText = in.text("quarter", true);
        if (quarterText == null) {
            return null;
        }
        try {
            Quarter quarter = Quarter.parse(quarterText);
            return ObjectReader.withinPlanDates(in.path("quarter"), quarter.toString(), quarter.firstDay(),
                    quarter.lastDay(), problems) ? quarter : null;
        } catch (IllegalArgumentException e) {
            problems.add(in.path("quarter"), e.getMessage());
            return null;
        }
    }

    private BudgetCategory budgetCategory(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.BUDGET_CATEGORY);
        if (in == null) {
            return null;
        }
        return remember(new BudgetCategory(in.text("code", true), in.localized("name", true),
                in.text("group", false)), in);
    }

    private BudgetLine budgetLine(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.BUDGET_LINE);
        if (in == null) {
            return null;
        }
        Quarter quarter = quarter(in);
        Double planned = in.number("planned", true);
        nonNegative(in.path("planned"), planned);
        Double actual = in.number("actual", 0);
        nonNegative(in.path("actual"), actual);
        return remember(new BudgetLine(in.text("category", true), quarter, zeroIfNull(planned), zeroIfNull(actual)), in);
    }

    private RiskMatrix riskMatrix(ObjectReader in) {
        Integer mediumFrom = in.integer("mediumFrom", true);
        Integer highFrom = in.integer("highFrom", true);
        within(in.path("mediumFrom"), mediumFrom, 2, 25);
        within(in.path("highFrom"), highFrom, 2, 25);
        if (mediumFrom != null && highFrom != null && highFrom <= mediumFrom) {
            problems.add(in.path("highFrom"), highFrom + " must be greater than mediumFrom " + mediumFrom);
        }
        if (mediumFrom == null || highFrom == null) {
            return null;
        }
        return remember(new RiskMatrix(mediumFrom, highFrom), in);
    }

    private Risk risk(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.RISK);
        if (in == null) {
            return null;
        }
        String code = in.text("code", true);
        LocalizedText title = in.localized("title", true);
        String category = in.text("category", false);
        String owner = in.text("owner", false);
        Integer probability = level(in, "probability", true);
        Integer impact = level(in, "impact", true);
        Integer residualProbability = level(in, "residualProbability", false);
        Integer residualImpact = level(in, "residualImpact", false);
        RiskStatus status = in.enumeration("status", false, RiskStatus.class);
        ResponseStrategy response = in.enumeration("response", false, ResponseStrategy.class);
        LocalizedText responsePlan = in.localized("responsePlan", false);
        LocalizedText warningTrigger = in.localized("warningTrigger", false);
        LocalizedText stopLoss = in.localized("stopLoss", false);
        LocalizedText recoveryPlan = in.localized("recoveryPlan", false);
        ObjectReader pre = in.object("preMitigation", false, PlanFields.RISK_QUANTIFICATION);
        RiskQuantification preMitigation = pre == null ? null : quantification(pre);
        ObjectReader post = in.object("postMitigation", false, PlanFields.RISK_QUANTIFICATION);
        RiskQuantification postMitigation = post == null ? null : quantification(post);
        ObjectReader triggers = in.object("triggers", false, PlanFields.RISK_TRIGGERS);
        Double mitigationCost = in.number("mitigationCost", false);
        within(in.path("mitigationCost"), mitigationCost, 0, PlanLimits.MAX_NUMBER);
        return remember(new Risk(
                code,
                title,
                category,
                owner,
                probability == null ? 0 : probability,
                impact == null ? 0 : impact,
                residualProbability,
                residualImpact,
                status,
                response,
                responsePlan,
                warningTrigger,
                stopLoss,
                recoveryPlan,
                preMitigation,
                postMitigation,
                in.textList("activities"),
                in.date("reviewDate", false),
                mitigationCost,
                triggers == null ? null : triggers(triggers),
                in.list("actions", this::riskAction),
                in.localized("description", false)), in);
    }

    /** Scores 1..25 at which the response levels start, rising with the level. */
    private RiskTriggers triggers(ObjectReader in) {
        Integer warning = in.integer("warning", false);
        Integer stopLoss = in.integer("stopLoss", false);
        Integer recovery = in.integer("recovery", false);
        within(in.path("warning"), warning, 1, 25);
        within(in.path("stopLoss"), stopLoss, 1, 25);
        within(in.path("recovery"), recovery, 1, 25);
        if (warning != null && stopLoss != null && stopLoss <= warning) {
            problems.add(in.path("stopLoss"), stopLoss + " must be greater than the warning threshold " + warning);
        }
        Integer below = stopLoss != null ? stopLoss : warning;
        if (below != null && recovery != null && recovery <= below) {
            problems.add(in.path("recovery"), recovery + " must be greater than the "
                    + (stopLoss != null ? "stop-loss" : "warning") + " threshold " + below);
        }
        return remember(new RiskTriggers(warning, stopLoss, recovery), in);
    }

    private RiskAction riskAction(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.RISK_ACTION);
        if (in == null) {
            return null;
        }
        return remember(new RiskAction(in.text("description", true), in.text("owner", false),
                in.date("due", false), Boolean.TRUE.equals(in.bool("done"))), in);
    }

    /** A FAF probability or impact level, 1..5. */
    private Integer level(ObjectReader in, String field, boolean required) {
        Integer level = in.integer(field, required);
        within(in.path(field), level, 1, 5);
        return level;
    }

    private RiskQuantification quantification(ObjectReader in) {
        Double probability = in.number("probability", true);
        within(in.path("probability"), probability, 0, 1);
        ObjectReader schedule = in.object("scheduleImpact", false, PlanFields.ESTIMATE);
        ObjectReader cost = in.object("costImpact", false, PlanFields.ESTIMATE);
        return remember(new RiskQuantification(zeroIfNull(probability),
                schedule == null ? null : estimate(schedule, EstimateKind.MULTIPLIER),
                cost == null ? null : estimate(cost, EstimateKind.AMOUNT)), in);
    }

    private Kpi kpi(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.KPI);
        if (in == null) {
            return null;
        }
        Double target = in.number("target", true);
        return remember(new Kpi(
                in.text("code", true),
                in.localized("name", true),
                in.text("unit", false),
                in.text("group", false),
                in.enumeration("direction", true, KpiDirection.class),
                in.number("baseline", false),
                zeroIfNull(target),
                in.date("targetDate", false),
                kpiPoints(in, "trajectory"),
                kpiPoints(in, "actuals")), in);
    }

    /** Trajectory or actuals: points strictly in date order. */
    private List<KpiPoint> kpiPoints(ObjectReader in, String field) {
        List<KpiPoint> points = in.list(field, this::kpiPoint);
        for (int i = 1; i < points.size(); i++) {
            KpiPoint previous = points.get(i - 1);
            KpiPoint point = points.get(i);
            if (previous.date() != null && point.date() != null && !point.date().isAfter(previous.date())) {
                problems.add(paths.get(point) + ".date", point.date() + " is not after the previous point's date "
                        + previous.date());
            }
        }
        return points;
    }

    private KpiPoint kpiPoint(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.KPI_POINT);
        if (in == null) {
            return null;
        }
        return remember(new KpiPoint(in.date("date", true), zeroIfNull(in.number("value", true))), in);
    }

    private BenefitModel benefits(ObjectReader in) {
        Double discountRate = in.number("discountRate", true);
        within(in.path("discountRate"), discountRate, PlanLimits.MIN_DISCOUNT_RATE, PlanLimits.MAX_DISCOUNT_RATE);
        Integer horizon = in.integer("horizonQuarters", true);
        within(in.path("horizonQuarters"), horizon, 1, PlanLimits.MAX_QUARTERS);
        Double roiTarget = in.number("roiTarget", false);
        return remember(new BenefitModel(zeroIfNull(discountRate), horizon == null ? 0 : horizon,
                in.text("goLiveMilestone", true), roiTarget, in.list("lines", this::benefitLine)), in);
    }

    private BenefitLine benefitLine(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.BENEFIT_LINE);
        if (in == null) {
            return null;
        }
        ObjectReader amount = in.object("quarterlyAmount", true, PlanFields.ESTIMATE);
        Integer rampUp = in.has("rampUpQuarters") ? in.integer("rampUpQuarters", false) : Integer.valueOf(0);
        within(in.path("rampUpQuarters"), rampUp, 0, PlanLimits.MAX_QUARTERS);
        return remember(new BenefitLine(in.text("code", true), in.localized("name", true),
                amount == null ? null : estimate(amount, EstimateKind.AMOUNT), rampUp == null ? 0 : rampUp), in);
    }

    private Baseline baseline(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.BASELINE);
        if (in == null) {
            return null;
        }
        return remember(new Baseline(in.text("name", true), in.date("capturedOn", false),
                in.list("entries", this::baselineEntry), Boolean.TRUE.equals(in.bool("compared"))), in);
    }

    private BaselineEntry baselineEntry(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.BASELINE_ENTRY);
        if (in == null) {
            return null;
        }
        LocalDate start = in.date("start", false);
        LocalDate finish = in.date("finish", false);
        notBefore(in.path("finish"), finish, "start", start);
        Double cost = in.number("cost", 0);
        nonNegative(in.path("cost"), cost);
        return remember(new BaselineEntry(in.text("code", true), start, finish, zeroIfNull(cost)), in);
    }

    private Assumption assumption(JsonNode node, String path) {
        ObjectReader in = ObjectReader.of(node, path, problems, PlanFields.ASSUMPTION);
        if (in == null) {
            return null;
        }
        return remember(new Assumption(in.text("subject", false), in.text("text", true)), in);
    }

    private <T> T remember(T record, ObjectReader in) {
        paths.put(record, in.path());
        return record;
    }

    private void notBefore(String path, LocalDate later, String earlierName, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problems.add(path, later + " is before " + earlierName + " " + earlier);
        }
    }

    private void nonNegative(String path, Double value) {
        if (value != null && value < 0) {
            problems.add(path, Problems.format(value) + " must not be negative");
        }
    }

    /** Reports an estimate value beyond the limit of its kind (amounts have the limit of every number). */
    private void withinLimit(String path, Double value, EstimateKind kind) {
        if (kind == EstimateKind.DURATION) {
            atMostWorkingDays(path, value);
        } else if (kind == EstimateKind.MULTIPLIER && value != null && value > PlanLimits.MAX_SCHEDULE_FACTOR) {
            problems.add(path, Problems.format(value) + " is beyond the largest schedule impact, a factor of "
                    + Problems.format(PlanLimits.MAX_SCHEDULE_FACTOR));
        }
    }

    private void atMostWorkingDays(String path, Double days) {
        if (days != null && Math.abs(days) > PlanLimits.MAX_WORKING_DAYS) {
            problems.add(path, Problems.format(days) + " working days is beyond the limit of "
                    + Problems.format(PlanLimits.MAX_WORKING_DAYS) + " in magnitude");
        }
    }

    private void withinHorizon(String path, LocalDate date, LocalDate startDate) {
        if (date != null && startDate != null && date.isAfter(startDate.plusYears(PlanLimits.MAX_YEARS))) {
            problems.add(path, date + " is more than " + PlanLimits.MAX_YEARS + " years after startDate " + startDate
                    + ", the longest plan horizon");
        }
    }

    private void within(String path, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            problems.add(path, Problems.format(value.doubleValue()) + " is outside "
                    + Problems.format(min) + ".." + Problems.format(max));
        }
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
