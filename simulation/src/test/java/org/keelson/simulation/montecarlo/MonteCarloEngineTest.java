package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.simulation.testing.PlanFixtures.costed;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.milestone;
import static org.keelson.simulation.testing.PlanFixtures.plan;
import static org.keelson.simulation.testing.PlanFixtures.task;
import static org.keelson.simulation.testing.PlanFixtures.uncertain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.InvalidEstimateException;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.testing.PlanFixtures;

class MonteCarloEngineTest {

    private static final int N = 20_000;

    private static ThreePointEstimate est(double min, double ml, double max, DistributionType type) {
        return new ThreePointEstimate(min, ml, max, type);
    }

    static Risk risk(String code, double probability, ThreePointEstimate schedule, ThreePointEstimate cost, String... activities) {
        return new Risk(code, null, null, null, 3, 3, null, null, RiskStatus.OPEN, null, null, null, null, null,
                new RiskQuantification(probability, schedule, cost), null, List.of(activities));
    }

    private static SimulationResult simulate(Plan plan, int iterations) {
        return MonteCarloEngine.run(plan, SimulationOptions.of(iterations, 42).withThreads(2));
    }

    @Test
    void finishOfParallelUniformsIsTheirMaximum() {
        ThreePointEstimate u = est(10, 15, 20, DistributionType.UNIFORM);
        SimulationResult r = simulate(plan(List.of(uncertain("A", u), uncertain("B", u), uncertain("C", u))), N);
        // max of 3 U(10, 20): mean 10 + 10 * 3/4, variance 100 * 3 / (16 * 5), median 10 + 10 * 0.5^(1/3)
        var finish = r.finish().offsets();
        double se = Math.sqrt(3.75 / N);
        assertEquals(17.5, finish.mean(), 4 * se);
        assertEquals(Math.sqrt(3.75), finish.standardDeviation(), 0.05);
        assertEquals(10 + 10 * Math.cbrt(0.5), finish.p50(), 0.06);
        assertEquals(se, finish.standardErrorOfMean(), se * 0.05);
        for (ActivityStatistics a : r.activities()) {
            assertEquals(1 / 3.0, a.criticality(), 0.015, a.code());
        }
    }

    @Test
    void chainOfTriangularPertUniformAndLognormalAddsMeansAndVariances() {
        Plan p = plan(List.of(
                uncertain("A", est(2, 5, 14, DistributionType.TRIANGULAR)),
                uncertain("B", est(3, 6, 15, DistributionType.PERT), fs("A")),
                uncertain("C", est(1, 2, 3, DistributionType.UNIFORM), fs("B")),
                uncertain("D", est(1, 2, 5, DistributionType.LOGNORMAL), fs("C"))));
        // triangular: mean 7, var 117/18; PERT alpha 2 beta 4: mean 7, var 144*8/(36*7); uniform: 2, 1/3;
        // lognormal matched to PERT mean (1+8+5)/6 and sd 4/6
        double mean = 7 + 7 + 2 + 14 / 6.0;
        double variance = 117 / 18.0 + 144 * 8 / (36.0 * 7) + 1 / 3.0 + 16 / 36.0;
        SimulationResult r = simulate(p, N);
        var finish = r.finish().offsets();
        assertEquals(mean, finish.mean(), 4 * Math.sqrt(variance / N));
        assertEquals(variance, finish.standardDeviation() * finish.standardDeviation(), 4 * variance * Math.sqrt(2.0 / N));
        assertEquals(mean, MonteCarloEngine.run(p, SimulationOptions.of(N, 7).withLatinHypercube(true)).finish().offsets().mean(),
                4 * Math.sqrt(variance / N));
    }

