package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * The shipped sample plans schedule as MPXJ's Microsoft Project-style CPM ({@link MicrosoftScheduler}) schedules
 * them: each plan becomes an MPXJ project with the plan's calendar (weekend days off, every holiday range a
 * non-working exception, every make-up day a working exception with the default 08:00-12:00 and 13:00-17:00
 * hours), its WBS hierarchy, durations and milestones in working days, and its links with type and lag. Early
 * start and finish dates, late dates and total float must agree for every leaf, and the rolled-up dates for every
 * summary.
 *
 * <p>The comparison is of the as-planned network: progress (status date, percent complete, actual dates) is
 * removed from both sides. MPXJ's scheduler reads actual dates but has no status date, so it cannot hold remaining
 * and not-yet-started work after the status date as Keelson does (MS Project's "move uncompleted parts after status
 * date"); with progress the two differ by convention, not by a defect. Milestones are compared as
 * {@link MpxjAgreementTest} does, date for date: one driven by a finish shows at the end of that working day.
 */
class MpxjSamplePlanAgreementTest {

    private static final Path SAMPLE_PLANS = Path.of("..", "sample-plans");
    private static final double FLOAT_TOLERANCE = 1e-6;

    static Stream<Path> samplePlans() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE_PLANS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void samplePlanSchedulesAsMpxjSchedulesIt(Path file) throws Exception {
        Plan plan = withoutProgress(new PlanJson().read(Files.readString(file)));
        ProjectFile project = new ProjectFile();
        project.setDefaultCalendar(calendar(project, plan.calendar()));
        LocalDateTime start = plan.startDate().atTime(8, 0);
        project.getProjectProperties().setStartDate(start);
        Map<String, Task> tasks = tasks(project, plan);
        new MicrosoftScheduler().schedule(project, start);

        Schedule schedule = CriticalPathScheduler.schedule(plan);
        List<ScheduledActivity> leaves = schedule.activities().stream().filter(a -> !a.summary()).toList();
        assertTrue(leaves.size() >= 40, file.getFileName() + " has " + leaves.size() + " leaves; the samples are larger");
        for (ScheduledActivity mine : leaves) {
            Task theirs = tasks.get(mine.code());
            String what = describe(file, mine, theirs);
            assertEquals(theirs.getEarlyStart().toLocalDate(), mine.earlyStartDate(), what + ": early start");
            assertEquals(theirs.getEarlyFinish().toLocalDate(), mine.earlyFinishDate(), what + ": early finish");
            assertEquals(theirs.getLateStart().toLocalDate(), mine.lateStartDate(), what + ": late start");
            assertEquals(theirs.getLateFinish().toLocalDate(), mine.lateFinishDate(), what + ": late finish");
            double slack = theirs.getTotalSlack().convertUnits(TimeUnit.DAYS, project.getProjectProperties()).getDuration();
            assertEquals(slack, mine.totalFloat(), FLOAT_TOLERANCE, what + ": total float in working days");
        }
        // a summary's float is, by Keelson's convention, its most critical leaf's, not MS Project's own figure
        for (ScheduledActivity mine : schedule.activities().stream().filter(ScheduledActivity::summary).toList()) {
            Task theirs = tasks.get(mine.code());
            String what = describe(file, mine, theirs);
            assertEquals(theirs.getEarlyStart().toLocalDate(), mine.earlyStartDate(), what + ": early start");
            assertEquals(theirs.getEarlyFinish().toLocalDate(), mine.earlyFinishDate(), what + ": early finish");
        }
        LocalDate projectFinish = tasks.values().stream().filter(t -> !t.hasChildTasks())
                .map(t -> t.getEarlyFinish().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        assertEquals(projectFinish, schedule.finishDate(), file.getFileName() + ": project finish");
    }

    private static String describe(Path file, ScheduledActivity mine, Task theirs) {
        return file.getFileName() + " " + mine.code() + (mine.summary() ? " (summary)" : "") + ": MPXJ "
                + theirs.getEarlyStart() + ".." + theirs.getEarlyFinish() + ", late " + theirs.getLateStart() + ".."
                + theirs.getLateFinish() + ", slack " + theirs.getTotalSlack() + "; Keelson " + mine.earlyStartDate()
                + ".." + mine.earlyFinishDate() + ", late " + mine.lateStartDate() + ".." + mine.lateFinishDate()
                + ", float " + mine.totalFloat();
    }

    /** The plan as it was planned: no status date, nothing started. */
    private static Plan withoutProgress(Plan p) {
        List<Activity> wbs = p.wbs().stream().map(a -> new Activity(a.code(), a.name(), a.owner(), a.phase(),
                a.milestone(), a.duration(), a.estimate(), a.plannedStart(), a.plannedFinish(), 0, null, null,
                a.fixedCost(), a.costPerDay(), a.budgetCategory(), a.relations())).toList();
        return new Plan(p.code(), p.name(), p.description(), p.currency(), p.locale(), p.status(), p.manager(),
                p.startDate(), p.deadline(), null, p.calendar(), p.phases(), p.milestones(), wbs, p.correlations(),
                p.budget(), p.riskMatrix(), p.risks(), p.kpis(), p.benefits(), p.baselines(), p.assumptions());
    }

    private static ProjectCalendar calendar(ProjectFile project, WorkCalendar plan) {
        ProjectCalendar calendar = project.addCalendar();
        calendar.setName("Keelson plan calendar");
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean working = !plan.weekendDays().contains(day);
            calendar.setWorkingDay(day, working);
            if (working) {
                calendar.addDefaultCalendarHours(day);
            }
        }
        // a make-up day wins over a holiday, so holiday ranges are cut around make-up days; MPXJ exceptions must
        // not overlap, so overlapping holidays are merged into runs of consecutive days off
        TreeSet<LocalDate> daysOff = new TreeSet<>();
        for (Holiday holiday : plan.holidays()) {
            holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(daysOff::add);
        }
        daysOff.removeAll(plan.workingDays());
        LocalDate runStart = null;
        for (LocalDate day : daysOff) {
            if (runStart == null) {
                runStart = day;
            }
            LocalDate next = day.plusDays(1);
            if (!daysOff.contains(next)) {
                calendar.addCalendarException(runStart, day);
                runStart = null;
            }
        }
        for (LocalDate day : plan.workingDays()) {
            ProjectCalendarException makeUpDay = calendar.addCalendarException(day, day);
            makeUpDay.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
            makeUpDay.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
        }
        return calendar;
    }

    /** One MPXJ task per WBS element, under its parent, with the leaves' durations and links. */
    private static Map<String, Task> tasks(ProjectFile project, Plan plan) {
        Map<String, Task> byCode = new HashMap<>();
        for (Activity a : plan.wbs()) {
            Task task = a.parentCode() == null ? project.addTask() : byCode.get(a.parentCode()).addTask();
            task.setName(a.code());
            task.setTaskMode(TaskMode.AUTO_SCHEDULED);
            byCode.put(a.code(), task);
        }
        for (Activity a : plan.wbs()) {
            Task task = byCode.get(a.code());
            if (task.hasChildTasks()) {
                continue;
            }
            task.setDuration(Duration.getInstance(a.duration(), TimeUnit.DAYS));
            task.setMilestone(a.milestone());
            task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
            task.setRemainingDuration(Duration.getInstance(a.duration(), TimeUnit.DAYS));
            for (Relation r : a.relations()) {
                task.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(byCode.get(r.predecessor()))
                        .type(MpxjRelationTypes.of(r.type())).lag(Duration.getInstance(r.lag(), TimeUnit.DAYS)));
            }
        }
        return byCode;
    }
}
