package org.keelson.simulation.roi;

/**
 * Quarterly cash-flow arithmetic. Flow {@code q} (q = 0, 1, ...) is received at the end of quarter q, so it is
 * discounted by q + 1 quarters. Rates here are per quarter; {@link #quarterlyRate} converts an annual rate.
 */
public final class CashFlows {

    /** IRR search bounds per quarter: -99% (nearly total loss) to +1000%. */
    static final double IRR_LOW = -0.99;
    static final double IRR_HIGH = 10;
    private static final int GRID = 200;

    private CashFlows() {
    }

    public static double quarterlyRate(double annualRate) {
        return Math.pow(1 + annualRate, 0.25) - 1;
    }

    public static double annualRate(double quarterlyRate) {
        return Math.pow(1 + quarterlyRate, 4) - 1;
    }

    /**
     * Net present value of flows[0..length) at the quarterly rate: sum of flows[q] v^(q+1), v = 1 / (1 + rate), by
     * Horner's rule in v^2 over even and odd quarters (two independent chains, twice as fast as one).
     */
    public static double npv(double[] flows, int length, double quarterlyRate) {
        double v = 1 / (1 + quarterlyRate);
        double w = v * v;
        double even = 0;
        double odd = 0;
        for (int q = (length - 1) & ~1; q >= 0; q -= 2) {
            even = even * w + flows[q];
            odd = odd * w + (q + 1 < length ? flows[q + 1] : 0);
        }
        return v * even + w * odd;
    }

    /** Number of sign changes in the flows, zeros skipped (Descartes: an upper bound on the number of IRRs). */
    public static int signChanges(double[] flows, int length) {
        int changes = 0;
        double previous = 0;
        for (int q = 0; q < length; q++) {
            if (flows[q] != 0) {
                if (previous != 0 && (flows[q] > 0) != (previous > 0)) {
                    changes++;
                }
                previous = flows[q];
            }
        }
        return changes;
    }

    /**
     * Quarterly internal rate of return: the root of NPV in [-99%, +1000%] found by safeguarded Newton steps
     * inside a bisection bracket. NaN when the flows never change sign or no root lies in that range. With several
     * sign changes there may be several roots; when both bounds have the same NPV sign the lowest root found on a
     * grid is returned, and callers should report such cases as ambiguous.
     */
    public static double irr(double[] flows, int length) {
        return irr(flows, length, 0.02);
    }

    /**
     * {@link #irr(double[], int)} with Newton's method started at {@code guess} when that lies inside the bracket:
     * a good guess (say, the IRR of similar flows) saves most of the steps.
     */
    public static double irr(double[] flows, int length, double guess) {
        if (signChanges(flows, length) == 0) {
            return Double.NaN;
        }
        double lo = IRR_LOW;
        double hi = IRR_HIGH;
        double fLo = npv(flows, length, lo);
        double fHi = npv(flows, length, hi);
        if (fLo == 0) {
            return lo;
        }
        if (fHi == 0) {
            return hi;
        }
        if ((fLo > 0) == (fHi > 0)) {
            // an even number of roots in range: bracket the lowest one on a grid uniform in log(1 + r)
            double previous = lo;
            double fPrevious = fLo;
            boolean found = false;
            for (int k = 1; k <= GRID && !found; k++) {
                double rate = Math.exp(Math.log(1 + IRR_LOW) + k * (Math.log(1 + IRR_HIGH) - Math.log(1 + IRR_LOW)) / GRID) - 1;
                double f = npv(flows, length, rate);
                if ((f > 0) != (fPrevious > 0)) {
                    lo = previous;
                    hi = rate;
                    fLo = fPrevious;
                    found = true;
                }
                previous = rate;
                fPrevious = f;
            }
            if (!found) {
                return Double.NaN;
            }
        }
        return solve(flows, length, lo, hi, fLo, guess);
    }

    private static double solve(double[] flows, int length, double lo, double hi, double fLo, double guess) {
        double r = lo < guess && hi > guess ? guess : (lo + hi) / 2;
        for (int step = 0; step < 100; step++) {
            // NPV f = sum a_q v^(q+1) with v = 1 / (1 + r) and s = sum q a_q v^q, so df/dr = -v (v s + f). Horner in
            // w = v^2 over even and odd quarters separately: four independent chains of half the length, as this
            // loop is bound by the latency of the chain, not by arithmetic
            double v = 1 / (1 + r);
            double w = v * v;
            double fEven = 0;
            double fOdd = 0;
            double sEven = 0;
            double sOdd = 0;
            for (int q = (length - 1) & ~1; q >= 0; q -= 2) {
                double odd = q + 1 < length ? flows[q + 1] : 0;
                fEven = fEven * w + flows[q];
                fOdd = fOdd * w + odd;
                sEven = sEven * w + q * flows[q];
                sOdd = sOdd * w + (q + 1) * odd;
            }
            double f = v * fEven + w * fOdd;
            double s = sEven + v * sOdd;
            double df = -v * (v * s + f);
            if (f == 0) {
                return r;
            }
            if ((f > 0) == (fLo > 0)) {
                lo = r;
            } else {
                hi = r;
            }
            double next = r - f / df;
            if (!(next > lo && next < hi) || df == 0) {
                next = (lo + hi) / 2;
            }
            if (Math.abs(next - r) < 1e-12 * (1 + Math.abs(r)) || hi - lo < 1e-12) {
                return next;
            }
            r = next;
        }
        return r;
    }

    /**
     * Quarters until the cumulative (undiscounted) cash flow turns non-negative for good, interpolated within the
     * quarter where it crosses; NaN when it is still negative at the end. 0 when it never goes negative.
     */
    public static double payback(double[] flows, int length) {
        double cumulative = 0;
        double lastCrossing = 0;
        boolean negative = false;
        for (int q = 0; q < length; q++) {
            double before = cumulative;
            cumulative += flows[q];
            if (cumulative < 0) {
                negative = true;
            } else if (before < 0) {
                lastCrossing = q + (-before) / flows[q];
            }
        }
        if (cumulative < 0) {
            return Double.NaN;
        }
        return negative ? lastCrossing : 0;
    }
}
