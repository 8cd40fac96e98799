package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.costed;
import static org.keelson.simulation.testing.PlanFixtures.milestone;
import static org.keelson.simulation.testing.PlanFixtures.task;
import static org.keelson.simulation.testing.PlanFixtures.withProgress;

import java.util.List;

import org.junit.jupiter.api.Test;

class WbsTest {

    /** 1 { 1.1 (10 days, 40%), 1.2 { 1.2.1 (30 days, 80%), 1.2.2 milestone 100% } }, 2 (no children, 0%, 20 days). */
    private final Wbs wbs = new Wbs(List.of(
            task("1", 0),
            withProgress(costed("1.1", 10, 1_000, 100, "HW"), 40, null, null),
            task("1.2", 0),
            withProgress(costed("1.2.1", 30, 0, 50, "SW"), 80, null, null),
            withProgress(milestone("1.2.2"), 100, null, null),
            costed("2", 20, 500, 0, null)));

    @Test
    void anElementIsALeafUnlessAnotherElementNamesItAsParent() {
        assertEquals(List.of("1.1", "1.2.1", "1.2.2", "2"), codes(wbs.leaves()));
        assertFalse(wbs.isLeaf(wbs.all().get(0)));
        assertTrue(wbs.isLeaf(wbs.all().get(5)));
        assertEquals(List.of("1.2.1", "1.2.2"), codes(wbs.leavesUnder("1.2")));
        assertEquals(List.of("2"), codes(wbs.leavesUnder("2")));
        assertEquals(List.of("1.1", "1.2"), codes(wbs.childrenOf("1")));
    }

    @Test
    void aSummaryCostsWhatItsLeavesCost() {
        // 1.1: 1,000 + 100 x 10; 1.2.1: 50 x 30; 2: 500
        assertEquals(2_000 + 1_500, wbs.cost(wbs.all().get(0)), 1e-9);
        assertEquals(1_500, wbs.cost(wbs.all().get(2)), 1e-9);
        assertEquals(500, Wbs.leafCost(wbs.all().get(5)), 1e-9);
    }

    @Test
    void percentCompleteWeighsLeavesByDurationAndMilestonesNotAtAll() {
        // (10 x 40 + 30 x 80 + 20 x 0) / 60
        assertEquals(2_800.0 / 60, wbs.percentComplete(), 1e-9);
        assertEquals(80, wbs.percentCompleteOf("1.2"), 1e-9);
        assertEquals((10 * 40 + 30 * 80) / 40.0, wbs.percentCompleteOf("1"), 1e-9);
    }

    @Test
    void withoutDurationsPercentCompleteIsThePlainMeanOfTheLeaves() {
        Wbs milestones = new Wbs(List.of(withProgress(milestone("1"), 100, null, null), milestone("2")));
        assertEquals(50, milestones.percentComplete(), 1e-9);
        assertEquals(0, new Wbs(List.of()).percentComplete(), 1e-9);
    }

    private static List<String> codes(List<Activity> activities) {
        return activities.stream().map(Activity::code).toList();
    }
}
