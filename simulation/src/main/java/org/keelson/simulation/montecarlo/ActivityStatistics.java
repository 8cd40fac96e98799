package org.keelson.simulation.montecarlo;

/**
 * Monte Carlo indicators of one leaf activity.
 *
 * @param criticality share of iterations in which it was on the critical path (zero total float)
 * @param sensitivity Spearman rank correlation between its sampled duration uncertainty and the project finish
 *        (0 for certain durations)
 * @param cruciality criticality x sensitivity: how much its uncertainty drives the finish through the critical path
 */
public record ActivityStatistics(String code, double criticality, double sensitivity, double cruciality) {
}
