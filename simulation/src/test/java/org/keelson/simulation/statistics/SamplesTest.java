package org.keelson.simulation.statistics;

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
    }

    @Test
    void spearmanUsesRanks() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 8, 27, 64, 125};
        assertEquals(1, Samples.spearman(x, y), 1e-12);
        assertEquals(-1, Samples.spearman(x, new double[] {5, 4, 3, 2, 1}), 1e-12);
    }
}
