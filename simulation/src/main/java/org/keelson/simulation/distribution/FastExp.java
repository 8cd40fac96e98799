package org.keelson.simulation.distribution;

/**
 * e^x for sampling lognormal durations, about three times faster than {@link Math#exp} here: x = (k + f / 64) ln 2
 * with |f ln 2 / 64| below 1/128, e^x = 2^(k / 64) (a table of 64 powers and the exponent bits) times a degree-5
 * polynomial for the remainder. Relative error a few units in the last place.
 */
final class FastExp {

    private static final double STEPS_PER_LN2 = 64 / Math.log(2);
    /** ln 2 / 64 as fdlibm's split of ln 2: a high part with 32 trailing zero bits, so k times it is exact, and the rest. */
    private static final double STEP_HIGH = 6.93147180369123816490e-01 / 64;
    private static final double STEP_LOW = 1.90821492927058770002e-10 / 64;
    private static final double[] POWERS = new double[64];

    static {
        for (int i = 0; i < 64; i++) {
            POWERS[i] = Math.pow(2, i / 64.0);
        }
    }

    private FastExp() {
    }

    static double of(double x) {
        if (!(Math.abs(x) < 700)) {
            return Math.exp(x);
        }
        double k = Math.rint(x * STEPS_PER_LN2);
        int steps = (int) k;
        double r = x - k * STEP_HIGH - k * STEP_LOW;
        double p = 1 + r * (1 + r * (0.5 + r * (1 / 6.0 + r * (1 / 24.0 + r * (1 / 120.0)))));
        return POWERS[steps & 63] * Double.longBitsToDouble((long) ((steps >> 6) + 1023) << 52) * p;
    }
}
