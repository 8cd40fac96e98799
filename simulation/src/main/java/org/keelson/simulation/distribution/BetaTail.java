package org.keelson.simulation.distribution;

/**
 * The lower tail of the Beta distribution inverted to double precision: the x with I_x(a, b) = p for small p (the
 * outer 1/512 of PERT draws, where x stays below about 0.3). The regularised incomplete beta function there is the
 * power series I_x(a, b) = x^a / B(a, b) * sum over n of (1 - b)_n / n! * x^n / (a + n), which converges fast for
 * such x; Newton's method on log I against log x starts from the series' first term and converges in a few steps,
 * as log I is nearly linear in log x.
 */
final class BetaTail {

    private static final int MAX_STEPS = 50;
    private static final int MAX_TERMS = 400;

    private BetaTail() {
    }

    /** The x in [0, 1] with I_x(a, b) = p, for 0 <= p <= 1/512 and a, b >= 1; {@code logBeta} is log B(a, b). */
    static double quantile(double p, double a, double b, double logBeta) {
        if (p <= 0) {
            return 0;
        }
        double logP = Math.log(p);
        double logA = Math.log(a);
        // first term of the series: I_x ~ x^a / (a B(a, b))
        double z = Math.min(0, (logP + logA + logBeta) / a);
        for (int step = 0; step < MAX_STEPS; step++) {
            double x = Math.exp(z);
            double series = series(x, a, b);
            double logI = a * z - logA - logBeta + Math.log(series);
            // d log I / d log x = x f(x) / I(x) = a (1 - x)^(b - 1) / series
            double slope = a * Math.exp((b - 1) * Math.log1p(-x)) / series;
            double next = Math.min(0, z - (logI - logP) / slope);
            if (Math.abs(next - z) <= 1e-15 * Math.abs(z) + 1e-300) {
                return Math.exp(next);
            }
            z = next;
        }
        return Math.exp(z);
    }

    /** a * sum over n of (1 - b)_n / n! * x^n / (a + n): 1 at x = 0. */
    static double series(double x, double a, double b) {
        double sum = 1;
        double term = 1;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= (n - b) / n * x;
            double add = term * a / (a + n);
            sum += add;
            if (Math.abs(add) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }
}
