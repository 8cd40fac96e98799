package org.keelson.simulation.distribution;

/** A three-point estimate that cannot be sampled: missing shape, min > mostLikely > max, non-finite values. */
public class InvalidEstimateException extends IllegalArgumentException {

    public InvalidEstimateException(String message) {
        super(message);
    }
}
