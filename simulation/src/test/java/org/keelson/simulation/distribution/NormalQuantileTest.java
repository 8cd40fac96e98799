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
    void quantilesAreMonotoneAcrossTheTailBoundaries() {
        // inverse-CDF sampling keeps Latin hypercube strata and rank correlation only if the quantile never decreases
        double previous = NormalQuantile.of(0);
        assertEquals(NormalQuantile.of(Double.MIN_NORMAL), previous, 0);
        for (double p = 0x1.0p-53; p < 1; p = Math.nextUp(p) + p / 4096) {
            double z = NormalQuantile.of(p);
            assertTrue(z >= previous, "decreases at p " + p);
            previous = z;
        }
        // where the central and tail formulas meet, in steps just above the rounding noise of either
        for (double boundary : new double[] {NormalQuantile.LOW, NormalQuantile.HIGH}) {
            previous = NormalQuantile.of(boundary - 64e-12);
            for (int step = -63; step <= 64; step++) {
                double z = NormalQuantile.of(boundary + step * 1e-12);
                assertTrue(z > previous, "does not increase at p " + (boundary + step * 1e-12));
                previous = z;
            }
        }
    }
}
