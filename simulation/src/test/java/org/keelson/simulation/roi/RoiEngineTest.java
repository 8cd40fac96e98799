package org.keelson.simulation.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.costed;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.montecarlo.SimulationSetupException;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.parallel.RunCancelledException;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.testing.PlanFixtures;

class RoiEngineTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);

    private static Plan plan(Activity work, double discountRate, ThreePointEstimate benefit, int rampUp) {
        return PlanFixtures.builder(List.of(work, milestone("M", fs("A")))).start(NEW_YEAR).milestone("GO", "M")
                .benefits(new BenefitModel(discountRate, 4, "GO", 1.1, List.of(new BenefitLine("B", null, benefit, rampUp))))
                .build();
    }

    private static RoiResult roi(Plan plan, int iterations, int threads) {
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model, SimulationOptions.of(iterations, 11).withThreads(threads), null);
        return RoiEngine.run(model, schedule, 11, threads);
    }

    @Test
    void certainPlanMatchesHandComputedCashFlows() {
        // 10 working days from Wed 2025-01-01 end on Tue 01-14; benefits run from 01-15, 14 of Q1's 90 days in
        Plan p = plan(costed("A", 10, 1000, 0, null), 0, ThreePointEstimate.fixed(300), 0);
        RoiResult r = roi(p, 50, 1);
        double q1 = 300 * (1 - 14 / 90.0);
        double[] flows = {q1 - 1000, 300, 300, 300};
        assertEquals(q1 + 900 - 1000, r.npv().mean(), 1e-9);
        assertEquals((q1 + 900) / 1000, r.roi().mean(), 1e-12);
        assertEquals(CashFlows.annualRate(CashFlows.irr(flows, 4)), r.irr().p50(), 1e-12);
        assertEquals(CashFlows.payback(flows, 4), r.payback().p50(), 1e-12);
        assertEquals(0, r.probabilityNpvNegative());
        assertEquals(1.0, r.probabilityRoiMeetsTarget());
        assertEquals(1000, r.cashFlows().get(0).investment(), 1e-9);
        assertEquals(q1, r.cashFlows().get(0).benefit(), 1e-9);
    }

    @Test
    void discountingAndNoSignChangeAreReported() {
        Plan discounted = plan(costed("A", 10, 1000, 0, null), 0.08, ThreePointEstimate.fixed(300), 0);
        double q1 = 300 * (1 - 14 / 90.0);
        double[] flows = {q1 - 1000, 300, 300, 300};
        assertEquals(CashFlows.npv(flows, 4, CashFlows.quarterlyRate(0.08)), roi(discounted, 10, 1).npv().mean(), 1e-9);
        RoiResult free = roi(plan(costed("A", 10, 0, 0, null), 0.08, ThreePointEstimate.fixed(300), 0), 10, 1);
        assertEquals(null, free.irr());
        assertEquals(1.0, free.irrUndefinedShare());
    }

    @Test
    void cashFlowsAreDiscountedToThePlanStartNotToTheStartOfItsQuarter() {
        // Monday 2025-02-17 is day 47 of Q1's 90; 10 working days end on Friday 02-28, so benefits run from 03-01,
        // 31 of Q1's days. The flow of quarter q falls at its end, q + 1 - 47/90 quarters after the plan start
        LocalDate midQuarter = LocalDate.of(2025, 2, 17);
        Plan p = PlanFixtures.builder(List.of(costed("A", 10, 1000, 0, null), milestone("M", fs("A")))).start(midQuarter)
                .milestone("GO", "M")
                .benefits(new BenefitModel(0.08, 4, "GO", null, List.of(new BenefitLine("B", null, ThreePointEstimate.fixed(300), 0))))
                .build();
        double[] flows = {300 * 31 / 90.0 - 1000, 300, 300, 300};
        double npv = 0;
        for (int q = 0; q < 4; q++) {
            npv += flows[q] / Math.pow(1.08, (q + 1 - 47 / 90.0) / 4);
        }
        assertEquals(npv, roi(p, 10, 1).npv().mean(), 1e-9);
    }

    @Test
    void lateGoLiveDelaysBenefitsAndLowersNpv() {
        Activity uncertainWork = new Activity("A", null, null, null, false, 40,
                new ThreePointEstimate(20, 40, 100, DistributionType.TRIANGULAR), null, null, 0, null, null, 1000, 0, null, null);
        RoiResult r = roi(plan(uncertainWork, 0.08, new ThreePointEstimate(200, 300, 400, DistributionType.PERT), 2), 4000, 2);
        RoiTornadoEntry goLive = r.tornado().stream().filter(e -> e.driver().equals("goLive")).findFirst().orElseThrow();
        assertTrue(goLive.npvWhenHigh() < goLive.npvWhenLow(), goLive.toString());
        RoiTornadoEntry line = r.tornado().stream().filter(e -> e.driver().equals("B")).findFirst().orElseThrow();
        assertTrue(line.npvWhenHigh() > line.npvWhenLow(), line.toString());
        assertEquals(r.npv().mean(), roi(plan(uncertainWork, 0.08, new ThreePointEstimate(200, 300, 400, DistributionType.PERT), 2),
                4000, 1).npv().mean(), 0, "thread count must not change results");
    }

    @Test
    void missingGoLiveMilestoneIsAnError() {
        Plan p = PlanFixtures.builder(List.of(costed("A", 10, 1000, 0, null))).start(NEW_YEAR)
                .benefits(new BenefitModel(0.08, 4, "NOPE", null, List.of())).build();
        SimulationModel model = new SimulationModel(p, false);
        SimulationResult s = MonteCarloEngine.run(model, SimulationOptions.of(10, 1), null);
        var e = assertThrows(SimulationSetupException.class, () -> RoiEngine.run(model, s, 1, 1));
        assertTrue(e.getMessage().contains("goLiveMilestone NOPE"), e.getMessage());
    }

    @Test
    void runsOnTheCallersExecutorAndStopsWhenCancelled() {
        Plan p = plan(costed("A", 10, 1000, 0, null), 0.08, new ThreePointEstimate(200, 300, 500, DistributionType.PERT), 2);
        SimulationModel model = new SimulationModel(p, false);
        SimulationResult schedule = MonteCarloEngine.run(model, SimulationOptions.of(5_000, 3), null);
        AtomicInteger submitted = new AtomicInteger();
        Executor counting = task -> {
            submitted.incrementAndGet();
            ParallelRun.NEW_THREAD_PER_TASK.execute(task);
        };
        RoiResult onExecutor = RoiEngine.run(model, schedule, 3, 2, counting, new Cancellation());
        assertTrue(submitted.get() > 0, "tasks went to the given executor");
        assertEquals(RoiEngine.run(model, schedule, 3, 1).npv().mean(), onExecutor.npv().mean());

        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        int before = submitted.get();
        assertThrows(RunCancelledException.class, () -> RoiEngine.run(model, schedule, 3, 2, counting, cancelled));
        assertEquals(before, submitted.get(), "a cancelled run starts no task");
    }
}
