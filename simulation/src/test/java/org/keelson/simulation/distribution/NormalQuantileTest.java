package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
