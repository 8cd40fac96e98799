package org.keelson.simulation.cli;

import java.io.PrintStream;

import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.RoiEngine;

/**
 * Wall-clock benchmark of the engines on {@link GeneratedPlans} (layered networks, ~2 links per activity, five
 * duration shapes, five cost categories, risk drivers on 5% of activities, five milestones, a 28-quarter benefit
 * model). Each line is the best of several timed runs after the JIT has warmed up for at least
 * {@value #WARM_UP_SECONDS} s (the fastest run is the one least disturbed by other work on the machine); times are
 * wall clock on {@code --threads} threads (default: all cores), model compilation excluded.
 * <ul>
 * <li>{@code activities=N iterations=10000}: one {@link MonteCarloEngine#run} with the default outputs, exactly what
 * the portal gets: project finish and milestone distributions (101 percentiles, histogram, P-dates), criticality,
 * Spearman sensitivity and cruciality of every activity, cost distribution, cost outlook (P80 overrun,
 * within-budget and joint schedule-and-cost confidence), spend P50/P80/mean per budget category and quarter, the
 * per-iteration samples the ROI model reads, convergence standard errors. No risk tornado.</li>
 * <li>{@code roi iterations=100000}: {@link RoiEngine#run} over a 100,000-iteration schedule run of the 200-activity
 * plan (the schedule run itself not timed): NPV, IRR, ROI, payback distributions, quarterly cash flows and the NPV
 * tornado.</li>
 * <li>{@code activities=2000 ... tornadoRisks=10}: as above plus the risk tornado, which reruns the simulation once
 * per risk with that risk switched off (ten reruns).</li>
 * </ul>
 */
final class Bench {

    private static final int ITERATIONS = 10_000;
    private static final int ROI_ITERATIONS = 100_000;
    private static final double WARM_UP_SECONDS = 2;

    private Bench() {
    }

    static void run(PrintStream out, int threads) {
        for (int size : new int[] {200, 2_000, 20_000}) {
            Plan plan = GeneratedPlans.network(size, 7);
            SimulationModel model = new SimulationModel(plan, false);
            SimulationOptions options = SimulationOptions.of(ITERATIONS, 1).withThreads(threads).withTornadoRisks(0);
            double seconds = best(() -> MonteCarloEngine.run(model, options, null), size >= 20_000 ? 3 : 5);
            out.printf("bench activities=%d iterations=%d seconds=%.3f%n", size, ITERATIONS, seconds);
        }
        Plan plan = GeneratedPlans.network(200, 7);
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model,
                SimulationOptions.of(ROI_ITERATIONS, 1).withThreads(threads).withTornadoRisks(0), null);
        double seconds = best(() -> RoiEngine.run(model, schedule, 1, threads), 5);
        out.printf("bench roi iterations=%d seconds=%.3f%n", ROI_ITERATIONS, seconds);
        SimulationOptions tornado = SimulationOptions.of(ITERATIONS, 1).withThreads(threads).withTornadoRisks(10);
        SimulationModel tornadoModel = new SimulationModel(GeneratedPlans.network(2_000, 7), false);
        seconds = best(() -> MonteCarloEngine.run(tornadoModel, tornado, null), 2);
        out.printf("bench activities=2000 iterations=%d tornadoRisks=10 seconds=%.3f%n", ITERATIONS, seconds);
    }

    private static double best(Runnable task, int timedRuns) {
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        do {
            task.run();
        } while (System.nanoTime() < warmUpEnd);
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < timedRuns; k++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
