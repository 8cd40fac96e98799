/**
 * Schedule and cost Monte Carlo.
 *
 * <p>Entry point: {@link org.keelson.simulation.montecarlo.MonteCarloEngine#run(SimulationModel, SimulationOptions,
 * ProgressListener, java.util.concurrent.Executor, org.keelson.simulation.parallel.Cancellation)} returns a
 * {@link org.keelson.simulation.montecarlo.SimulationResult}; the ROI package builds on it (this one does not depend
 * on that one). A plan is compiled once into a {@link org.keelson.simulation.montecarlo.SimulationModel} (arrays in
 * topological order); the calling thread and tasks on the caller's executor run blocks of iterations through a
 * {@link org.keelson.simulation.montecarlo.Kernel} with no allocation, each iteration drawing from its own SplitMix64
 * stream derived from the run seed and its index, so results do not depend on the number of threads.
 *
 * <p>Per iteration: risk drivers (Hulett) occur with their probability and multiply the remaining duration of
 * the activities they name (one draw per risk, so a risk on several activities correlates them) and add their
 * cost impact; activity durations are drawn by inverse CDF (optionally Latin hypercube, optionally rank
 * correlated by Iman-Conover); the CPM forward pass gives the finish and milestone dates; a walk back along
 * binding links marks the critical activities; costs are spread over quarters by the simulated dates.
 */
package org.keelson.simulation.montecarlo;
