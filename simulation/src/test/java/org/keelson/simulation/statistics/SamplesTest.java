package org.keelson.simulation.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearestRankPercentilesAndSummary() {
        double[] values = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        DistributionSummary s = Samples.summarize(values, values.length);
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(82.5 / 9), s.standardDeviation(), 1e-12);
        assertEquals(1, s.min());
        assertEquals(10, s.max());
        assertEquals(5, s.p50());
        assertEquals(8, s.p80());
        assertEquals(1, s.p10());
        assertEquals(10, s.histogram().stream().mapToInt(HistogramBin::count).sum());
        assertEquals(0.8, s.cdf().get(80).probability(), 1e-12);
    }

    @Test
    void quickselectAgreesWithSorting() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[5001];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(300);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double p : new double[] {0.01, 0.1, 0.5, 0.8, 0.9, 1}) {
            assertEquals(Samples.percentileOfSorted(sorted, p), Samples.selectPercentile(values.clone(), values.length, p));
        }
        double[] together = Samples.selectPercentiles(values.clone(), values.length, 0.9, 0.01, 0.5, 0.5, 1);
        assertArrayEquals(new double[] {Samples.percentileOfSorted(sorted, 0.9), Samples.percentileOfSorted(sorted, 0.01),
            Samples.percentileOfSorted(sorted, 0.5), Samples.percentileOfSorted(sorted, 0.5),
            Samples.percentileOfSorted(sorted, 1)}, together);
    }

    @Test
    void bucketSelectionAgreesWithSortingOnSkewedTiedAndSpecialValues() {
        SplittableRandom random = new SplittableRandom(5);
        double[] fractions = {0, 0.01, 0.1, 0.5, 0.8, 0.9, 0.99, 1};
        for (int n : new int[] {1, 2, 7, 1000, 10001}) {
            for (int shape = 0; shape < 5; shape++) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    double g = random.nextGaussian();
                    values[i] = switch (shape) {
                        case 0 -> 500 + 40 * g;
                        case 1 -> Math.exp(6 * g); // most values in the lowest buckets, a few far out
                        case 2 -> random.nextInt(4) - 0.0;
                        case 3 -> i % 97 == 0 ? Double.NaN : g;
                        default -> i % 89 == 0 ? Double.NEGATIVE_INFINITY : i % 83 == 0 ? -0.0 : g;
                    };
                }
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                double[] untouched = values.clone();
                double[] selected = Samples.selectPercentiles(values, n, fractions);
                for (int k = 0; k < fractions.length; k++) {
                    assertEquals(Samples.percentileOfSorted(sorted, fractions[k]), selected[k], 0,
                            "n " + n + " shape " + shape + " p " + fractions[k]);
                }
                assertArrayEquals(untouched, values);
            }
        }
    }

    @Test
    void summaryMatchesTheSortedReferenceOnRandomAndTiedSamples() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {1, 2, 3, 31, 33, 100, 1000, 10007}) {
            for (int ties : new int[] {3, 1000, 0}) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = ties > 0 ? random.nextInt(ties) : random.nextGaussian() * 40 + 500;
                }
                DistributionSummary s = Samples.summarize(values.clone(), n);
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                for (int p = 0; p <= 100; p++) {
                    assertEquals(Samples.percentileOfSorted(sorted, p / 100.0), s.percentile(p), "n " + n + " P" + p);
                }
                assertEquals(Samples.quantileStandardError(sorted, 0.8), s.standardErrorOfP80(), "n " + n);
                assertEquals(n, s.histogram().stream().mapToInt(HistogramBin::count).sum(), "n " + n);
            }
        }
    }

    @Test
    void radixSortOrdersLikeArraysSortIncludingSignedZerosInfinitiesAndNaN() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[3000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (random.nextInt(8)) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                case 3 -> Double.NaN;
                case 4 -> random.nextBoolean() ? Double.MIN_VALUE : -Double.MAX_VALUE;
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-300, 300));
            };
        }
        double[] expected = values.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, Samples.sortedCopy(values, values.length));
        assertArrayEquals(new double[] {-1, 2}, Samples.sortedCopy(new double[] {2, -1, 7}, 2));
        assertArrayEquals(new double[] {4}, Samples.sortedCopy(new double[] {4}, 1));
    }

    @Test
    void spearmanUsesRanks() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 8, 27, 64, 125};
        assertEquals(1, Samples.spearman(x, y), 1e-12);
        assertEquals(-1, Samples.spearman(x, new double[] {5, 4, 3, 2, 1}), 1e-12);
    }
}