    @Test
    void bernoulliRiskRaisesMeanDurationAndCostByProbabilityTimesImpact() {
        Plan p = PlanFixtures.builder(List.of(costed("A", 10, 0, 100, null)))
                .risk(risk("R1", 0.3, ThreePointEstimate.fixed(1.5), ThreePointEstimate.fixed(1000), "A")).build();
        SimulationResult r = simulate(p, N);
        double sd = 5 * Math.sqrt(0.3 * 0.7);
        assertEquals(11.5, r.finish().offsets().mean(), 4 * sd / Math.sqrt(N));
        // cost: 100/day over 10 or 15 days plus 1000 when the risk hits
        assertEquals(1000 + 0.3 * (500 + 1000), r.cost().mean(), 4 * 1500 * Math.sqrt(0.21 / N));
        RiskTornadoEntry entry = r.riskTornado().get(0);
        assertEquals("R1", entry.risk());
        assertEquals(5, entry.p80FinishImpact(), 1e-9, "P80 is 15 days with the risk, 10 without");
        assertEquals(1500, entry.p80CostImpact(), 1e-9);
    }

    @Test
    void postMitigationUsesResidualQuantification() {
        Risk r = new Risk("R1", null, null, null, 3, 3, null, null, RiskStatus.MITIGATING, null, null, null, null, null,
                new RiskQuantification(0.5, ThreePointEstimate.fixed(2), null),
                new RiskQuantification(0.1, ThreePointEstimate.fixed(2), null), List.of("A"));
        Plan p = PlanFixtures.builder(List.of(task("A", 10))).risk(r).build();
        double pre = MonteCarloEngine.run(p, SimulationOptions.of(N, 1)).finish().offsets().mean();
        double post = MonteCarloEngine.run(p, SimulationOptions.of(N, 1).withPostMitigation(true)).finish().offsets().mean();
        assertEquals(15, pre, 0.15);
        assertEquals(11, post, 0.1);
    }

    @Test
    void oneRiskOnSeveralActivitiesCorrelatesThem() {
        ThreePointEstimate u = est(10, 15, 20, DistributionType.UNIFORM);
        Plan p = PlanFixtures.builder(List.of(uncertain("A", u), uncertain("B", u)))
                .risk(risk("R", 0.5, ThreePointEstimate.fixed(2), null, "A", "B")).build();
        SimulationResult r = simulate(p, N);
        // a shared hit doubles both together: the finish follows max(A, B) times the same multiplier
        double meanMax = 10 + 10 * 2 / 3.0;
        assertEquals(meanMax * 1.5, r.finish().offsets().mean(), 0.15);
    }

