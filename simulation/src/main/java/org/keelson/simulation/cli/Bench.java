package org.keelson.simulation.cli;

import java.io.PrintStream;
import java.util.Arrays;

import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.RoiEngine;

/**
 * Wall-clock benchmark of the engines on {@link GeneratedPlans}: one line per network size with the best of
 * three timed runs after JIT warm-up (the fastest run is the one least disturbed by other work on the machine). A schedule run has every per-run output (finish and milestone
 * distributions, criticality, sensitivity, cost spread by category and quarter); the risk tornado, which reruns
 * the simulation once per risk, is timed on its own line.
 */
final class Bench {

    private static final int ITERATIONS = 10_000;
    private static final int ROI_ITERATIONS = 100_000;

    private Bench() {
    }

    static void run(PrintStream out, int threads) {
        for (int size : new int[] {200, 2_000, 20_000}) {
            Plan plan = GeneratedPlans.network(size, 7);
            SimulationModel model = new SimulationModel(plan, false);
            SimulationOptions options = SimulationOptions.of(ITERATIONS, 1).withThreads(threads).withTornadoRisks(0);
            double seconds = best(() -> MonteCarloEngine.run(model, options, null), size >= 20_000 ? 1 : 3);
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
        seconds = best(() -> MonteCarloEngine.run(tornadoModel, tornado, null), 1);
        out.printf("bench activities=2000 iterations=%d tornadoRisks=10 seconds=%.3f%n", ITERATIONS, seconds);
    }

    private static double best(Runnable task, int warmups) {
        for (int w = 0; w < warmups; w++) {
            task.run();
        }
        double[] seconds = new double[3];
        for (int k = 0; k < seconds.length; k++) {
            long start = System.nanoTime();
            task.run();
            seconds[k] = (System.nanoTime() - start) / 1e9;
        }
        return Arrays.stream(seconds).min().orElseThrow();
    }
}
