package org.keelson.interchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.ScheduledActivity;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.text.LocalizedText;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * A Keelson plan as an MPXJ project: one task per WBS element under its parent, the leaves' durations, links,
 * progress and costs, the plan calendar, the compared baseline as Baseline 0, and each task's dates as Keelson's CPM
 * schedules them, so the file opens showing the plan's dates. Work days run 08:00-12:00 and 13:00-17:00, MS
 * Project's standard day, so one working day is 8 hours in both tools.
 */
final class ProjectFromPlan {

    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    private final Plan plan;
    private final Locale language;

    ProjectFromPlan(Plan plan) {
        this.plan = plan;
        this.language = plan.locale() != null && plan.locale().startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    ProjectFile project() {
        ProjectFile file = new ProjectFile();
        for (KeelsonFields field : KeelsonFields.values()) {
            field.declare(file);
        }
        ProjectProperties properties = file.getProjectProperties();
        ProjectCalendar calendar = calendar(file, plan.calendar());
        file.setDefaultCalendar(calendar);
        properties.setStartDate(plan.startDate().atTime(DAY_START));
        properties.setProjectTitle(text(plan.name()));
        properties.setName(plan.code());
        properties.setManager(plan.manager());
        properties.setCurrencyCode(plan.currency());
        if (plan.statusDate() != null) {
            properties.setStatusDate(plan.statusDate().atTime(DAY_END));
        }
        Map<String, ScheduledActivity> schedule = new HashMap<>();
        CriticalPathScheduler.schedule(plan).activities().forEach(a -> schedule.put(a.code(), a));
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(plan);
        Baselines.compared(plan).ifPresent(b -> {
            if (b.capturedOn() != null) {
                properties.setBaselineDate(b.capturedOn().atTime(DAY_END));
            }
        });
        Wbs hierarchy = new Wbs(plan.wbs());
        Map<String, Task> tasks = new HashMap<>();
        for (Activity activity : plan.wbs()) {
            Task task = activity.parentCode() == null ? file.addTask() : tasks.get(activity.parentCode()).addTask();
            tasks.put(activity.code(), task);
            task.setName(text(activity.name()));
            task.set(KeelsonFields.OTHER_LANGUAGE_NAME.field, otherText(activity.name()));
            task.setWBS(activity.code());
            task.setTaskMode(TaskMode.AUTO_SCHEDULED);
            task.setConstraintType(ConstraintType.AS_SOON_AS_POSSIBLE);
            ScheduledActivity dates = schedule.get(activity.code());
            setDates(task, activity, dates);
            BaselineEntry entry = baseline.get(activity.code());
            if (entry != null) {
                task.setBaselineStart(entry.start().atTime(DAY_START));
                task.setBaselineFinish(entry.finish().atTime(DAY_END));
                task.setBaselineCost(entry.cost());
            }
            if (hierarchy.isLeaf(activity)) {
                leaf(task, activity);
            } else {
                task.setCost(hierarchy.cost(activity));
            }
        }
        for (Activity activity : plan.wbs()) {
            Task task = tasks.get(activity.code());
            for (Relation relation : activity.relations()) {
                task.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(tasks.get(relation.predecessor()))
                        .type(type(relation.type())).lag(Duration.getInstance(relation.lag(), TimeUnit.DAYS)));
            }
        }
        return file;
    }

