package org.keelson.simulation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FastExpTest {

    @Test
    void agreesWithMathExpToAFewUlps() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 200_000; k++) {
            double x = (random.nextDouble() - 0.5) * (k % 2 == 0 ? 20 : 1400);
            double exact = Math.exp(x);
            assertEquals(exact, FastExp.of(x), 4 * Math.ulp(exact), "x " + x);
        }
        for (double x : new double[] {0, -0.0, 1e-300, 699.9, -699.9}) {
            assertEquals(Math.exp(x), FastExp.of(x), 4 * Math.ulp(Math.exp(x)), "x " + x);
        }
        assertEquals(Double.POSITIVE_INFINITY, FastExp.of(800));
        assertEquals(0, FastExp.of(-800));
        assertEquals(Double.NaN, FastExp.of(Double.NaN));
    }
}
