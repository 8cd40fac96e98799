package org.keelson.simulation.distribution;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Inverse CDF of the PERT-Beta shape on [0, 1] as a lookup table, so sampling costs one multiply-add and two
 * array reads instead of an incomplete-beta inversion. PERT's shape depends only on where the mode sits in the
 * range (alpha = 1 + 4 mode, beta = 1 + 4 (1 - mode)); modes are snapped to 1/{@value #MODE_STEPS} of the range
 * so plans share at most {@value #MODE_STEPS} + 1 tables.
 */
final class PertQuantileTable {

    static final int MODE_STEPS = 512;
    static final int POINTS = 2048;
    private static final int CDF_GRID = 16384;
    private static final ConcurrentHashMap<Integer, double[]> TABLES = new ConcurrentHashMap<>();

    private PertQuantileTable() {
    }

    /** The table for a mode at {@code relativeMode} of the range: POINTS + 1 quantiles at u = k / POINTS. */
    static double[] forMode(double relativeMode) {
        int step = (int) Math.round(relativeMode * MODE_STEPS);
        return TABLES.computeIfAbsent(step, s -> build((double) s / MODE_STEPS));
    }

    /** Integrates the beta density on a fine grid (trapezoid), then inverts the cumulative sums by linear search. */
    private static double[] build(double mode) {
        double alpha = 1 + 4 * mode;
        double beta = 1 + 4 * (1 - mode);
        double[] cdf = new double[CDF_GRID + 1];
        double previous = density(0, alpha, beta);
        for (int j = 1; j <= CDF_GRID; j++) {
            double f = density((double) j / CDF_GRID, alpha, beta);
            cdf[j] = cdf[j - 1] + (previous + f) / 2;
            previous = f;
        }
        double total = cdf[CDF_GRID];
        double[] quantiles = new double[POINTS + 1];
        int j = 0;
        for (int k = 0; k <= POINTS; k++) {
            double target = total * k / POINTS;
            while (j < CDF_GRID && cdf[j + 1] < target) {
                j++;
            }
            double span = j < CDF_GRID ? cdf[j + 1] - cdf[j] : 0;
            double within = span > 0 ? Math.min(1, Math.max(0, (target - cdf[j]) / span)) : 0;
            quantiles[k] = (j + within) / CDF_GRID;
        }
        quantiles[0] = 0;
        quantiles[POINTS] = 1;
        return quantiles;
    }

    private static double density(double x, double alpha, double beta) {
        return Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
    }
}
