package org.keelson.reports.simulation;

import java.util.Arrays;

/** Percentiles as Excel's PERCENTILE (= PERCENTILE.INC) computes them, so charts and workbook formulas agree. */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param fraction 0..1 */
    public static double of(double[] samples, double fraction) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples to take a percentile of");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
