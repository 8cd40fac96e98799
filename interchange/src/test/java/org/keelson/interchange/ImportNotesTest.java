package org.keelson.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * What a plan cannot carry is reported, task by task, in both languages: an MS Project file (written by MPXJ) with
 * a resource, constraints, elapsed and percentage lags, a link from a summary, an inactive and a manual task, five
 * WBS levels, a second calendar, progress without a status date, a holiday and a make-up working Saturday.
 */
class ImportNotesTest {

    private static ImportResult result;
    private static Map<String, Task> source;

    @BeforeAll
    static void importTheFile() throws Exception {
        ProjectFile project = new ProjectFile();
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        project.setDefaultCalendar(calendar);
        calendar.addCalendarException(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)).setName("国庆节");
        ProjectCalendarException makeUp = calendar.addCalendarException(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10));
        makeUp.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
        makeUp.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
        ProjectCalendar nights = project.addDefaultBaseCalendar();
        nights.setName("Nights");
        project.getProjectProperties().setStartDate(LocalDateTime.of(2026, 9, 28, 8, 0));

        Task phase = task(project.addTask(), "需求阶段", 0);
        Task analysis = task(phase.addTask(), "需求分析", 4);
        analysis.setActualStart(LocalDateTime.of(2026, 9, 28, 8, 0));
        analysis.setPercentageComplete(50);
        Task design = task(phase.addTask(), "设计", 3);
        design.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(analysis)
                .lag(Duration.getInstance(7, TimeUnit.ELAPSED_DAYS)));
        Task build = task(phase.addTask(), "开发", 5);
        build.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(analysis).type(org.mpxj.RelationType.START_START)
                .lag(Duration.getInstance(50, TimeUnit.PERCENT)));
        build.setConstraintType(ConstraintType.MUST_START_ON);
        build.setConstraintDate(LocalDateTime.of(2026, 10, 12, 8, 0));
        build.setCalendar(nights);
        build.setDeadline(LocalDateTime.of(2026, 10, 30, 17, 0));
        Task inactive = task(phase.addTask(), "取消的任务", 2);
        inactive.setActive(false);
        Task manual = task(project.addTask(), "手动任务", 1);
        manual.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        manual.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(phase));
        Task deep = project.addTask();
        deep.setName("L1");
        Task level2 = deep.addTask();
        level2.setName("L2");
        Task level3 = level2.addTask();
        level3.setName("L3");
        Task level4 = level3.addTask();
        level4.setName("L4");
        task(level4.addTask(), "L5 a", 1);
        task(level4.addTask(), "L5 b", 2);
        Resource engineer = project.addResource();
        engineer.setName("工程师");
        analysis.addResourceAssignment(engineer);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);
        result = new ProjectImport(1_000_000).read(out.toByteArray(), ImportFormat.MSPDI, "NOTES");
        source = project.getTasks().stream().filter(t -> t.getName() != null)
                .collect(Collectors.toMap(Task::getName, t -> t));
    }

    private static Task task(Task task, String name, double days) {
        task.setName(name);
        task.setTaskMode(TaskMode.AUTO_SCHEDULED);
        if (days > 0) {
            task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        }
        return task;
    }

    @Test
    void eachLossIsNotedOnItsTask() {
        assertNote(null, "note.resources");
        assertNote(null, "note.calendars");
        assertNote(null, "note.progress.statusAssumed");
        assertNote("设计", "note.lag.elapsed");
        assertNote("开发", "note.lag.percent");
        assertNote("开发", "note.constraint");
        assertNote("开发", "note.calendar.task");
        assertNote("开发", "note.deadline");
        assertNote("取消的任务", "note.inactive");
        assertNote("手动任务", "note.manual");
        assertNote("手动任务", "note.relation.summary");
        assertNote("L4", "note.level");
        assertEquals(1, result.notes().stream().filter(n -> n.key().equals("note.inactive")).count(), result.notes().toString());
        assertEquals(1, result.notes().stream().filter(n -> n.key().equals("note.level")).count(), result.notes().toString());
    }

    @Test
    void notesReadInChineseAndEnglish() {
        ImportNote constraint = result.notes().stream().filter(n -> n.key().equals("note.constraint")).findFirst().orElseThrow();
        String chinese = constraint.message(Locale.SIMPLIFIED_CHINESE);
        String english = constraint.message(Locale.ENGLISH);
        assertTrue(chinese.contains("开发") && chinese.contains("限制条件") && chinese.contains("2026-10-12"), chinese);
        assertTrue(english.contains("开发") && english.contains("constraint") && english.contains("2026-10-12"), english);
    }

    @Test
    void lagsBecomeWorkingDays() {
        // seven calendar days are five working days of a five-day week; half of a four-day predecessor is two days
        assertEquals(List.of(new Relation(code("需求分析"), RelationType.FS, 5)), activity("设计").relations());
        assertEquals(List.of(new Relation(code("需求分析"), RelationType.SS, 2)), activity("开发").relations());
        assertTrue(activity("手动任务").relations().isEmpty());
    }

    @Test
    void hierarchyKeepsFourLevels() {
        Plan plan = result.plan();
        assertTrue(plan.wbs().stream().allMatch(a -> a.level() <= 4));
        assertEquals(code("L3"), Activity.parentCodeOf(code("L5 a")));
        assertEquals(code("L3"), Activity.parentCodeOf(code("L5 b")));
        assertFalse(result.sourceTaskIds().containsValue(String.valueOf(source.get("L4").getID())));
        assertFalse(result.sourceTaskIds().containsValue(String.valueOf(source.get("取消的任务").getID())));
    }

    @Test
    void calendarAndProgress() {
        Plan plan = result.plan();
        assertEquals(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), plan.calendar().weekendDays());
        assertEquals(List.of(new Holiday("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))), plan.calendar().holidays());
        assertEquals(List.of(LocalDate.of(2026, 10, 10)), plan.calendar().workingDays());
        assertEquals("zh-CN", plan.locale());
        assertEquals(LocalDate.of(2026, 9, 28), plan.statusDate());
        assertEquals(LocalDate.of(2026, 9, 28), activity("需求分析").actualStart());
        assertNull(activity("设计").actualStart());
    }

    private static void assertNote(String taskName, String key) {
        assertTrue(result.notes().stream().anyMatch(n -> n.key().equals(key) && java.util.Objects.equals(n.taskName(), taskName)),
                key + " on " + taskName + " in " + result.notes());
    }

    private static String code(String taskName) {
        String id = String.valueOf(source.get(taskName).getID());
        return result.sourceTaskIds().entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static Activity activity(String taskName) {
        String code = code(taskName);
        return result.plan().wbs().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