    @Test
    void sensitivityIsRankCorrelationWithFinish() {
        Plan p = plan(List.of(uncertain("A", est(0, 5, 10, DistributionType.UNIFORM)),
                uncertain("B", est(0, 5, 10, DistributionType.UNIFORM), fs("A")),
                uncertain("C", est(0, 1, 2, DistributionType.UNIFORM), fs("B")),
                task("D", 3)));
        SimulationResult r = simulate(p, N);
        // reference: Spearman of A with max(A + B + C, 3) by direct sampling
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] a = new double[100_000];
        double[] f = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            a[j] = 10 * random.nextDouble();
            f[j] = Math.max(3, a[j] + 10 * random.nextDouble() + 2 * random.nextDouble());
        }
        double expected = org.keelson.simulation.statistics.Samples.spearman(a, f);
        var byCode = new java.util.HashMap<String, ActivityStatistics>();
        r.activities().forEach(s -> byCode.put(s.code(), s));
        assertEquals(expected, byCode.get("A").sensitivity(), 0.015);
        assertEquals(expected, byCode.get("B").sensitivity(), 0.015);
        assertTrue(byCode.get("C").sensitivity() < 0.25);
        assertEquals(0, byCode.get("D").sensitivity());
        assertEquals(4.5 / 200, byCode.get("D").criticality(), 0.005, "D leads only when A + B + C < 3");
        assertEquals(1 - byCode.get("D").criticality(), byCode.get("A").criticality(), 1e-12);
        assertEquals(byCode.get("A").criticality() * byCode.get("A").sensitivity(), byCode.get("A").cruciality(), 1e-12);
    }

    @Test
    void rankCorrelationWidensTheSpreadOfASum() {
        ThreePointEstimate u = est(10, 15, 20, DistributionType.UNIFORM);
        Plan p = PlanFixtures.builder(List.of(uncertain("A", u), uncertain("B", u, fs("A")))).correlation("A", "B", 0.8).build();
        SimulationResult r = simulate(p, N);
        double var = r.finish().offsets().standardDeviation() * r.finish().offsets().standardDeviation();
        // uniform marginals: Pearson = rank correlation, so var(A + B) = 2 * 100/12 * (1 + 0.8)
        assertEquals(2 * 100 / 12.0 * 1.8, var, 1.0);
        assertEquals(30, r.finish().offsets().mean(), 0.1);
    }

    @Test
    void resultsAreIdenticalForAnyThreadCount() {
        List<Activity> wbs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ThreePointEstimate e = est(1 + i % 3, 4 + i % 5, 12 + i % 7, DistributionType.values()[i % 4]);
            wbs.add(i == 0 ? uncertain("A0", e) : uncertain("A" + i, e, fs("A" + (i / 2))));
        }
        Plan p = PlanFixtures.builder(wbs).correlation("A3", "A4", 0.6).correlation("A5", "A6", -0.3)
                .risk(risk("R", 0.2, est(1.1, 1.3, 1.8, DistributionType.TRIANGULAR), null, "A7", "A9")).build();
        for (boolean lhs : new boolean[] {false, true}) {
            SimulationOptions options = SimulationOptions.of(5_000, 99).withLatinHypercube(lhs);
            SimulationResult one = MonteCarloEngine.run(p, options.withThreads(1));
            SimulationResult three = MonteCarloEngine.run(p, options.withThreads(3));
            double[] a = Arrays.copyOf(one.samples().finish, one.iterations());
            double[] b = Arrays.copyOf(three.samples().finish, three.iterations());
            assertArrayEquals(a, b);
            assertEquals(one.activities(), three.activities());
            assertEquals(one.riskTornado(), three.riskTornado());
            assertEquals(one.cost().mean(), three.cost().mean());
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void latinHypercubeRunsWhoseLastBatchIsPartialEnd() {
        // 1030 iterations: a last block of 6, so 10 of the last batch's 16 lanes are spare; a permutation of 8 slots
        // often has a cycle among the spare rows 6 and 7, which stratum lookup used to walk forever
        List<Activity> wbs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            wbs.add(uncertain("A" + i, est(2, 4, 9, DistributionType.TRIANGULAR)));
        }
        Plan p = PlanFixtures.plan(wbs);
        for (long seed = 1; seed <= 40; seed++) {
            SimulationResult r = MonteCarloEngine.run(p, SimulationOptions.of(1030, seed).withLatinHypercube(true)
                    .withThreads(1).withTornadoRisks(0));
            assertEquals(1030, r.iterations());
        }
    }

    @Test
    void milestonesGetPDatesAndDeadlineProbability() {
        ThreePointEstimate u = est(10, 15, 20, DistributionType.UNIFORM);
        Plan p = PlanFixtures.builder(List.of(uncertain("A", u), milestone("M", fs("A")), task("B", 40, fs("M"))))
                .milestone("GO", "M").deadline(PlanFixtures.START.plusWeeks(11).minusDays(3)).build();
        SimulationResult r = simulate(p, N);
        DateForecast go = r.milestones().get(0);
        assertEquals("GO", go.code());
        assertEquals(15, go.offsets().mean(), 0.1);
        assertEquals(15, go.deterministic());
        assertEquals(go.offsets().p80() + 40, r.finish().offsets().p80(), 1e-9);
        // deadline Friday 2025-05-16 ends working day 55, so finish <= 55 needs A <= 15
        assertEquals(0.5, r.probabilityOnTime(), 0.015);
        assertEquals(new org.keelson.simulation.schedule.WorkingDayCalendar(null, PlanFixtures.START)
                .finishDate(r.finish().offsets().p50()), r.finish().p50());
    }

    @Test
    void costSpreadsOverQuartersAndComparesWithBudget() {
        var budget = new Budget(100_000, 10, List.of(new BudgetCategory("hw", null, "capex")), List.of());
        // 2025-03-03 start: 20 days of 2000/day, half in Q1 (20 working days in March), rest in Q2
        Plan p = PlanFixtures.builder(List.of(costed("A", 40, 20_000, 2000, "hw"))).budget(budget)
                .deadline(PlanFixtures.START.plusMonths(6)).build();
        SimulationResult r = simulate(p, 2_000);
        assertEquals(100_000, r.cost().mean(), 1e-6);
        double total = r.spend().stream().mapToDouble(SpendForecast::p50).sum();
        assertEquals(100_000, total, 1e-6);
        assertEquals("hw", r.spend().get(0).category());
        assertEquals(2, r.spend().size());
        assertEquals(0, r.costOutlook().contingencyNeededP80(), 1e-6);
        assertEquals(1.0, r.costOutlook().jointConfidence());
    }

    @Test
    void convergenceStopsEarlyAndReportsStandardErrors() {
        Plan p = plan(List.of(uncertain("A", est(10, 15, 20, DistributionType.TRIANGULAR))));
        SimulationResult r = MonteCarloEngine.run(p, SimulationOptions.of(200_000, 3).withConvergenceTolerance(0.002));
        assertTrue(r.converged());
        assertTrue(r.iterations() < 200_000);
        assertEquals(0, r.iterations() % MonteCarloEngine.BLOCK);
        var finish = r.finish().offsets();
        assertEquals(finish.standardDeviation() / Math.sqrt(r.iterations()), finish.standardErrorOfMean(), 1e-12);
        assertTrue(finish.standardErrorOfP80() > 0.5 * finish.standardErrorOfMean()
                && finish.standardErrorOfP80() < 3 * finish.standardErrorOfMean(), "P80 error " + finish.standardErrorOfP80());
        assertEquals(0, r.cost().standardErrorOfMean(), "the plan has no cost: every iteration costs 0");
        assertFalse(simulate(p, 3000).converged());
    }

    @Test
    void onlyRemainingWorkIsUncertain() {
        ThreePointEstimate u = est(10, 20, 30, DistributionType.UNIFORM);
        var start = PlanFixtures.START;
        Plan p = PlanFixtures.builder(List.of(
                        PlanFixtures.withProgress(uncertain("A", u), 100, start, start.plusDays(1)),
                        PlanFixtures.withProgress(uncertain("B", u), 50, start.plusDays(2), null),
                        uncertain("C", u)))
                .statusDate(start.plusDays(13)).correlation("A", "B", 0.5).build();
        SimulationResult r = simulate(p, N);
        // status date ends working day 10; then B has half of U(10, 30) left and C all of it; the correlation with
        // finished A no longer matters
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        double reference = 0;
        int samples = 400_000;
        for (int j = 0; j < samples; j++) {
            reference += 10 + Math.max((10 + 20 * random.nextDouble()) / 2, 10 + 20 * random.nextDouble());
        }
        reference /= samples;
        assertEquals(reference, r.finish().offsets().mean(), 4 * 6 / Math.sqrt(N));
        assertEquals(0, r.activities().get(0).criticality(), "finished work is never critical");
        assertEquals(10 + 20, r.finish().deterministic(), 1e-9);
    }

    private static Risk risk(String code, RiskStatus status, double probability, ThreePointEstimate schedule,
            ThreePointEstimate cost, String... activities) {
        return new Risk(code, null, null, null, 3, 3, null, null, status, null, null, null, null, null,
                new RiskQuantification(probability, schedule, cost), null, List.of(activities));
    }

    /** A finished costed task A, then B in progress and C to do; status date 2025-03-14 (working day 10). */
    private static PlanFixtures.Builder progressedPlan() {
        var start = PlanFixtures.START;
        ThreePointEstimate u = est(10, 20, 30, DistributionType.UNIFORM);
        Activity a = PlanFixtures.withProgress(costed("A", 4, 500, 100, null), 100, start, start.plusDays(3));
        Activity b = PlanFixtures.withProgress(new Activity("B", null, null, null, false, 20, u, null, null, 0, null,
                null, 1000, 50, null, List.of(fs("A"))), 30, start.plusDays(4), null);
        Activity c = new Activity("C", null, null, null, false, 20, u, null, null, 0, null, null, 0, 200, null,
                List.of(fs("B")));
        return PlanFixtures.builder(List.of(a, b, c)).statusDate(start.plusDays(11));
    }

    @Test
    void aRiskOnFinishedWorkAddsNoCostAndNoDelay() {
        SimulationResult without = simulate(progressedPlan().build(), 4_000);
        SimulationResult with = simulate(progressedPlan()
                .risk(risk("R", 1, est(1.5, 2, 3, DistributionType.TRIANGULAR), ThreePointEstimate.fixed(10_000), "A"))
                .build(), 4_000);
        assertEquals(without.cost().mean(), with.cost().mean(), 1e-9);
        assertEquals(without.finish().offsets().mean(), with.finish().offsets().mean(), 1e-9);
        assertTrue(with.riskTornado().isEmpty(), "the risk is not simulated at all");
    }

    @Test
    void anOccurredRiskIsCertainAndAClosedOneLeftOut() {
        ThreePointEstimate cost = ThreePointEstimate.fixed(10_000);
        double occurred = meanCost(risk("R", RiskStatus.OCCURRED, 0.2, null, cost, "C"));
        double certain = meanCost(risk("R", RiskStatus.OPEN, 1, null, cost, "C"));
        double open = meanCost(risk("R", RiskStatus.OPEN, 0.2, null, cost, "C"));
        // same random streams in all three: only whether the risk occurs differs
        assertEquals(certain, occurred, 0);
        assertEquals(0.8 * 10_000, occurred - open, 4 * 10_000 * Math.sqrt(0.2 * 0.8 / 4_000));
        assertEquals(simulate(progressedPlan().build(), 4_000).cost().mean(),
                meanCost(risk("R", RiskStatus.CLOSED, 0.2, null, cost, "C")), 0);
    }

    private static double meanCost(Risk risk) {
        return simulate(progressedPlan().risk(risk).build(), 4_000).cost().mean();
    }

    @Test
    void costBeforeTheStatusDateIsKnown() {
        SimulationResult r = simulate(progressedPlan().build(), 4_000);
        // A: 500 + 4 days x 100; B: 30% of 1000 and of 20 days x 50 spent; the rest varies with the draws
        double spent = 500 + 4 * 100 + 0.3 * 1000 + 0.3 * 20 * 50;
        double remaining = 0.7 * 1000 + 50 * 0.7 * 20 + 200 * 20;
        assertEquals(spent + remaining, r.cost().mean(), 4 * r.cost().standardDeviation() / Math.sqrt(4_000));
        assertTrue(r.cost().min() > spent, "every iteration pays at least what is spent");
    }

    /**
     * KP-000's status date is 2025-03-31: quarters before 2025-Q1 hold only spend already made, the same in every
     * iteration (2024-Q2 spend used to vary with the remaining work's draws).
     */
    @Test
    void noSimulatedSpendLandsBeforeTheStatusDateOfASamplePlan() throws java.io.IOException {
        Plan plan;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("..", "sample-plans",
                "000-omnichannel-marketing-integration.json"))) {
            plan = new org.keelson.simulation.plan.json.PlanJson().read(in);
        }
        SimulationResult r = MonteCarloEngine.run(plan, SimulationOptions.of(3_000, 7).withTornadoRisks(0));
        var statusQuarter = org.keelson.simulation.calendar.Quarter.of(plan.statusDate());
        int before = 0;
        for (SpendForecast s : r.spend()) {
            if (s.quarter().compareTo(statusQuarter) < 0) {
                before++;
                assertEquals(s.p50(), s.p80(), s.category() + " " + s.quarter());
                assertEquals(s.p50(), s.mean(), 1e-6 * Math.abs(s.p50()) + 1e-6, s.category() + " " + s.quarter());
            }
        }
        assertTrue(before >= 4, "KP-000 spent in several quarters before its status date: " + before);
    }

    /**
     * Latin hypercube runs report the standard error of the mean finish that reruns with other seeds show, not
     * sd/√n, which strata make several times too large here.
     */
    @Test
    void latinHypercubeStandardErrorsMatchTheSpreadOverSeeds() {
        ThreePointEstimate triangular = est(5, 10, 20, DistributionType.TRIANGULAR);
        Plan p = plan(List.of(uncertain("A", triangular), uncertain("B", est(4, 12, 18, DistributionType.PERT)),
                uncertain("C", triangular, fs("A"), fs("B")), uncertain("D", est(2, 3, 9, DistributionType.TRIANGULAR), fs("C"))));
        int seeds = 40;
        int iterations = 10 * MonteCarloEngine.BLOCK;
        double[] means = new double[seeds];
        double reported = 0;
        double plain = 0;
        for (int seed = 0; seed < seeds; seed++) {
            var finish = MonteCarloEngine.run(p, SimulationOptions.of(iterations, 1000 + seed).withLatinHypercube(true)
                    .withThreads(2).withTornadoRisks(0)).finish().offsets();
            means[seed] = finish.mean();
            reported += finish.standardErrorOfMean() / seeds;
            plain += finish.standardDeviation() / Math.sqrt(iterations) / seeds;
        }
        double average = Arrays.stream(means).average().orElseThrow();
        double empirical = Math.sqrt(Arrays.stream(means).map(m -> (m - average) * (m - average)).sum() / (seeds - 1));
        assertEquals(empirical, reported, 0.3 * empirical, "reported standard error against the spread over seeds");
        assertTrue(plain > 2 * empirical, "sd/sqrt(n) " + plain + " against " + empirical);
    }

    @Test
    void progressIsReportedUpToOne() {
        List<Double> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        MonteCarloEngine.run(plan(List.of(task("A", 3))), SimulationOptions.of(5000, 1), seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertTrue(seen.size() >= 5);
    }

    @Test
    void invalidInputsGiveSpecificErrors() {
        expect(InvalidEstimateException.class, "needs min <= mostLikely <= max",
                plan(List.of(uncertain("A", est(5, 3, 8, DistributionType.TRIANGULAR)))));
        expect(InvalidEstimateException.class, "has no distribution",
                plan(List.of(uncertain("A", est(1, 3, 8, null)))));
        expect(InvalidEstimateException.class, "must not be negative",
                plan(List.of(uncertain("A", est(-1, 3, 8, DistributionType.PERT)))));
        expect(SimulationSetupException.class, "affects unknown activity Z",
                PlanFixtures.builder(List.of(task("A", 1))).risk(risk("R", 0.5, ThreePointEstimate.fixed(2), null, "Z")).build());
        expect(SimulationSetupException.class, "probability 1.5 is outside 0..1",
                PlanFixtures.builder(List.of(task("A", 1))).risk(risk("R", 1.5, ThreePointEstimate.fixed(2), null, "A")).build());
        expect(SimulationSetupException.class, "which is not a leaf",
                PlanFixtures.builder(List.of(task("A", 1))).milestone("M1", "X").build());
        expect(SimulationSetupException.class, "is not a category",
                plan(List.of(costed("A", 1, 1, 1, "nope"))));
        ThreePointEstimate u = est(1, 2, 3, DistributionType.UNIFORM);
        expect(SimulationSetupException.class, "outside -1..1",
                PlanFixtures.builder(List.of(uncertain("A", u), uncertain("B", u))).correlation("A", "B", 1.2).build());
        expect(SimulationSetupException.class, "with itself",
                PlanFixtures.builder(List.of(uncertain("A", u))).correlation("A", "A", 0.5).build());
        expect(SimulationSetupException.class, "has no uncertain duration to correlate",
                PlanFixtures.builder(List.of(uncertain("A", u), task("B", 2))).correlation("A", "B", 0.5).build());
        expect(SimulationSetupException.class, "not positive semi-definite",
                PlanFixtures.builder(List.of(uncertain("A", u), uncertain("B", u), uncertain("C", u)))
                        .correlation("A", "B", 0.9).correlation("A", "C", 0.9).correlation("B", "C", -0.9).build());
        assertThrows(SimulationSetupException.class, () -> SimulationOptions.of(0, 1));
    }

    private static void expect(Class<? extends Exception> type, String message, Plan plan) {
        Exception e = assertThrows(type, () -> MonteCarloEngine.run(plan, SimulationOptions.of(100, 1)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
