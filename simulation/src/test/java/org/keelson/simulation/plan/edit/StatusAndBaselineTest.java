package org.keelson.simulation.plan.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keelson.simulation.testing.PlanFixtures.costed;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineVariance;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.testing.PlanFixtures;

class StatusAndBaselineTest {
    /** Monday 2025-03-03: 1 { 1.1 (5 d, 1,000/d), 1.2 (10 d, fixed 20,000) after 1.1 }. */
    private static Plan plan() {
        return Rescheduling.withCurrentDates(PlanFixtures.builder(List.of(task("1", 0),
                costed("1.1", 5, 0, 1000, null), costed("1.2", 10, 20000, 0, null, fs("1.1")))).statusDate(LocalDate.of(2025, 3, 3))
                .build());
    }

    private static Activity element(Plan plan, String code) {
        return plan.wbs().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRemainingDurationKeepsTheWorkDoneAndReestimatesTheRest() {
        StatusUpdate update = new StatusUpdate(LocalDate.of(2025, 3, 5), List.of(
                new StatusUpdate.Progress("1.1", 40.0, LocalDate.of(2025, 3, 3), null, 6.0)), List.of());

        Activity progressed = element(update.applyTo(plan()), "1.1");

        // 40 % of 5 days is 2 days done; 2 done + 6 remaining = 8 days, of which 2 are 25 %
        assertEquals(8, progressed.duration(), 1e-9);
        assertEquals(25, progressed.percentComplete(), 1e-9);
        assertEquals(LocalDate.of(2025, 3, 3), progressed.actualStart());
    }

    @Test
    void aFinishDateCompletesTheActivityAndTheStatusDateMovesOnlyForward() {
        Plan done = new StatusUpdate(LocalDate.of(2025, 3, 10), List.of(new StatusUpdate.Progress("1.1", null,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7), null)), List.of()).applyTo(plan());
        assertEquals(100, element(done, "1.1").percentComplete(), 1e-9);
        assertEquals(LocalDate.of(2025, 3, 10), done.statusDate());

        PlanValidationException back = assertThrows(PlanValidationException.class,
                () -> new StatusUpdate(LocalDate.of(2025, 3, 1), List.of(), List.of()).applyTo(done));
        assertEquals("statusDate", back.errors().get(0).path());
        PlanValidationException summary = assertThrows(PlanValidationException.class, () -> new StatusUpdate(null,
                List.of(new StatusUpdate.Progress("1", 50.0, null, null, null)), List.of()).applyTo(done));
        assertEquals("progress[0].code", summary.errors().get(0).path());
    }

    @Test
    void theVarianceAgainstACapturedBaselineCountsWorkingDaysAndCost() {
        Plan plan = plan();
        Baseline baseline = Baselines.capture(plan, "BL1", LocalDate.of(2025, 3, 3));
        assertEquals(5000 + 20000, baseline.entries().get(0).cost(), 1e-9, "the summary rolls its leaves up");

        // 1.1 takes 3 days more: it and 1.2 finish three working days later, 1.1 costs 3,000 more
        Plan later = Rescheduling.withCurrentDates(new PlanBuilder(plan).wbs(plan.wbs().stream()
                .map(a -> a.code().equals("1.1") ? costed("1.1", 8, 0, 1000, null) : a).toList()).build());
        List<BaselineVariance.Row> rows = BaselineVariance.of(later, baseline);

        BaselineVariance.Row first = rows.get(1);
        assertEquals(0, first.startVariance());
        assertEquals(3, first.finishVariance());
        assertEquals(3, first.durationVariance());
        assertEquals(5, first.baselineDuration());
        assertEquals(3000, first.costVariance(), 1e-9);
        BaselineVariance.Row second = rows.get(2);
        assertEquals(3, second.startVariance());
        assertEquals(0, second.durationVariance());
        assertEquals(3, rows.get(0).finishVariance(), "the summary's roll-up");
        assertEquals(3000, rows.get(0).costVariance(), 1e-9);
        assertNull(BaselineVariance.of(later, new Baseline("empty", null, List.of())).get(1).finishVariance());
    }

    @Test
    void comparisonsUseTheChosenBaselineOrElseTheLatestCaptured() {
        Plan plan = plan();
        Baseline approved = Baselines.capture(plan, "BL0", LocalDate.of(2025, 1, 3));
        Baseline replanned = Baselines.capture(plan, "BL1", LocalDate.of(2025, 3, 3));
        Plan both = new PlanBuilder(plan).baselines(List.of(approved, replanned)).build();
        assertEquals("BL1", Baselines.compared(both).orElseThrow().name(), "none chosen: the latest");

        Plan chosen = new PlanBuilder(plan).baselines(List.of(approved.comparedAs(true), replanned)).build();
        assertEquals("BL0", Baselines.compared(chosen).orElseThrow().name());
        assertEquals(approved.entries().get(0), Baselines.comparedEntries(chosen).get("1"));
    }
}
