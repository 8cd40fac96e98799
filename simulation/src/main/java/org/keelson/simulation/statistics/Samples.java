package org.keelson.simulation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Statistics over the first {@code count} values of a sample array (simulation results are stored that way). */
public final class Samples {

    public static final int HISTOGRAM_BINS = 30;

    private Samples() {
    }

    /** Mean, spread, percentiles, histogram and standard errors. Sums run in index order: reproducible. */
    public static DistributionSummary summarize(double[] values, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("no samples to summarise");
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
        double[] sorted = sortedCopy(values, count);
        double[] percentiles = new double[101];
        for (int p = 0; p <= 100; p++) {
            percentiles[p] = percentileOfSorted(sorted, p / 100.0);
        }
        return new DistributionSummary(count, mean, sd, percentiles, histogram(sorted), sd / Math.sqrt(count),
                quantileStandardError(sorted, 0.8));
    }

    private static final int RADIX_BITS = 11;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

    /**
     * The first {@code count} values in ascending order, as {@link Arrays#sort(double[])} orders them (-0.0 before
     * 0.0, NaN last): a radix sort on the bits, 11 bits a pass, skipping passes where every value has the same
     * digit. Several times faster than a comparison sort on simulation samples.
     */
    static double[] sortedCopy(double[] values, int count) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            // flipped so that the keys order as signed longs would order the doubles: all bits of negatives, the sign of the rest
            long bits = Double.doubleToLongBits(values[i]);
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        long[] buffer = new long[count];
        int[] start = new int[RADIX_MASK + 1];
        for (int shift = 0; shift < 64 && count > 1; shift += RADIX_BITS) {
            Arrays.fill(start, 0);
            for (long key : keys) {
                start[(int) (key >>> shift) & RADIX_MASK]++;
            }
            if (start[(int) (keys[0] >>> shift) & RADIX_MASK] == count) {
                continue;
            }
            for (int digit = 0, before = 0; digit <= RADIX_MASK; digit++) {
                int inDigit = start[digit];
                start[digit] = before;
                before += inDigit;
            }
            for (long key : keys) {
                buffer[start[(int) (key >>> shift) & RADIX_MASK]++] = key;
            }
            long[] swap = keys;
            keys = buffer;
            buffer = swap;
        }
        double[] sorted = new double[count];
        for (int i = 0; i < count; i++) {
            long key = keys[i];
            sorted[i] = Double.longBitsToDouble(key ^ ((~key >> 63) | Long.MIN_VALUE));
        }
        return sorted;
    }

    /** Nearest-rank quantile of ascending values: the smallest value with at least fraction p of values at or below. */
    public static double percentileOfSorted(double[] sorted, double p) {
        return sorted[percentileIndex(sorted.length, p)];
    }

    /** Index in ascending order of the nearest-rank p-quantile of n values. */
    private static int percentileIndex(int n, double p) {
        int rank = (int) Math.ceil(p * n - 1e-9);
        return Math.min(n - 1, Math.max(0, rank - 1));
    }

    /**
     * Nearest-rank quantile of the first {@code count} values without a full sort (quickselect, expected linear
     * time); reorders those values.
     */
    public static double selectPercentile(double[] values, int count, double p) {
        return selectRank(values, count, percentileIndex(count, p));
    }

    /** The k-th smallest (from 0) of the first {@code count} values, by quickselect; reorders those values. */
    private static double selectRank(double[] values, int count, int k) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            double pivot = median3(values[lo], values[(lo + hi) >>> 1], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** Buckets of {@link #selectPercentiles}: a few values each on typical samples, few enough to count fast. */
    private static final int SELECT_BUCKETS = 1024;

    /**
     * Nearest-rank quantiles of the first {@code count} values for several fractions, without a full sort and
     * without reordering the values: the values are counted into equal-width buckets between their minimum and
     * maximum (bucket order is value order), and each requested rank is then selected among the few values of its
     * bucket. Three passes over the values, against several for quickselect with its unpredictable branches.
     */
    public static double[] selectPercentiles(double[] values, int count, double... fractions) {
        double[] result = new double[fractions.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            min = v < min ? v : min;
            max = v > max ? v : max;
            nan |= v != v;
        }
        double scale = SELECT_BUCKETS / (max - min);
        if (nan || !(scale < Double.POSITIVE_INFINITY) || !(scale > 0)) {
            // one distinct value, or infinities or NaN among the values: order them as Arrays.sort does
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            for (int k = 0; k < fractions.length; k++) {
                result[k] = percentileOfSorted(sorted, fractions[k]);
            }
            return result;
        }
        int[] counts = new int[SELECT_BUCKETS];
        for (int i = 0; i < count; i++) {
            counts[bucket(values[i], min, scale)]++;
        }
        for (int k = 0; k < fractions.length; k++) {
            int rank = percentileIndex(count, fractions[k]);
            int b = 0;
            while (rank >= counts[b]) {
                rank -= counts[b++];
            }
            double[] members = new double[counts[b]];
            for (int i = 0, m = 0; i < count; i++) {
                if (bucket(values[i], min, scale) == b) {
                    members[m++] = values[i];
                }
            }
            result[k] = selectRank(members, members.length, rank);
        }
        return result;
    }

    /** Bucket of v: monotone in v, since every step (subtraction, product, truncation, cap) is. */
    private static int bucket(double v, double min, double scale) {
        return Math.min(SELECT_BUCKETS - 1, (int) ((v - min) * scale));
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** Share of the first {@code count} values at or below {@code limit}. */
    public static double fractionAtMost(double[] values, int count, double limit) {
        int hits = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] <= limit + 1e-9) {
                hits++;
            }
        }
        return (double) hits / count;
    }

    /**
     * Standard error of the p-quantile from the order statistics spanning one binomial standard deviation,
     * sqrt(n p (1 - p)) ranks either side: distribution-free, no density estimate needed.
     */
    public static double quantileStandardError(double[] sorted, double p) {
        int n = sorted.length;
        if (n < 2) {
            return Double.NaN;
        }
        double spread = Math.sqrt(n * p * (1 - p));
        int low = (int) Math.max(0, Math.floor(n * p - spread) - 1);
        int high = (int) Math.min(n - 1, Math.ceil(n * p + spread) - 1);
        return (sorted[high] - sorted[low]) / 2;
    }

    /** Spearman rank correlation of two equally long arrays (average ranks for ties). */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static List<HistogramBin> histogram(double[] sorted) {
        int n = sorted.length;
        double lo = sorted[0];
        double hi = sorted[n - 1];
        List<HistogramBin> bins = new ArrayList<>();
        if (hi == lo) {
            bins.add(new HistogramBin(lo, hi, n, 1));
            return bins;
        }
        double width = (hi - lo) / HISTOGRAM_BINS;
        int index = 0;
        for (int b = 0; b < HISTOGRAM_BINS; b++) {
            double to = b == HISTOGRAM_BINS - 1 ? hi : lo + width * (b + 1);
            int start = index;
            while (index < n && (sorted[index] < to || b == HISTOGRAM_BINS - 1)) {
                index++;
            }
            bins.add(new HistogramBin(lo + width * b, to, index - start, (double) (index - start) / n));
        }
        return bins;
    }
}
