package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class SamplerSetTest {

    @Test
    void theEstimatesMeanIsTheMeanOfWhatIsSampled() {
        SamplerSet set = new SamplerSet();
        for (DistributionType type : DistributionType.values()) {
            ThreePointEstimate estimate = new ThreePointEstimate(40_000, 70_000, 200_000, type);
            int i = set.add(estimate, type.name(), true);
            // Midpoint rule over 10^5 equal-probability quantiles: the mean of the sampled distribution.
            int n = 100_000;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += set.quantile(i, (k + 0.5) / n);
            }
            assertEquals(sum / n, estimate.mean(), estimate.mean() * 2e-3, type.name());
        }
    }

    @Test
    void pertQuantilesMatchTheBetaInverseCdf() {
        SamplerSet set = new SamplerSet();
        for (double ml : new double[] {10, 10.3, 12.7, 15, 17.77, 20}) {
            int i = set.add(new ThreePointEstimate(10, ml, 20, DistributionType.PERT), "pert", true);
            double mode = (ml - 10) / 10;
            BetaDistribution beta = new BetaDistribution(1 + 4 * mode, 1 + 4 * (1 - mode));
            for (double u = 0.01; u < 1; u += 0.049) {
                assertEquals(10 + 10 * beta.inverseCumulativeProbability(u), set.quantile(i, u), 0.01, "ml " + ml + " u " + u);
            }
        }
    }

    /** Modes on the table's grid (0.25, 0.125, 0.5) and between its rows (0.03, 0.777). */
    private static final double[][] PERT_ESTIMATES = {{2, 5, 14}, {0, 1, 8}, {0, 5, 10}, {10, 10.3, 20}, {10, 17.77, 20}};

    private static BetaDistribution beta(double[] e) {
        double range = e[2] - e[0];
        return new BetaDistribution(1 + 4 * (e[1] - e[0]) / range, 1 + 4 * (e[2] - e[1]) / range);
    }

    @Test
    void pertTailsInvertTheBetaCdfExactly() {
        SamplerSet set = new SamplerSet();
        for (double[] e : PERT_ESTIMATES) {
            int i = set.add(new ThreePointEstimate(e[0], e[1], e[2], DistributionType.PERT), "pert", true);
            BetaDistribution beta = beta(e);
            for (double tail : new double[] {0x1.0p-53, 1e-12, 1e-6, 1e-4, 1e-3, 0.0019}) {
                if (e[0] != 0 && tail < 1e-9) {
                    continue; // min + tiny x rounds to a few digits of x: only a range from 0 keeps them all
                }
                double lower = (set.quantile(i, tail) - e[0]) / (e[2] - e[0]);
                assertEquals(tail, beta.cumulativeProbability(lower), tail * 1e-8, "lower tail " + tail + " of " + e[1]);
                double upper = (set.quantile(i, 1 - tail) - e[0]) / (e[2] - e[0]);
                assertEquals(tail, 1 - beta.cumulativeProbability(upper), tail * 1e-6 + 1e-15, "upper tail " + tail);
            }
            assertEquals(e[0], set.quantile(i, 0));
        }
    }

    /**
     * 10^6 PERT draws against the Beta distribution, in 100 bins of equal probability plus bins for the outer
     * 10^-3, 10^-4 and 10^-5 at both ends: the chi-square statistic stays below its 99.99% point. The table's
     * straight outer cells used to put 75 times too many draws of PERT(2, 5, 14) above 13.6.
     */
    @Test
    void pertDrawsFollowTheBetaDistributionIntoTheTails() {
        double[] probabilities = new double[107];
        int edges = 0;
        for (double p : new double[] {1e-5, 1e-4, 1e-3}) {
            probabilities[edges++] = p;
        }
        for (int k = 1; k < 100; k++) {
            probabilities[edges++] = k / 100.0;
        }
        for (double p : new double[] {1e-3, 1e-4, 1e-5}) {
            probabilities[edges++] = 1 - p;
        }
        double critical = new ChiSquaredDistribution(edges).inverseCumulativeProbability(0.9999);
        SamplerSet set = new SamplerSet();
        SplittableRandom random = new SplittableRandom(2024);
        int draws = 1_000_000;
        for (double[] e : PERT_ESTIMATES) {
            int i = set.add(new ThreePointEstimate(e[0], e[1], e[2], DistributionType.PERT), "pert", true);
            BetaDistribution beta = beta(e);
            double[] cuts = new double[edges];
            for (int b = 0; b < edges; b++) {
                cuts[b] = e[0] + (e[2] - e[0]) * beta.inverseCumulativeProbability(probabilities[b]);
            }
            long[] counts = new long[edges + 1];
            for (int d = 0; d < draws; d++) {
                double x = set.quantile(i, random.nextDouble());
                int bin = java.util.Arrays.binarySearch(cuts, x);
                counts[bin >= 0 ? bin + 1 : -bin - 1]++;
            }
            double chiSquare = 0;
            for (int b = 0; b <= edges; b++) {
                double p = (b == edges ? 1 : probabilities[b]) - (b == 0 ? 0 : probabilities[b - 1]);
                double expected = p * draws;
                chiSquare += (counts[b] - expected) * (counts[b] - expected) / expected;
            }
            assertTrue(chiSquare < critical, "PERT" + java.util.Arrays.toString(e) + ": chi-square " + chiSquare
                    + " above " + critical + ", tail counts " + counts[0] + " " + counts[edges]);
        }
    }

    @Test
    void pertAboveItsNinetyNinthPercentileAndSpreadAreThoseOfTheBeta() {
        SamplerSet set = new SamplerSet();
        int i = set.add(new ThreePointEstimate(2, 5, 14, DistributionType.PERT), "pert", true);
        BetaDistribution beta = beta(new double[] {2, 5, 14});
        // moments of the quantile function by the midpoint rule over 2^22 cells: E[X^k] = integral of q(u)^k du
        int cells = 1 << 22;
        double sum = 0;
        double squares = 0;
        double above = 0;
        for (int c = 0; c < cells; c++) {
            double x = set.quantile(i, (c + 0.5) / cells);
            sum += x;
            squares += x * x;
            above += x > 13.6 ? 1 : 0;
        }
        double mean = sum / cells;
        double sd = Math.sqrt(squares / cells - mean * mean);
        assertEquals(2 + 12 * beta.getNumericalMean(), mean, 1e-4);
        assertEquals(12 * Math.sqrt(beta.getNumericalVariance()), sd, 2e-4 * sd);
        double exceedance = 1 - beta.cumulativeProbability(11.6 / 12);
        assertEquals(exceedance, above / cells, 0.05 * exceedance, "P(X > 13.6)");
    }

    @Test
    void triangularUniformLognormalAndFixedFollowTheirInverseCdf() {
        SamplerSet set = new SamplerSet();
        int tri = set.add(new ThreePointEstimate(2, 5, 14, DistributionType.TRIANGULAR), "tri", true);
        int uni = set.add(new ThreePointEstimate(2, 5, 14, DistributionType.UNIFORM), "uni", true);
        int log = set.add(new ThreePointEstimate(1, 2, 5, DistributionType.LOGNORMAL), "log", true);
        int fixed = set.add(ThreePointEstimate.fixed(7), "fixed", true);
        TriangularDistribution triangular = new TriangularDistribution(2, 5, 14);
        double mean = (1 + 8 + 5) / 6.0;
        double sd = 4 / 6.0;
        double sigma2 = Math.log(1 + sd * sd / (mean * mean));
        LogNormalDistribution lognormal = new LogNormalDistribution(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
        for (double u = 0.001; u < 1; u += 0.0333) {
            assertEquals(triangular.inverseCumulativeProbability(u), set.quantile(tri, u), 1e-9);
            assertEquals(2 + 12 * u, set.quantile(uni, u), 1e-12);
            assertEquals(lognormal.inverseCumulativeProbability(u), set.quantile(log, u), 1e-4 * set.quantile(log, u));
            assertEquals(7, set.quantile(fixed, u));
        }
        assertFalse(set.isUncertain(fixed));
        assertTrue(set.isUncertain(tri));
    }

    @Test
    void invalidEstimatesNameTheProblem() {
        SamplerSet set = new SamplerSet();
        assertMessage(set, new ThreePointEstimate(5, 4, 8, DistributionType.PERT), "needs min <= mostLikely <= max, got min 5.0");
        assertMessage(set, new ThreePointEstimate(1, 9, 8, DistributionType.TRIANGULAR), "mostLikely 9.0, max 8.0");
        assertMessage(set, new ThreePointEstimate(1, 2, Double.NaN, DistributionType.UNIFORM), "must be finite");
        assertMessage(set, new ThreePointEstimate(-5, -4, -1, DistributionType.LOGNORMAL), "must not be negative");
        assertMessage(set, null, "is missing");
        var e = assertThrows(InvalidEstimateException.class,
                () -> set.add(new ThreePointEstimate(-5, -4, -1, DistributionType.LOGNORMAL), "x", false));
        assertTrue(e.getMessage().contains("lognormal needs a positive mean"), e.getMessage());
    }

    private static void assertMessage(SamplerSet set, ThreePointEstimate e, String message) {
        var ex = assertThrows(InvalidEstimateException.class, () -> set.add(e, "activity 1.2 estimate", true));
        assertTrue(ex.getMessage().startsWith("activity 1.2 estimate"), ex.getMessage());
        assertTrue(ex.getMessage().contains(message), ex.getMessage());
    }
}
