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

    /**
     * The mean of the fitted distribution, as {@link SamplerSet} samples it: (min + ml + max) / 3 triangular,
     * (min + 4 ml + max) / 6 PERT and lognormal (which is matched to the PERT mean), (min + max) / 2 uniform, ml fixed.
     */
    public double mean() {
        return switch (distribution) {
            case TRIANGULAR -> (min + mostLikely + max) / 3;
            case PERT, LOGNORMAL -> (min + 4 * mostLikely + max) / 6;
            case UNIFORM -> (min + max) / 2;
            case FIXED -> mostLikely;
        };
    }
}
