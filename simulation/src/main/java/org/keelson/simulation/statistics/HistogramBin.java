package org.keelson.simulation.statistics;

/** One histogram bar: values in [from, to) (the last bar includes {@code to}), their count and share. */
public record HistogramBin(double from, double to, int count, double probability) {
}
