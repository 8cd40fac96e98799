package org.keelson.portal.simulation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user asks of a run. {@code seed} null draws a fresh one (then stored with the run); {@code tolerance}
 * null runs every iteration, otherwise the run stops once P80 finish and mean cost move by less than this relative
 * amount between batches.
 */
public record SimulationSettings(int iterations, Long seed, Sampling sampling, boolean postMitigation,
        Double tolerance) {
    public static final int MAX_ITERATIONS = 100_000;

    /** A problem with one setting, {@code path} being the field of the request. */
    public record Violation(String path, String message) {
    }

    /** Every problem of these settings; empty when they can be run. */
    public List<Violation> violations() {
        List<Violation> problems = new ArrayList<>();
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            problems.add(new Violation("iterations",
                    "iterations must be between 1 and " + MAX_ITERATIONS + ", got " + iterations));
        }
        if (sampling == null) {
            problems.add(new Violation("sampling", "sampling must be random or lhs"));
        }
        if (tolerance != null && !(tolerance > 0 && tolerance < 1)) {
            problems.add(new Violation("tolerance",
                    "tolerance must be greater than 0 and less than 1 (a relative change), got " + tolerance));
        }
        return problems;
    }
}
