package org.keelson.simulation.distribution;

import java.util.Arrays;

import org.apache.commons.math3.special.Gamma;

/**
 * Many three-point estimates compiled into parallel arrays for allocation-free sampling by inverse CDF:
 * {@link #quantile(int, double)} maps a uniform u in [0, 1) to a value, so the same code serves plain random
 * sampling, Latin hypercube strata and rank-correlated (Iman-Conover) draws, and the input quantile u is the rank
 * statistic used for sensitivity. Shapes:
 * <ul>
 *   <li>triangular: closed-form inverse CDF;</li>
 *   <li>PERT: Beta with alpha = 1 + 4(ml-min)/(max-min), beta = 1 + 4(max-ml)/(max-min), via
 *       {@link PertQuantileTable} for u in [1/512, 1 - 1/512) and by inverting the incomplete beta function in the
 *       outer cells, where the table's straight lines would spread the last 1/512 evenly to min and max;</li>
 *   <li>uniform on [min, max];</li>
 *   <li>lognormal: matched to the PERT mean (min+4ml+max)/6 and standard deviation (max-min)/6, so it keeps the
 *       estimate's centre and spread but has an open right tail;</li>
 *   <li>fixed: the most likely value.</li>
 * </ul>
 */
public final class SamplerSet {

    static final byte FIXED = 0;
    static final byte TRIANGULAR = 1;
    static final byte PERT = 2;
    static final byte UNIFORM = 3;
    static final byte LOGNORMAL = 4;

    // package-private: LaneSampler, the SIMD version of quantiles, reads the arrays
    byte[] kind = new byte[16];
    /** Meaning by shape: fixed value; min (triangular, PERT, uniform); mu of log (lognormal). */
    double[] low = new double[16];
    /** max - min (triangular, PERT, uniform); sigma of log (lognormal). */
    double[] width = new double[16];
    /** Triangular: CDF at the mode. */
    double[] modeCdf = new double[16];
    /** Triangular: (max - min)(ml - min), so the left branch is min + sqrt(u * leftArea). */
    double[] leftArea = new double[16];
    /** Triangular: (max - min)(max - ml), so the right branch is max - sqrt((1 - u) * rightArea). */
    double[] rightArea = new double[16];
    /** PERT: start of the lower neighbouring mode's row in {@link PertQuantileTable#QUANTILES}. */
    int[] pertRow = new int[16];
    /** PERT: weight of the upper neighbouring mode's row. */
    double[] pertModeWeight = new double[16];
    /** PERT: the Beta's shape parameters and log B(alpha, beta), for the outer cells. */
    private double[] pertAlpha = new double[16];
    private double[] pertBeta = new double[16];
    private double[] pertLogBeta = new double[16];
    private int size;

    /**
     * Validates and adds an estimate; returns its index. {@code what} names it in error messages, e.g.
     * "activity 1.2.3 estimate". {@code nonNegative} rejects negative minimums (durations, multipliers).
     */
    public int add(ThreePointEstimate e, String what, boolean nonNegative) {
        validate(e, what, nonNegative);
        grow();
        int i = size++;
        double min = e.min();
        double max = e.max();
        double ml = e.mostLikely();
        if (e.distribution() == DistributionType.FIXED || max == min) {
            kind[i] = FIXED;
            low[i] = e.distribution() == DistributionType.FIXED ? ml : min;
            return i;
        }
        low[i] = min;
        width[i] = max - min;
        switch (e.distribution()) {
            case TRIANGULAR -> {
                kind[i] = TRIANGULAR;
                modeCdf[i] = (ml - min) / (max - min);
                leftArea[i] = (max - min) * (ml - min);
                rightArea[i] = (max - min) * (max - ml);
            }
            case PERT -> {
                kind[i] = PERT;
                double step = (ml - min) / (max - min) * PertQuantileTable.MODE_STEPS;
                int lower = Math.min((int) step, PertQuantileTable.MODE_STEPS - 1);
                pertRow[i] = lower * PertQuantileTable.ROW;
                pertModeWeight[i] = step - lower;
                pertAlpha[i] = 1 + 4 * (ml - min) / (max - min);
                pertBeta[i] = 1 + 4 * (max - ml) / (max - min);
                pertLogBeta[i] = Gamma.logGamma(pertAlpha[i]) + Gamma.logGamma(pertBeta[i])
                        - Gamma.logGamma(pertAlpha[i] + pertBeta[i]);
            }
            case UNIFORM -> kind[i] = UNIFORM;
            case LOGNORMAL -> {
                double mean = (min + 4 * ml + max) / 6;
                double sd = (max - min) / 6;
                if (mean <= 0) {
                    throw new InvalidEstimateException(what + ": a lognormal needs a positive mean, (min + 4 mostLikely + max) / 6 = " + mean);
                }
                double sigma2 = Math.log(1 + sd * sd / (mean * mean));
                kind[i] = LOGNORMAL;
                low[i] = Math.log(mean) - sigma2 / 2;
                width[i] = Math.sqrt(sigma2);
            }
            default -> throw new IllegalStateException(e.distribution().toString());
        }
        return i;
    }

    public int size() {
        return size;
    }

    /** The value at quantile u (0 <= u < 1) of estimate {@code i}. Small per-shape methods keep it inlinable. */
    public double quantile(int i, double u) {
        switch (kind[i]) {
            case TRIANGULAR:
                return triangular(i, u);
            case PERT:
                return pert(i, u);
            case UNIFORM:
                return low[i] + width[i] * u;
            case LOGNORMAL:
                return FastExp.of(low[i] + width[i] * NormalQuantile.of(u));
            default:
                return low[i];
        }
    }

