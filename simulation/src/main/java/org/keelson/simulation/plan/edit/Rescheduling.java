package org.keelson.simulation.plan.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Schedule;
import org.keelson.simulation.schedule.ScheduledActivity;

/**
 * What a saved edit recalculates, as an automatically scheduled MS Project or P6 plan does: every element's current
 * dates become its CPM early dates (which already respect actuals and remaining durations), and every milestone
 * carried by an activity gets that activity's date as its forecast unless it has been met.
 */
public final class Rescheduling {

    private Rescheduling() {
    }

    /** {@code plan} with current dates and milestone forecasts from its schedule; {@code plan} must be valid. */
    public static Plan withCurrentDates(Plan plan) {
        if (plan.wbs().isEmpty()) {
            return plan;
        }
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        Map<String, ScheduledActivity> byCode = schedule.activities().stream()
                .collect(Collectors.toMap(ScheduledActivity::code, Function.identity()));
        List<Activity> wbs = plan.wbs().stream().map(a -> dated(a, byCode.get(a.code()))).toList();
        List<Milestone> milestones = plan.milestones().stream()
                .map(m -> forecast(m, m.activity() == null ? null : byCode.get(m.activity()))).toList();
        return new PlanBuilder(plan).wbs(wbs).milestones(milestones).build();
    }

    private static Activity dated(Activity a, ScheduledActivity s) {
        if (s == null || Objects.equals(a.plannedStart(), s.earlyStartDate())
                && Objects.equals(a.plannedFinish(), s.earlyFinishDate())) {
            return a;
        }
        return new Activity(a.code(), a.name(), a.owner(), a.phase(), a.milestone(), a.duration(), a.estimate(),
                s.earlyStartDate(), s.earlyFinishDate(), a.percentComplete(), a.actualStart(), a.actualFinish(),
                a.fixedCost(), a.costPerDay(), a.budgetCategory(), a.relations());
    }

    private static Milestone forecast(Milestone m, ScheduledActivity s) {
        if (s == null || m.actual() != null || Objects.equals(m.forecast(), s.earlyFinishDate())) {
            return m;
        }
        return new Milestone(m.code(), m.name(), m.phase(), m.activity(), m.due(), m.baseline(), s.earlyFinishDate(),
                m.actual(), m.deliverable(), m.acceptanceCriterion());
    }
}
