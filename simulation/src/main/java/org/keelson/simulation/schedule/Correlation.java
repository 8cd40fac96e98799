package org.keelson.simulation.schedule;

/** Rank correlation (-1..1) between the duration uncertainties of two activities. */
public record Correlation(String first, String second, double coefficient) {
}
