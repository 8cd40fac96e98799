package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.schedule.WorkingDayCalendar;

/**
 * Each WBS element against a baseline, as MS Project's variance table shows it: start, finish and duration variance
 * in working days of the plan's calendar (positive = later or longer than the baseline) and cost variance (current
 * budget at completion minus the baseline's, positive = dearer). Summaries have their own baseline entries, so their
 * rows are the roll-up. Elements added since the baseline have no baseline values and no variance.
 */
public final class BaselineVariance {

    /** One element's variance; every baseline value and variance is null when the baseline lacks the element. */
    public record Row(Activity activity, LocalDate baselineStart, LocalDate baselineFinish, Integer baselineDuration,
            Double baselineCost, Integer duration, double cost, Integer startVariance, Integer finishVariance,
            Integer durationVariance, Double costVariance) {
    }

    private BaselineVariance() {
    }

    public static List<Row> of(Plan plan, Baseline baseline) {
        Map<String, BaselineEntry> entries = baseline.entries().stream()
                .collect(Collectors.toMap(BaselineEntry::code, Function.identity(), (a, b) -> b));
        LocalDate origin = Stream.concat(plan.wbs().stream().map(Activity::plannedStart),
                baseline.entries().stream().map(BaselineEntry::start)).filter(d -> d != null)
                .min(LocalDate::compareTo).orElse(plan.startDate());
        WorkingDayCalendar days = new WorkingDayCalendar(plan.calendar(), origin == null ? LocalDate.EPOCH : origin);
        Wbs wbs = new Wbs(plan.wbs());
        return plan.wbs().stream().map(a -> {
            BaselineEntry entry = entries.get(a.code());
            Integer duration = span(days, a.plannedStart(), a.plannedFinish());
            double cost = wbs.cost(a);
            if (entry == null) {
                return new Row(a, null, null, null, null, duration, cost, null, null, null, null);
            }
            Integer baseDuration = span(days, entry.start(), entry.finish());
            return new Row(a, entry.start(), entry.finish(), baseDuration, entry.cost(), duration, cost,
                    shift(days, entry.start(), a.plannedStart()), shift(days, entry.finish(), a.plannedFinish()),
                    duration == null || baseDuration == null ? null : duration - baseDuration,
                    cost - entry.cost());
        }).toList();
    }

    /** Working days from {@code start} through {@code finish}; null when a date is missing. */
    private static Integer span(WorkingDayCalendar days, LocalDate start, LocalDate finish) {
        return start == null || finish == null ? null
                : days.workingDaysThrough(finish) - days.workingDaysBefore(start);
    }

    /** Working days from {@code baseline} to {@code current}, negative when earlier; null when a date is missing. */
    private static Integer shift(WorkingDayCalendar days, LocalDate baseline, LocalDate current) {
        return baseline == null || current == null ? null
                : days.workingDaysBefore(current) - days.workingDaysBefore(baseline);
    }
}
