package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.simulation.schedule.Activity;
import org.primefaces.model.TreeNode;

class WbsTreeTest {

    @Test
    void nestsByCodeAndRollsUpSummaries() {
        TreeNode<WbsTree.Row> root = WbsTree.of(PlanFixtures.fullPlan("KP-001").wbs(), 4);

        assertEquals(1, root.getChildCount());
        TreeNode<WbsTree.Row> summary = root.getChildren().get(0);
        WbsTree.Row row = summary.getData();
        assertEquals(WbsTree.SUMMARY, summary.getType());
        assertTrue(summary.isExpanded());
        assertEquals(List.of("1.1", "1.2", "1.3"), summary.getChildren().stream().map(n -> n.getData().code()).toList());
        assertEquals(LocalDate.of(2025, 1, 6), row.start());
        assertEquals(LocalDate.of(2025, 9, 30), row.finish());
        assertNull(row.duration());
        assertEquals((20 * 100 + 40 * 55.5) / 60, row.percentComplete(), 1e-9);
        assertEquals(WbsTree.MILESTONE, summary.getChildren().get(2).getType());
        assertEquals(40.0, summary.getChildren().get(1).getData().duration());
    }

    @Test
    void opensDownToTheChosenLevelOnly() {
        List<Activity> wbs = PlanFixtures.fullPlan("KP-001").wbs();

        TreeNode<WbsTree.Row> closed = WbsTree.of(wbs, 1).getChildren().get(0);
        TreeNode<WbsTree.Row> open = WbsTree.of(wbs, 2).getChildren().get(0);

        assertFalse(closed.isExpanded(), "level 1 shows the top element folded");
        assertTrue(open.isExpanded(), "level 2 shows the top element's children");
        assertTrue(open.getChildren().stream().noneMatch(TreeNode::isExpanded), "but not theirs");
    }

    @Test
    void orphanHangsFromTheRoot() {
        List<Activity> wbs = new ArrayList<>(PlanFixtures.fullPlan("KP-001").wbs());
        wbs.add(new Activity("7.1", null, null, null, false, 3, null, null, null, 0, null, null, 0, 0, null, null));

        assertEquals(List.of("1", "7.1"), WbsTree.of(wbs, 4).getChildren().stream().map(n -> n.getData().code()).toList());
    }

    /**
     * 50,000 elements (1,000 summaries of 49 leaves each) build in one pass: a roll-up that scanned the whole
     * WBS per summary would do some 100 million comparisons here. The timeout only catches that; speed itself is
     * not asserted.
     */
    @Test
    void aFiftyThousandElementWbsBuildsInLinearTime() {
        List<Activity> wbs = new ArrayList<>();
        for (int s = 1; s <= 1_000; s++) {
            wbs.add(new Activity(String.valueOf(s), null, null, null, false, 0, null, null, null, 0, null, null, 0, 0,
                    null, null));
            for (int t = 1; t <= 49; t++) {
                LocalDate start = LocalDate.of(2026, 1, 1).plusDays(t);
                wbs.add(new Activity(s + "." + t, null, null, null, false, t, null, start, start.plusDays(t),
                        t % 2 == 0 ? 100 : 0, null, null, 0, 0, null, null));
            }
        }

        TreeNode<WbsTree.Row> root = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WbsTree.of(wbs, 2));

        assertEquals(1_000, root.getChildCount());
        WbsTree.Row last = root.getChildren().get(999).getData();
        assertEquals(LocalDate.of(2026, 1, 2), last.start());
        assertEquals(LocalDate.of(2026, 1, 1).plusDays(98), last.finish());
        double evenDurations = IntStream.rangeClosed(1, 49).filter(t -> t % 2 == 0).sum();
        assertEquals(100 * evenDurations / IntStream.rangeClosed(1, 49).sum(), last.percentComplete(), 1e-9);
        assertEquals(49, root.getChildren().get(999).getChildCount());
    }
}
