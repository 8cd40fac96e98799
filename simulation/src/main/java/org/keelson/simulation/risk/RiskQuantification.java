package org.keelson.simulation.risk;

import org.keelson.simulation.distribution.ThreePointEstimate;

/**
 * What simulation needs of a risk driver (Hulett): {@code probability} of occurring in a run (0..1);
 * {@code scheduleImpact} a multiplier on the remaining duration of every affected activity (1.2 = 20% longer);
 * {@code costImpact} an amount added to the plan's cost when it occurs. Either impact may be null.
 */
public record RiskQuantification(double probability, ThreePointEstimate scheduleImpact, ThreePointEstimate costImpact) {
}
