package org.keelson.simulation.roi;

import java.util.concurrent.Executor;

import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.plan.Plan;

/**
 * One call for the whole outlook of a plan: schedule and cost Monte Carlo, then the ROI model on the same
 * iterations (null when the plan has no benefit model). What the portal and the CLI run.
 */
public record PlanForecast(SimulationResult schedule, RoiResult roi) {

    /**
     * For the command line and tests: {@link #run(Plan, SimulationOptions, ProgressListener, Executor, Cancellation)}
     * on {@link ParallelRun#NEW_THREAD_PER_TASK}, never cancelled.
     */
    public static PlanForecast run(Plan plan, SimulationOptions options, ProgressListener listener) {
        return run(plan, options, listener, ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
    }

    /**
     * Both runs on up to {@code options.threads()} threads: the calling thread and tasks on {@code executor} (a
     * server passes its managed executor). Throws {@link org.keelson.simulation.parallel.RunCancelledException}
     * soon after {@code cancellation} is cancelled or the calling thread is interrupted, with no task left running.
     */
    public static PlanForecast run(Plan plan, SimulationOptions options, ProgressListener listener, Executor executor,
            Cancellation cancellation) {
        SimulationModel model = new SimulationModel(plan, options.postMitigation());
        SimulationResult schedule = MonteCarloEngine.run(model, options, listener, executor, cancellation);
        RoiResult roi = plan.benefits() == null ? null
                : RoiEngine.run(model, schedule, options.seed(), options.threads(), executor, cancellation);
        return new PlanForecast(schedule, roi);
    }
}
