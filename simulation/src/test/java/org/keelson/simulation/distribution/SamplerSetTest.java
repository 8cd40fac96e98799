package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class SamplerSetTest {

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
