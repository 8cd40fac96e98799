package org.keelson.simulation.statistics;

import java.util.List;

/**
 * Summary of a simulated quantity. {@code percentiles[p]} is the nearest-rank P{@code p} for p = 0..100 (P0 the
 * minimum, P100 the maximum). Standard errors say how far a rerun with another seed may move the mean and P80.
 */
public record DistributionSummary(
        int count,
        double mean,
        double standardDeviation,
        double[] percentiles,
        List<HistogramBin> histogram,
        double standardErrorOfMean,
        double standardErrorOfP80) {

    public DistributionSummary {
        percentiles = percentiles.clone();
        histogram = List.copyOf(histogram);
    }

    @Override
    public double[] percentiles() {
        return percentiles.clone();
    }

    public double percentile(int p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is outside 0..100");
        }
        return percentiles[p];
    }

    public double min() {
        return percentiles[0];
    }

    public double max() {
        return percentiles[100];
    }

    public double p10() {
        return percentiles[10];
    }

    public double p50() {
        return percentiles[50];
    }

    public double p80() {
        return percentiles[80];
    }

    public double p90() {
        return percentiles[90];
    }

    /** The empirical CDF at every percentile: 101 points from the minimum to the maximum. */
    public List<CdfPoint> cdf() {
        CdfPoint[] points = new CdfPoint[101];
        for (int p = 0; p <= 100; p++) {
            points[p] = new CdfPoint(percentiles[p], p / 100.0);
        }
        return List.of(points);
    }
}
