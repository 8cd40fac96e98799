package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.milestone;
import static org.keelson.simulation.testing.PlanFixtures.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.plan.edit.Rescheduling;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.testing.PlanFixtures;

class GanttRowsTest {

    /**
     * From Monday 3 March 2025: 1 { 1.1 (5 d) then 1.2 (10 d) }, 2 { 2.1 (3 d after 1.1), 2.2 milestone after 1.2
     * and 2.1 }. The longest path 1.1 → 1.2 → 2.2 is critical; 2.1 has 7 days of float.
     */
    private static Plan plan() {
        return Rescheduling.withCurrentDates(PlanFixtures.plan(List.of(task("1", 0), task("1.1", 5),
                task("1.2", 10, fs("1.1")), task("2", 0), task("2.1", 3, fs("1.1")),
                milestone("2.2", fs("1.2"), fs("2.1")))));
    }

    private static GanttRows rowsOf(Plan plan) {
        return GanttRows.of(plan, CriticalPathScheduler.schedule(plan));
    }

    private static GanttRows.Row row(GanttRows rows, String code) {
        return rows.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void leavesShowTheirCurrentDatesAndSummariesSpanTheirLeaves() {
        GanttRows rows = rowsOf(plan());

        assertEquals(List.of("1", "1.1", "1.2", "2", "2.1", "2.2"), rows.rows().stream().map(GanttRows.Row::code)
                .toList());
        assertEquals(LocalDate.of(2025, 3, 3), row(rows, "1.1").start());
        assertEquals(LocalDate.of(2025, 3, 7), row(rows, "1.1").finish());
        assertEquals(LocalDate.of(2025, 3, 10), row(rows, "1.2").start());
        assertEquals(LocalDate.of(2025, 3, 21), row(rows, "1.2").finish());
        assertEquals(LocalDate.of(2025, 3, 3), row(rows, "1").start());
        assertEquals(LocalDate.of(2025, 3, 21), row(rows, "1").finish());
        assertEquals(LocalDate.of(2025, 3, 10), row(rows, "2").start());
        assertEquals(row(rows, "2.2").finish(), row(rows, "2").finish());
        assertTrue(row(rows, "1").summary());
        assertEquals(2, row(rows, "1.2").level());
    }

    @Test
    void zeroFloatMarksTheCriticalPathAndItsSummaries() {
        GanttRows rows = rowsOf(plan());

        assertTrue(row(rows, "1.1").critical());
        assertTrue(row(rows, "1.2").critical());
        assertTrue(row(rows, "2.2").critical());
        assertFalse(row(rows, "2.1").critical());
        assertTrue(row(rows, "1").critical());
        assertTrue(row(rows, "2").critical());
    }

    @Test
    void onlyLeafMilestonesAreDiamonds() {
        GanttRows rows = rowsOf(plan());

        assertTrue(row(rows, "2.2").milestone());
        assertEquals(row(rows, "2.2").start(), row(rows, "2.2").finish());
        assertFalse(row(rows, "2").milestone());
        assertFalse(row(rows, "1.2").milestone());
    }

    @Test
    void baselineBarsComeFromTheLatestBaseline() {
        Plan captured = new PlanBuilder(plan()).baselines(List.of(
                new Baseline("old", LocalDate.of(2025, 1, 1), List.of(new BaselineEntry("1.2", LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 1, 17), 0))),
                Baselines.capture(plan(), "approved", LocalDate.of(2025, 2, 28)))).build();
        Plan slipped = Rescheduling.withCurrentDates(new PlanBuilder(captured).wbs(captured.wbs().stream()
                .map(a -> a.code().equals("1.2") ? lengthened(a, 12) : a).toList()).build());

        GanttRows rows = rowsOf(slipped);

        assertEquals(LocalDate.of(2025, 3, 10), row(rows, "1.2").baselineStart());
        assertEquals(LocalDate.of(2025, 3, 21), row(rows, "1.2").baselineFinish());
        assertEquals(LocalDate.of(2025, 3, 25), row(rows, "1.2").finish());
        assertEquals(LocalDate.of(2025, 3, 21), row(rows, "1").baselineFinish());
    }

    @Test
    void withoutBaselineTheBaselineDatesAreEmpty() {
        assertNull(row(rowsOf(plan()), "1.1").baselineStart());
    }

    @Test
    void linksJoinPredecessorToSuccessor() {
        assertEquals(List.of(new GanttRows.Link("1.1", "1.2", RelationType.FS),
                new GanttRows.Link("1.1", "2.1", RelationType.FS), new GanttRows.Link("1.2", "2.2", RelationType.FS),
                new GanttRows.Link("2.1", "2.2", RelationType.FS)), rowsOf(plan()).links());
    }

    @Test
    void collapsingToLevelOneLiftsLinksToTheVisibleSummaries() {
        GanttRows level1 = rowsOf(plan()).upToLevel(1);

        assertEquals(List.of("1", "2"), level1.rows().stream().map(GanttRows.Row::code).toList());
        assertEquals(List.of(new GanttRows.Link("1", "2", RelationType.FS)), level1.links());
    }

    @Test
    void collapsingBelowTheDeepestLevelKeepsEverything() {
        GanttRows all = rowsOf(plan());

        assertEquals(all.rows(), all.upToLevel(4).rows());
        assertEquals(all.links(), all.upToLevel(4).links());
    }

    @Test
    void levelZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rowsOf(plan()).upToLevel(0));
    }

    @Test
    void theSpanCoversCurrentAndBaselineDates() {
        Plan baselined = new PlanBuilder(plan()).baselines(List.of(new Baseline("early", null, List.of(
                new BaselineEntry("1.1", LocalDate.of(2025, 2, 24), LocalDate.of(2025, 2, 28), 0))))).build();

        LocalDate[] span = rowsOf(baselined).span();

        assertEquals(LocalDate.of(2025, 2, 24), span[0]);
        assertEquals(row(rowsOf(plan()), "2.2").finish(), span[1]);
    }

    private static Activity lengthened(Activity a, double duration) {
        return new Activity(a.code(), a.name(), a.owner(), a.phase(), a.milestone(), duration, a.estimate(),
                a.plannedStart(), a.plannedFinish(), a.percentComplete(), a.actualStart(), a.actualFinish(),
                a.fixedCost(), a.costPerDay(), a.budgetCategory(), a.relations());
    }
}
