package org.keelson.simulation.roi;

import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;

/**
 * One call for the whole outlook of a plan: schedule and cost Monte Carlo, then the ROI model on the same
 * iterations (null when the plan has no benefit model). What the portal and the CLI run.
 */
public record PlanForecast(SimulationResult schedule, RoiResult roi) {

    public static PlanForecast run(Plan plan, SimulationOptions options, ProgressListener listener) {
        SimulationModel model = new SimulationModel(plan, options.postMitigation());
        SimulationResult schedule = MonteCarloEngine.run(model, options, listener);
        RoiResult roi = plan.benefits() == null ? null : RoiEngine.run(model, schedule, options.seed(), options.threads());
        return new PlanForecast(schedule, roi);
    }
}
