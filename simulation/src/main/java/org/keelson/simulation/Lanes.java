package org.keelson.simulation;

/**
 * The Monte Carlo kernels (sampling, forward pass, cost spreading) run {@value #WIDTH} iterations side by side, one
 * per lane, with lane j of item i at index {@code i * WIDTH + j} of their arrays. Both kernels use this layout: the
 * scalar one in plain loops, the SIMD one in vectors of {@link LaneSpecies}.
 */
public final class Lanes {

    public static final int WIDTH = 16;

    private Lanes() {
    }
}
