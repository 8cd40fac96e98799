package org.keelson.simulation.plan.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.link;
import static org.keelson.simulation.testing.PlanFixtures.task;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.testing.PlanFixtures;

class WbsEditsTest {

    /** 1 { 1.1, 1.2 -> 1.1, 1.3 -> 1.2 SS+2 }, 2 { 2.1 -> 1.3 }, milestone M1 on 2.1, a risk on 1.2 and 2.1. */
    private static Plan sample() {
        Risk risk = new Risk("R1", null, null, null, 3, 3, null, null, null, null, null, null, null, null, null, null,
                List.of("1.2", "2.1"));
        return PlanFixtures.builder(List.of(task("1", 0), task("1.1", 3), task("1.2", 4, fs("1.1")),
                task("1.3", 2, link("1.2", RelationType.SS, 2)), task("2", 0), task("2.1", 5, fs("1.3"))))
                .milestone("M1", "2.1").risk(risk).correlation("1.1", "2.1", 0.5).build();
    }

    private static List<String> codes(Plan plan) {
        return plan.wbs().stream().map(Activity::code).toList();
    }

    private static Activity element(Plan plan, String code) {
        return plan.wbs().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void movingDownSwapsTheSubtreesAndEveryReferenceFollows() {
        WbsEdits.Result result = WbsEdits.moveDown(sample(), "1");

        assertEquals(List.of("1", "1.1", "2", "2.1", "2.2", "2.3"), codes(result.plan()));
        assertEquals(Map.of("1", "2", "1.1", "2.1", "1.2", "2.2",
                "1.3", "2.3", "2", "1", "2.1", "1.1"), result.renamed());
        // the former 2.1 (now 1.1) still follows the former 1.3 (now 2.3)
        assertEquals(List.of(new Relation("2.3", RelationType.FS, 0)), element(result.plan(), "1.1").relations());
        assertEquals(List.of(new Relation("2.2", RelationType.SS, 2)), element(result.plan(), "2.3").relations());
        assertEquals("1.1", result.plan().milestones().get(0).activity());
        assertEquals(List.of("2.2", "1.1"), result.plan().risks().get(0).activities());
        assertEquals("2.1", result.plan().correlations().get(0).first());
    }

    @Test
    void indentPutsTheElementUnderTheOneAboveAndOutdentBringsItBackAfterItsParent() {
        Plan indented = WbsEdits.indent(sample(), "1.3").plan();
        assertEquals(List.of("1", "1.1", "1.2", "1.2.1", "2", "2.1"), codes(indented));
        assertEquals(List.of(new Relation("1.2.1", RelationType.FS, 0)), element(indented, "2.1").relations());
        // 1.2 became a summary with links: the format's checker says so, the edit does not hide it
        assertTrue(new PlanJson().validate(indented).stream().anyMatch(e -> e.path().startsWith("wbs[2]")));

        Plan outdented = WbsEdits.outdent(indented, "1.2.1").plan();
        assertEquals(sample(), outdented);
    }

    @Test
    void deletingTakesTheSubtreeAndWhatPointsAtItAndSaysSoFirst() {
        DeletionImpact impact = WbsEdits.deletionImpact(sample(), "1");
        assertEquals(List.of("1", "1.1", "1.2", "1.3"), impact.elements());
        assertEquals(1, impact.links());
        assertEquals(List.of("R1"), impact.risks());

        WbsEdits.Result result = WbsEdits.delete(sample(), "1");
        assertEquals(List.of("1", "1.1"), codes(result.plan()));
        assertEquals(Set.of("1", "1.1", "1.2", "1.3"), result.removed());
        assertEquals(List.of(), element(result.plan(), "1.1").relations());
        assertEquals(List.of("1.1"), result.plan().risks().get(0).activities());
        assertEquals(List.of(), result.plan().correlations());
        assertEquals("1.1", result.plan().milestones().get(0).activity());
    }

    @Test
    void insertedAndAddedElementsGetTheirOutlineNumber() {
        Plan inserted = WbsEdits.insertAfter(sample(), "1.1", task(null, 1)).plan();
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "2", "2.1"), codes(inserted));
        assertEquals(List.of(new Relation("1.1", RelationType.FS, 0)), element(inserted, "1.3").relations());

        Plan added = WbsEdits.addChild(sample(), "2", task(null, 1)).plan();
        assertEquals(List.of("2", "2.1", "2.2"), codes(added).subList(4, 7));
    }

    @Test
    void editsWithoutMeaningAreRefusedNamingTheElement() {
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.moveUp(sample(), "1")).getMessage().contains("already the first"));
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.indent(sample(), "1.1")).getMessage().contains("nothing above"));
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.outdent(sample(), "2")).getMessage().contains("level 1"));
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.delete(sample(), "9")).getMessage().contains("no WBS element"));
        Plan deep = PlanFixtures.plan(List.of(task("1", 0), task("1.1", 0), task("1.1.1", 0), task("1.1.1.1", 1),
                task("1.1.1.2", 1)));
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.indent(deep, "1.1.1.2")).getMessage().contains("below level 4"));
        assertTrue(assertThrows(WbsEditException.class, () -> WbsEdits.addChild(deep, "1.1.1.1", task(null, 1))).getMessage().contains("cannot have children"));
    }

    @Test
    void rescheduledPlansCarryTheirCpmDatesAndMilestoneForecasts() {
        Plan plan = Rescheduling.withCurrentDates(sample());
        Activity last = element(plan, "2.1");
        // 1.1 3 days, 1.2 4 days after it, 1.3 2 days starting 2 days after 1.2 starts, 2.1 5 days after 1.3
        // 1.1 Mar 3-5, 1.2 Mar 6-11, 1.3 starts 2 days after 1.2 (Mar 10-11), 2.1 follows it: Wed Mar 12
        assertEquals(PlanFixtures.START.plusDays(9), last.plannedStart());
        assertEquals(last.plannedFinish(), plan.milestones().get(0).forecast());
        assertEquals(plan, Rescheduling.withCurrentDates(plan), "rescheduling a rescheduled plan changes nothing");
    }
}
