package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.ScheduleInput;
import org.keelson.simulation.text.LocalizedText;

/**
 * A whole plan as exchanged in the Keelson plan format (see src/schema/keelson-plan.schema.json).
 * {@code locale} is "zh-CN" or "en": the language of reports generated for it. Amounts are in {@code currency}
 * (ISO 4217, e.g. CNY) units, not 万元. The WBS is listed parents before children.
 */
public record Plan(
        String code,
        LocalizedText name,
        LocalizedText description,
        String currency,
        String locale,
        PlanStatus status,
        String manager,
        LocalDate startDate,
        LocalDate deadline,
        LocalDate statusDate,
        WorkCalendar calendar,
        List<Phase> phases,
        List<Milestone> milestones,
        List<Activity> wbs,
        List<Correlation> correlations,
        Budget budget,
        RiskMatrix riskMatrix,
        List<Risk> risks,
        List<Kpi> kpis,
        BenefitModel benefits,
        List<Baseline> baselines,
        List<Assumption> assumptions) implements ScheduleInput {

    public Plan {
        phases = phases == null ? List.of() : List.copyOf(phases);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        wbs = wbs == null ? List.of() : List.copyOf(wbs);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
        risks = risks == null ? List.of() : List.copyOf(risks);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        calendar = calendar == null ? WorkCalendar.standard() : calendar;
        riskMatrix = riskMatrix == null ? RiskMatrix.standard() : riskMatrix;
    }

    /**
     * The date every derived figure is measured at (earned value, KPI attainment, milestone warnings, spend to
     * date): the status date, or the start date while the plan has none. A plan without a status date has reported
     * no progress (actual dates need one), so its figures are those of its start — nothing earned or due yet —
     * and they do not change with the day they are looked at: the portal, a workbook and a later re-run agree.
     */
    public LocalDate effectiveStatusDate() {
        return effectiveStatusDate(statusDate, startDate);
    }

    /** The rule of {@link #effectiveStatusDate()} for a reader that has the two dates but not the whole plan. */
    public static LocalDate effectiveStatusDate(LocalDate statusDate, LocalDate startDate) {
        return statusDate != null ? statusDate : startDate;
    }
}
