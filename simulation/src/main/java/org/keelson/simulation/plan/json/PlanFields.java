package org.keelson.simulation.plan.json;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

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
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskAction;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskTriggers;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;

/**
 * The JSON field names of each object, in the order they are written. They are the record component names
 * (the format mirrors the model), so they are taken from the records rather than repeated by hand.
 */
final class PlanFields {

    static final List<String> PLAN = of(Plan.class);
    static final List<String> CALENDAR = of(WorkCalendar.class);
    static final List<String> HOLIDAY = of(Holiday.class);
    static final List<String> PHASE = of(Phase.class);
    static final List<String> MILESTONE = of(Milestone.class);
    static final List<String> ACTIVITY = of(Activity.class);
    static final List<String> RELATION = of(Relation.class);
    static final List<String> CORRELATION = of(Correlation.class);
    static final List<String> ESTIMATE = of(ThreePointEstimate.class);
    static final List<String> BUDGET = of(Budget.class);
    static final List<String> BUDGET_CATEGORY = of(BudgetCategory.class);
    static final List<String> BUDGET_LINE = of(BudgetLine.class);
    static final List<String> RESERVE_DRAWDOWN = of(ReserveDrawdown.class);
    static final List<String> RISK_MATRIX = of(RiskMatrix.class);
    static final List<String> RISK = of(Risk.class);
    static final List<String> RISK_QUANTIFICATION = of(RiskQuantification.class);
    static final List<String> RISK_TRIGGERS = of(RiskTriggers.class);
    static final List<String> RISK_ACTION = of(RiskAction.class);
    static final List<String> KPI = of(Kpi.class);
    static final List<String> KPI_POINT = of(KpiPoint.class);
    static final List<String> BENEFITS = of(BenefitModel.class);
    static final List<String> BENEFIT_LINE = of(BenefitLine.class);
    static final List<String> BASELINE = of(Baseline.class);
    static final List<String> BASELINE_ENTRY = of(BaselineEntry.class);
    static final List<String> ASSUMPTION = of(Assumption.class);

    /** Languages reports can be generated in. */
    static final List<String> LOCALES = List.of("zh-CN", "en");

    private PlanFields() {
    }

    private static List<String> of(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
