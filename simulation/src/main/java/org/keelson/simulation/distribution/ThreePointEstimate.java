package org.keelson.simulation.distribution;

/**
 * Minimum, most likely and maximum of an uncertain quantity with the distribution fitted to them.
 * For UNIFORM the most likely value is ignored by sampling; for FIXED only the most likely value is used.
 * Invariant (checked by the codec, not here, so it can report JSON paths): min <= mostLikely <= max.
 */
public record ThreePointEstimate(double min, double mostLikely, double max, DistributionType distribution) {

    public static ThreePointEstimate fixed(double value) {
        return new ThreePointEstimate(value, value, value, DistributionType.FIXED);
    }

    public static ThreePointEstimate triangular(double min, double mostLikely, double max) {
        return new ThreePointEstimate(min, mostLikely, max, DistributionType.TRIANGULAR);
    }
}
