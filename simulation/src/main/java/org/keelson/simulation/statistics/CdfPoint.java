package org.keelson.simulation.statistics;

/** A point of the empirical cumulative distribution: P(X <= value) = probability. */
public record CdfPoint(double value, double probability) {
}