    /**
     * {@code out[offset + j] = quantile(i, u[j]) * factor} for j below {@code lanes}: one shape dispatch for the
     * batch, then a loop the JIT can unroll.
     */
    public void quantiles(int i, double[] u, int lanes, double[] out, int offset, double factor) {
        switch (kind[i]) {
            case TRIANGULAR -> {
                for (int j = 0; j < lanes; j++) {
                    out[offset + j] = triangular(i, u[j]) * factor;
                }
            }
            case PERT -> {
                for (int j = 0; j < lanes; j++) {
                    out[offset + j] = pert(i, u[j]) * factor;
                }
            }
            case UNIFORM -> {
                double lo = low[i];
                double w = width[i];
                for (int j = 0; j < lanes; j++) {
                    out[offset + j] = (lo + w * u[j]) * factor;
                }
            }
            case LOGNORMAL -> {
                for (int j = 0; j < lanes; j++) {
                    out[offset + j] = FastExp.of(low[i] + width[i] * NormalQuantile.of(u[j])) * factor;
                }
            }
            default -> {
                double value = low[i] * factor;
                for (int j = 0; j < lanes; j++) {
                    out[offset + j] = value;
                }
            }
        }
    }

    private double triangular(int i, double u) {
        // both branches evaluated: the comparison is random, so a select beats a mispredicted jump
        double left = low[i] + Math.sqrt(u * leftArea[i]);
        double right = low[i] + width[i] - Math.sqrt(Math.abs(1 - u) * rightArea[i]);
        return u < modeCdf[i] ? left : right;
    }

    private double pert(int i, double u) {
        float[] q = PertQuantileTable.QUANTILES;
        double position = u * PertQuantileTable.POINTS;
        int k = Math.min((int) position, PertQuantileTable.POINTS - 1);
        double f = position - k;
        int a = pertRow[i] + k;
        int b = a + PertQuantileTable.ROW;
        double lower = q[a] + f * (q[a + 1] - q[a]);
        double upper = q[b] + f * (q[b + 1] - q[b]);
        double x = lower + pertModeWeight[i] * (upper - lower);
        if (k == 0) {
            // x is the table's value at the cell's inner end here only when f = 1, so take that end's value apart
            double edge = q[a + 1] + pertModeWeight[i] * (q[b + 1] - q[a + 1]);
            x = Math.min(edge, BetaTail.quantile(u, pertAlpha[i], pertBeta[i], pertLogBeta[i]));
        } else if (k == PertQuantileTable.POINTS - 1) {
            double edge = q[a] + pertModeWeight[i] * (q[b] - q[a]);
            // 1 - u is exact for u >= 1/2; the upper tail of Beta(alpha, beta) is the lower tail of Beta(beta, alpha)
            x = Math.max(edge, 1 - BetaTail.quantile(1 - u, pertBeta[i], pertAlpha[i], pertLogBeta[i]));
        }
        return low[i] + width[i] * x;
    }

    /**
     * A code of estimate i's shape. Sampling many estimates grouped by this code keeps the branch in
     * {@link #quantile} predictable, which matters in Monte Carlo hot loops.
     */
    public int shapeCode(int i) {
        return kind[i];
    }

    /** Whether estimate i varies at all (false for fixed shapes and zero-width ranges). */
    public boolean isUncertain(int i) {
        return kind[i] != FIXED;
    }

    /** Checks an estimate and throws a message naming it and the broken rule. */
    public static void validate(ThreePointEstimate e, String what, boolean nonNegative) {
        if (e == null) {
            throw new InvalidEstimateException(what + " is missing");
        }
        if (e.distribution() == null) {
            throw new InvalidEstimateException(what + " has no distribution (triangular, pert, uniform, lognormal or fixed)");
        }
        if (!Double.isFinite(e.min()) || !Double.isFinite(e.mostLikely()) || !Double.isFinite(e.max())) {
            throw new InvalidEstimateException(what + ": min, mostLikely and max must be finite numbers");
        }
        if (e.distribution() == DistributionType.FIXED) {
            if (nonNegative && e.mostLikely() < 0) {
                throw new InvalidEstimateException(what + ": value " + e.mostLikely() + " must not be negative");
            }
            return;
        }
        if (e.min() > e.mostLikely() || e.mostLikely() > e.max()) {
            throw new InvalidEstimateException(what + ": needs min <= mostLikely <= max, got min " + e.min()
                    + ", mostLikely " + e.mostLikely() + ", max " + e.max());
        }
        if (nonNegative && e.min() < 0) {
            throw new InvalidEstimateException(what + ": min " + e.min() + " must not be negative");
        }
    }

    private void grow() {
        if (size == kind.length) {
            int n = size * 2;
            kind = Arrays.copyOf(kind, n);
            low = Arrays.copyOf(low, n);
            width = Arrays.copyOf(width, n);
            modeCdf = Arrays.copyOf(modeCdf, n);
            leftArea = Arrays.copyOf(leftArea, n);
            rightArea = Arrays.copyOf(rightArea, n);
            pertRow = Arrays.copyOf(pertRow, n);
            pertModeWeight = Arrays.copyOf(pertModeWeight, n);
            pertAlpha = Arrays.copyOf(pertAlpha, n);
            pertBeta = Arrays.copyOf(pertBeta, n);
            pertLogBeta = Arrays.copyOf(pertLogBeta, n);
        }
    }
}
