package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.link;
import static org.keelson.simulation.testing.PlanFixtures.milestone;
import static org.keelson.simulation.testing.PlanFixtures.plan;
import static org.keelson.simulation.testing.PlanFixtures.task;
import static org.keelson.simulation.testing.PlanFixtures.withProgress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.testing.PlanFixtures;

class CriticalPathSchedulerTest {

    private static ScheduledActivity of(Schedule s, String code) {
        return s.activity(code).orElseThrow();
    }

    @Test
    void startToStartLagStartsSuccessorAfterLagFromPredecessorStart() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("A", 5), task("B", 4, link("A", RelationType.SS, 2)))));
        assertEquals(2, of(s, "B").earlyStart());
        assertEquals(6, of(s, "B").earlyFinish());
        assertEquals(6, s.projectFinish());
    }

    @Test
    void finishToFinishLagPushesSuccessorFinish() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("A", 5), task("B", 2, link("A", RelationType.FF, 3)))));
        assertEquals(8, of(s, "B").earlyFinish());
        assertEquals(6, of(s, "B").earlyStart());
    }

    @Test
    void startToFinishLagConstrainsSuccessorFinishFromPredecessorStart() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("X", 10), task("A", 5, fs("X")),
                task("B", 3, link("A", RelationType.SF, 2)))));
        assertEquals(12, of(s, "B").earlyFinish());
        assertEquals(9, of(s, "B").earlyStart());
    }

    @Test
    void negativeLagsOverlapAndMayLeadThePlanStartLikeMsProject() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("A", 5), task("B", 4, link("A", RelationType.FS, -2)),
                task("C", 2, link("A", RelationType.SS, -3)), task("D", 3, link("A", RelationType.FF, -4)))));
        assertEquals(3, of(s, "B").earlyStart());
        assertEquals(-3, of(s, "C").earlyStart());
        assertEquals(LocalDate.of(2025, 2, 26), of(s, "C").earlyStartDate());
        assertEquals(0, of(s, "D").earlyStart(), "finish-to-finish links never pull work before the plan start");
    }

    @Test
    void backwardPassGivesFloatAndCriticalPath() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("A", 5), task("B", 3, fs("A")), task("C", 1, fs("A")),
                milestone("M", fs("B"), fs("C")))));
        assertEquals(8, s.projectFinish());
        assertEquals(2, of(s, "C").totalFloat(), 1e-12);
        assertEquals(7, of(s, "C").lateStart(), 1e-12);
        assertEquals(List.of("A", "B", "M"), s.criticalPath());
        assertFalse(of(s, "C").critical());
        // 2025-03-03 is a Monday: 8 working days end on Wednesday 2025-03-12, where the milestone sits
        assertEquals(LocalDate.of(2025, 3, 12), of(s, "M").earlyFinishDate());
        assertEquals(LocalDate.of(2025, 3, 12), of(s, "M").earlyStartDate());
        assertEquals(LocalDate.of(2025, 3, 10), of(s, "B").earlyStartDate());
    }

    @Test
    void summaryRollsUpChildren() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("1", 0), task("1.1", 5), task("1.2", 3, fs("1.1")),
                task("2", 4))));
        ScheduledActivity summary = of(s, "1");
        assertTrue(summary.summary());
        assertEquals(0, summary.earlyStart());
        assertEquals(8, summary.earlyFinish());
        assertTrue(summary.critical());
        assertEquals(4, of(s, "2").totalFloat(), 1e-12);
    }

    @Test
    void summaryOfAMilestoneShowsTheMilestonesDayNotTheNextOne() {
        // A ends on Wednesday 2025-03-05; M, driven by A's finish, shows that day at 17:00 (offset 3, Thursday's start)
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("1", 0), task("1.1", 3), task("2", 0),
                milestone("2.1", fs("1.1")), task("2.2", 2, fs("1.1")))));
        LocalDate wednesday = LocalDate.of(2025, 3, 5);
        assertEquals(wednesday, of(s, "2.1").earlyStartDate());
        ScheduledActivity summary = of(s, "2");
        assertEquals(3, summary.earlyStart());
        assertEquals(wednesday, summary.earlyStartDate(), "the summary starts with the milestone it holds");
        assertEquals(LocalDate.of(2025, 3, 7), summary.earlyFinishDate());
    }

    @Test
    void summaryHoldingOnlyAMilestoneNeverStartsAfterItFinishes() {
        Schedule s = CriticalPathScheduler.schedule(plan(List.of(task("1", 3), task("2", 0), milestone("2.1", fs("1")))));
        ScheduledActivity summary = of(s, "2");
        assertEquals(LocalDate.of(2025, 3, 5), summary.earlyStartDate());
        assertEquals(LocalDate.of(2025, 3, 5), summary.earlyFinishDate());
    }

    @Test
    void finishedMilestoneShowsItsActualDateAsStartAndFinish() {
        LocalDate wednesday = LocalDate.of(2025, 3, 5);
        List<Activity> wbs = List.of(withProgress(task("A", 3), 100, PlanFixtures.START, LocalDate.of(2025, 3, 4)),
                withProgress(milestone("M", fs("A")), 100, wednesday, wednesday), task("B", 2, fs("M")));
        Schedule s = CriticalPathScheduler.schedule(PlanFixtures.builder(wbs).statusDate(LocalDate.of(2025, 3, 7)).build());
        ScheduledActivity m = of(s, "M");
        assertEquals(wednesday, m.earlyStartDate());
        assertEquals(wednesday, m.earlyFinishDate(), "a milestone cannot finish the day before it starts");
        assertFalse(m.lateFinishDate().isBefore(m.lateStartDate()));
    }

    @Test
    void springFestivalHolidaysAndMakeUpDaysShiftDates() {
        var calendar = new org.keelson.simulation.calendar.WorkCalendar(null,
                List.of(new org.keelson.simulation.calendar.Holiday("春节", LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))),
                List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8)));
        var cal = new WorkingDayCalendar(calendar, LocalDate.of(2025, 1, 20));
        assertEquals(LocalDate.of(2025, 1, 26), cal.workingDay(5), "Sunday make-up day is worked");
        assertEquals(LocalDate.of(2025, 1, 27), cal.workingDay(6));
        assertEquals(LocalDate.of(2025, 2, 5), cal.workingDay(7), "holiday skipped");
        assertEquals(LocalDate.of(2025, 2, 8), cal.workingDay(10), "Saturday make-up day is worked");
        assertEquals(LocalDate.of(2025, 2, 10), cal.workingDay(11));
        assertEquals(7, cal.workingDaysBefore(LocalDate.of(2025, 2, 1)));
        assertEquals(8, cal.workingDaysThrough(LocalDate.of(2025, 2, 5)));
        Schedule s = CriticalPathScheduler.schedule(PlanFixtures.builder(List.of(task("A", 9))).start(LocalDate.of(2025, 1, 20))
                .calendar(calendar).build());
        assertEquals(LocalDate.of(2025, 2, 6), of(s, "A").earlyFinishDate());
    }

    @Test
    void progressFixesFinishedWorkAndSchedulesRemainderFromStatusDate() {
        LocalDate start = PlanFixtures.START; // Monday 2025-03-03
        var wbs = List.of(
                withProgress(task("A", 5), 100, start, start.plusDays(7)),           // took 6 working days, to Monday
                withProgress(task("B", 10, fs("A")), 40, start.plusDays(7), null),  // started 2025-03-10
                task("C", 2, fs("B")));
        Schedule s = CriticalPathScheduler.schedule(PlanFixtures.builder(wbs).statusDate(LocalDate.of(2025, 3, 14)).build());
        assertEquals(0, of(s, "A").earlyStart());
        assertEquals(6, of(s, "A").earlyFinish());
        assertFalse(of(s, "A").critical());
        assertEquals(5, of(s, "B").earlyStart());
        assertEquals(10 + 6, of(s, "B").earlyFinish(), 1e-9, "status at end of day 10, 60% of 10 days left");
        assertEquals(18, of(s, "C").earlyFinish(), 1e-9);
    }

    @Test
    void notStartedWorkWaitsForStatusDate() {
        Schedule s = CriticalPathScheduler.schedule(PlanFixtures.builder(List.of(task("A", 2)))
                .statusDate(PlanFixtures.START.plusDays(2)).build());
        assertEquals(3, of(s, "A").earlyStart());
    }

    @Test
    void cycleIsReportedWithItsActivities() {
        var e = assertThrows(ScheduleException.class, () -> CriticalPathScheduler.schedule(plan(List.of(
                task("S", 1), task("A", 1, fs("S"), fs("C")), task("B", 1, fs("A")), task("C", 1, fs("B"))))));
        assertEquals("dependency cycle A -> B -> C -> A", e.getMessage());
    }

    @Test
    void invalidStructureGivesSpecificErrors() {
        assertMessage("refers to an unknown activity", List.of(task("A", 1, fs("Z"))));
        assertMessage("refers to a summary activity", List.of(task("1", 0), task("1.1", 1), task("2", 1, fs("1"))));
        assertMessage("links the activity to itself", List.of(task("A", 1, fs("A"))));
        assertMessage("appears twice", List.of(task("A", 1), task("A", 2)));
        assertMessage("has no parent 1", List.of(task("1.1", 1)));
        assertMessage("must be a non-negative", List.of(task("A", -1)));
        assertMessage("milestones take 0 days", List.of(new Activity("M", null, null, null, true, 2, null, null, null, 0,
                null, null, 0, 0, null, null)));
        assertMessage("no statusDate", List.of(withProgress(task("A", 2), 50, PlanFixtures.START, null)));
    }

    private static void assertMessage(String expected, List<Activity> wbs) {
        var e = assertThrows(ScheduleException.class, () -> CriticalPathScheduler.schedule(plan(wbs)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
