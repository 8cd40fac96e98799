package org.keelson.simulation.distribution;

/**
 * Inverse CDF of the PERT-Beta shape on [0, 1] as one lookup table, so sampling costs a few array reads instead of
 * an incomplete-beta inversion. PERT's shape depends only on where the mode sits in the range (alpha = 1 + 4 mode,
 * beta = 1 + 4 (1 - mode)). The table holds {@value #MODE_STEPS} + 1 modes x {@value #POINTS} + 1 quantiles
 * (floats, 130 KB: cache-friendly for any mix of activities); sampling interpolates in u and between neighbouring modes.
 */
final class PertQuantileTable {

    static final int MODE_STEPS = 64;
    static final int POINTS = 512;
    static final int ROW = POINTS + 1;
    private static final int CDF_GRID = 8192;

    /** Quantile at u = k / POINTS of mode step s at [s * ROW + k]. */
    static final float[] QUANTILES = build();

    private PertQuantileTable() {
    }

    private static float[] build() {
        float[] table = new float[(MODE_STEPS + 1) * ROW];
        double[] cdf = new double[CDF_GRID + 1];
        for (int s = 0; s <= MODE_STEPS; s++) {
            double mode = (double) s / MODE_STEPS;
            double alpha = 1 + 4 * mode;
            double beta = 1 + 4 * (1 - mode);
            // trapezoid integration of the unnormalised density, then inversion by a forward scan
            double previous = density(0, alpha, beta);
            for (int j = 1; j <= CDF_GRID; j++) {
                double f = density((double) j / CDF_GRID, alpha, beta);
                cdf[j] = cdf[j - 1] + (previous + f) / 2;
                previous = f;
            }
            double total = cdf[CDF_GRID];
            int j = 0;
            for (int k = 0; k <= POINTS; k++) {
                double target = total * k / POINTS;
                while (j < CDF_GRID && cdf[j + 1] < target) {
                    j++;
                }
                double span = j < CDF_GRID ? cdf[j + 1] - cdf[j] : 0;
                double within = span > 0 ? Math.min(1, Math.max(0, (target - cdf[j]) / span)) : 0;
                table[s * ROW + k] = (float) ((j + within) / CDF_GRID);
            }
            table[s * ROW] = 0;
            table[s * ROW + POINTS] = 1;
        }
        return table;
    }

    private static double density(double x, double alpha, double beta) {
        return Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
    }
}
