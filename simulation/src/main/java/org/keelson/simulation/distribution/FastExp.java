package org.keelson.simulation.distribution;

/**
 * e^x for sampling lognormal durations, with no table so that SIMD code can compute the same function lane by lane
 * (LaneSampler does, with these constants): x = k ln 2 + r with integer k and |r| <= ln 2 / 2, e^r by its Taylor
 * polynomial of degree 12 (truncation error below 2e-16), 2^k straight into the exponent bits. Relative error a
 * few units in the last place; outside |x| < 700, {@link Math#exp}.
 */
final class FastExp {

    static final double INVERSE_LN2 = 1.4426950408889634;
    /** 1.5 * 2^52: adding and then subtracting it rounds to the nearest integer, as {@link Math#rint} does. */
    static final double ROUNDING = 0x1.8p52;
    /** ln 2 as fdlibm's split: a high part with 32 trailing zero bits, so k times it is exact, and the rest. */
    static final double LN2_HIGH = 6.93147180369123816490e-01;
    static final double LN2_LOW = 1.90821492927058770002e-10;
    /** 1 / n! for n = 12, 11, ..., 2: the Taylor coefficients below the constant and linear ones (both 1). */
    static final double C12 = 1 / 479001600.0;
    static final double C11 = 1 / 39916800.0;
    static final double C10 = 1 / 3628800.0;
    static final double C9 = 1 / 362880.0;
    static final double C8 = 1 / 40320.0;
    static final double C7 = 1 / 5040.0;
    static final double C6 = 1 / 720.0;
    static final double C5 = 1 / 120.0;
    static final double C4 = 1 / 24.0;
    static final double C3 = 1 / 6.0;
    static final double C2 = 0.5;
    /** Below this |x| the fast path holds: 2^k stays a normal double. */
    static final double LIMIT = 700;
    /** Added to the bits of x / ln 2 + {@link #ROUNDING}: gives k plus the exponent bias, (k + 1023). */
    static final long EXPONENT_OFFSET = 1023 - Double.doubleToRawLongBits(ROUNDING);

    private FastExp() {
    }

    static double of(double x) {
        if (!(Math.abs(x) < LIMIT)) {
            return Math.exp(x);
        }
        double shifted = x * INVERSE_LN2 + ROUNDING;
        double k = shifted - ROUNDING;
        double r = x - k * LN2_HIGH - k * LN2_LOW;
        double p = ((((((((((C12 * r + C11) * r + C10) * r + C9) * r + C8) * r + C7) * r + C6) * r + C5) * r + C4) * r
                + C3) * r + C2) * r;
        double powerOfTwo = Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) + EXPONENT_OFFSET) << 52);
        return (p * r + r + 1) * powerOfTwo;
    }
}
