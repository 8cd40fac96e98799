package org.keelson.simulation;

/**
 * The Monte Carlo kernels (sampling, forward pass) run {@value #WIDTH} iterations side by side, one per lane, with
 * lane j of item i at index {@code i * WIDTH + j} of their arrays. A compile-time constant on purpose: loops over
 * the lanes get a fixed trip count that the JIT unrolls, measurably faster than the same loops up to a variable.
 */
public final class Lanes {

    public static final int WIDTH = 16;

    private Lanes() {
    }
}