    private void leaf(Task task, Activity activity) {
        double remaining = activity.actualFinish() != null ? 0 : activity.duration() * (1 - activity.percentComplete() / 100);
        task.setDuration(Duration.getInstance(activity.duration(), TimeUnit.DAYS));
        task.setRemainingDuration(Duration.getInstance(remaining, TimeUnit.DAYS));
        task.setActualDuration(Duration.getInstance(activity.duration() - remaining, TimeUnit.DAYS));
        task.setMilestone(activity.milestone());
        task.setPercentageComplete(activity.actualFinish() != null ? 100 : activity.percentComplete());
        if (activity.actualStart() != null) {
            task.setActualStart(activity.actualStart().atTime(DAY_START));
        }
        if (activity.actualFinish() != null) {
            task.setActualFinish(activity.actualFinish().atTime(activity.milestone() ? DAY_START : DAY_END));
        }
        task.setFixedCost(activity.fixedCost());
        task.set(KeelsonFields.COST_PER_DAY.field, activity.costPerDay());
        task.setCost(Wbs.leafCost(activity));
        if (activity.estimate() != null) {
            task.set(KeelsonFields.ESTIMATE_MIN.field, activity.estimate().min());
            task.set(KeelsonFields.ESTIMATE_MOST_LIKELY.field, activity.estimate().mostLikely());
            task.set(KeelsonFields.ESTIMATE_MAX.field, activity.estimate().max());
            task.set(KeelsonFields.ESTIMATE_DISTRIBUTION.field,
                    activity.estimate().distribution().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Start and finish, early and late, as Keelson's CPM gives them; a milestone sits at the start of its day. */
    private static void setDates(Task task, Activity activity, ScheduledActivity dates) {
        boolean point = activity.milestone();
        task.setStart(dates.earlyStartDate().atTime(DAY_START));
        task.setFinish(point ? dates.earlyFinishDate().atTime(DAY_START) : dates.earlyFinishDate().atTime(DAY_END));
        task.setEarlyStart(task.getStart());
        task.setEarlyFinish(task.getFinish());
        task.setLateStart(dates.lateStartDate().atTime(DAY_START));
        task.setLateFinish(point ? dates.lateFinishDate().atTime(DAY_START) : dates.lateFinishDate().atTime(DAY_END));
    }

    /**
     * Weekend days off, every holiday a non-working exception, every make-up day (调休) a working one with the
     * standard hours. MS Project exceptions may not overlap: holidays are merged into runs of days off, and cut
     * around make-up days, which win over holidays in Keelson.
     */
    private static ProjectCalendar calendar(ProjectFile file, WorkCalendar plan) {
        ProjectCalendar calendar = file.addCalendar();
        calendar.setName("Keelson");
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.setWorkingDay(day, !plan.weekendDays().contains(day));
        }
        Arrays.stream(DayOfWeek.values()).filter(calendar::isWorkingDay).forEach(calendar::addDefaultCalendarHours);
        TreeMap<LocalDate, String> daysOff = new TreeMap<>();
        plan.holidays().forEach(h -> h.from().datesUntil(h.to().plusDays(1)).forEach(d -> daysOff.putIfAbsent(d, h.name())));
        plan.workingDays().forEach(daysOff::remove);
        for (LocalDate[] run : runsOfDays(daysOff.navigableKeySet())) {
            calendar.addCalendarException(run[0], run[1]).setName(daysOff.get(run[0]));
        }
        for (LocalDate day : new TreeSet<>(plan.workingDays())) {
            ProjectCalendarException makeUpDay = calendar.addCalendarException(day, day);
            makeUpDay.setName("调休 " + day);
            makeUpDay.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
            makeUpDay.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
        }
        return calendar;
    }

    /** Consecutive days as {first, last} pairs, in date order. */
    private static List<LocalDate[]> runsOfDays(Iterable<LocalDate> days) {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate day : days) {
            LocalDate[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1].plusDays(1).equals(day)) {
                last[1] = day;
            } else {
                runs.add(new LocalDate[] {day, day});
            }
        }
        return runs;
    }

    private static org.mpxj.RelationType type(org.keelson.simulation.schedule.RelationType type) {
        return switch (type) {
            case FS -> org.mpxj.RelationType.FINISH_START;
            case SS -> org.mpxj.RelationType.START_START;
            case FF -> org.mpxj.RelationType.FINISH_FINISH;
            case SF -> org.mpxj.RelationType.START_FINISH;
        };
    }

    /** The text in the plan's language, the other when that one is missing. */
    private String text(LocalizedText text) {
        return text == null ? null : text.in(language);
    }

    /** The text in the other language, or null when the plan has it in one language only. */
    private String otherText(LocalizedText text) {
        if (text == null || text.zh() == null || text.en() == null || text.zh().isBlank() || text.en().isBlank()) {
            return null;
        }
        return Locale.SIMPLIFIED_CHINESE.equals(language) ? text.en() : text.zh();
    }
}
