package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.Lanes;

/**
 * The SIMD sampler and the scalar kernel's batch sampler give every lane exactly the bits of a single draw, for every
 * shape and over the whole of [0, 1).
 */
class LaneSamplerTest {

    @Test
    void everyLaneGetsTheScalarQuantileToTheLastBit() {
        SamplerSet set = new SamplerSet();
        for (DistributionType type : DistributionType.values()) {
            set.add(new ThreePointEstimate(2, 5, 11, type), type + " estimate", true);
            set.add(new ThreePointEstimate(0, 0, 30, type), type + " estimate at its minimum", true);
            set.add(new ThreePointEstimate(1.05, 1.2, 1.6, type), type + " risk multiplier", true);
            set.add(new ThreePointEstimate(3e6, 4e6, 9e6, type), type + " cost", true);
        }
        LaneSampler lanes = new LaneSampler(set);
        SplittableRandom random = new SplittableRandom(41);
        double[] u = new double[Lanes.WIDTH];
        double[] out = new double[Lanes.WIDTH + 3];
        double[] scalarOut = new double[Lanes.WIDTH + 3];
        int checked = 0;
        for (int batch = 0; batch < 2000; batch++) {
            for (int j = 0; j < u.length; j++) {
                u[j] = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> random.nextDouble() * NormalQuantile.LOW * 1.01;
                    case 2 -> 1 - random.nextDouble() * NormalQuantile.LOW * 1.01;
                    case 3 -> Math.nextDown(1.0);
                    default -> random.nextDouble();
                };
            }
            double factor = batch % 3 == 0 ? 1 : random.nextDouble();
            for (int i = 0; i < set.size(); i++) {
                lanes.quantiles(i, u, out, 3, factor);
                set.quantiles(i, u, Lanes.WIDTH, scalarOut, 3, factor);
                for (int j = 0; j < u.length; j++) {
                    assertEquals(set.quantile(i, u[j]) * factor, out[3 + j], 0, "SIMD, estimate " + i + " u " + u[j]);
                    assertEquals(set.quantile(i, u[j]) * factor, scalarOut[3 + j], 0, "scalar, estimate " + i + " u " + u[j]);
                    checked++;
                }
            }
        }
        assertEquals(2000 * Lanes.WIDTH * set.size(), checked);
    }
}
