package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void quantilesMatchCommonsMath() {
        NormalDistribution normal = new NormalDistribution();
        for (double p = 1e-9; p < 1; p = p < 0.01 ? p * 1.5 : p + 0.0007) {
            double expected = normal.inverseCumulativeProbability(p);
            assertEquals(expected, NormalQuantile.of(p), 1e-8 * Math.max(1, Math.abs(expected)), "p " + p);
        }
    }

    @Test
    void tabulatedQuantilesStayWithinFourMillionthsOverEveryUniformDraw() {
        // against the rational approximation, checked above: below p = 1e-16 commons-math loses accuracy in 2p - 1
        double worst = 0;
        // dense in the middle, geometric in both tails down to the smallest positive 53-bit draw, 2^-53
        for (double p = 0x1.0p-53; p < 0.5; p = p < 0.01 ? p * 1.01 : p + 0.00007) {
            for (double q : new double[] {p, 1 - p}) {
                worst = Math.max(worst, Math.abs(NormalQuantile.tabulated(q) - NormalQuantile.of(q)));
            }
        }
        assertTrue(worst < 4e-6, "worst absolute error " + worst);
        assertEquals(0, NormalQuantile.tabulated(0.5), 0);
        assertEquals(NormalQuantile.of(Double.MIN_NORMAL), NormalQuantile.tabulated(0), 0);
    }

    @Test
    void tabulatedQuantilesAreMonotoneAcrossSegmentAndOctaveBoundaries() {
        // inverse-CDF sampling keeps Latin hypercube strata and rank correlation only if the quantile never decreases
        double previous = Double.NEGATIVE_INFINITY;
        for (double p = 0x1.0p-30; p < 1; p = Math.nextUp(p) + p / 2048) {
            double z = NormalQuantile.tabulated(p);
            assertTrue(z >= previous, "decreases at p " + p);
            previous = z;
        }
    }
}
