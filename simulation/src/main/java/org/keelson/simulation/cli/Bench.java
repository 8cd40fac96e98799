package org.keelson.simulation.cli;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.keelson.simulation.montecarlo.Kernel;
import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.RoiEngine;

/**
 * Wall-clock benchmark of the engines on {@link GeneratedPlans} (layered networks, ~2 links per activity, five
 * duration shapes, five cost categories, risk drivers on 5% of activities, five milestones, a 28-quarter benefit
 * model), once per kernel this JVM can run (SIMD first, then scalar). Each line gives the fastest ({@code seconds},
 * the run least disturbed by other work on the machine) and the median of several timed runs after the JIT has
 * warmed up and settled; times are wall clock on {@code --threads} threads (default: all cores), model compilation
 * excluded.
 * <ul>
 * <li>{@code kernel=K activities=N iterations=10000}: one {@link MonteCarloEngine#run} with the default outputs,
 * exactly what the portal gets: project finish and milestone distributions (101 percentiles, histogram, P-dates), criticality,
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
    private static final double MAX_WARM_UP_SECONDS = 10;
    private static final long QUIET_NANOS = 500_000_000L;

    private Bench() {
    }

    static void run(PrintStream out, int threads) {
        List<Kernel> kernels = Arrays.stream(Kernel.values()).filter(Kernel::isAvailable)
                .sorted(Comparator.comparing(kernel -> kernel != Kernel.SIMD)).toList();
        for (int size : new int[] {200, 2_000, 20_000}) {
            Plan plan = GeneratedPlans.network(size, 7);
            SimulationModel model = new SimulationModel(plan, false);
            SimulationOptions options = SimulationOptions.of(ITERATIONS, 1).withThreads(threads).withTornadoRisks(0);
            for (Kernel kernel : kernels) {
                Timing timing = time(() -> simulate(model, options, kernel), size >= 20_000 ? 3 : 11);
                out.printf("bench kernel=%s activities=%d iterations=%d %s%n", kernel.id(), size, ITERATIONS, timing);
            }
        }
        Plan plan = GeneratedPlans.network(200, 7);
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model,
                SimulationOptions.of(ROI_ITERATIONS, 1).withThreads(threads).withTornadoRisks(0), null);
        Timing timing = time(() -> RoiEngine.run(model, schedule, 1, threads), 11);
        out.printf("bench roi iterations=%d %s%n", ROI_ITERATIONS, timing);
        SimulationOptions tornado = SimulationOptions.of(ITERATIONS, 1).withThreads(threads).withTornadoRisks(10);
        SimulationModel tornadoModel = new SimulationModel(GeneratedPlans.network(2_000, 7), false);
        for (Kernel kernel : kernels) {
            timing = time(() -> simulate(tornadoModel, tornado, kernel), 3);
            out.printf("bench kernel=%s activities=2000 iterations=%d tornadoRisks=10 %s%n", kernel.id(), ITERATIONS, timing);
        }
    }

    private static SimulationResult simulate(SimulationModel model, SimulationOptions options, Kernel kernel) {
        return MonteCarloEngine.run(model, options, ProgressListener.NONE, ParallelRun.NEW_THREAD_PER_TASK,
                new Cancellation(), kernel);
    }

    /** The fastest and the median of the timed runs, in seconds. */
    record Timing(double best, double median) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "seconds=%.3f median=%.3f", best, median);
        }
    }

    /**
     * Runs the task until the JIT has settled (at least {@value #WARM_UP_SECONDS} s, and until no method was compiled
     * for half a second, at most {@value #MAX_WARM_UP_SECONDS} s: compiling the vector kernels takes a while, and a
     * compiler thread busy on the second core slows the timed runs), then times {@code timedRuns} runs.
     */
    private static Timing time(Runnable task, int timedRuns) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long minimumEnd = start + (long) (WARM_UP_SECONDS * 1e9);
        long maximumEnd = start + (long) (MAX_WARM_UP_SECONDS * 1e9);
        long compiling = -1;
        long quietSince = start;
        long now;
        do {
            task.run();
            now = System.nanoTime();
            long total = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
            if (total != compiling) {
                compiling = total;
                quietSince = now;
            }
        } while (now < maximumEnd && (now < minimumEnd || now - quietSince < QUIET_NANOS));
        double[] seconds = new double[timedRuns];
        for (int k = 0; k < timedRuns; k++) {
            long runStart = System.nanoTime();
            task.run();
            seconds[k] = (System.nanoTime() - runStart) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timing(seconds[0], seconds[timedRuns / 2]);
    }
}
