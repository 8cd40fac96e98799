package org.keelson.simulation.montecarlo;

import org.keelson.simulation.Lanes;

/**
 * The steps of a batch of {@link Lanes#WIDTH} iterations that run lane by lane over the lane-interleaved arrays of
 * an {@link IterationWorker}: random draws, inverse-CDF sampling, the CPM forward pass and cost spreading. Two
 * implementations give the same bits: {@link ScalarLaneKernel} in plain loops and {@code SimdLaneKernel} in Vector
 * API vectors, which {@link Kernel} loads only where that module is present. One instance per worker: it may keep
 * scratch arrays.
 */
interface LaneKernel {

    /**
     * Advances every lane's random state once and draws from it: {@code u[j]} uniform in [0, 1) from the top 53 bits
     * of the mixed state, {@code quantiles[row + j]} its top {@value IterationWorker#QUANTILE_BITS} bits.
     */
    void drawUniforms(long[] states, double[] u, byte[] quantiles, int row);

    /** {@code out[offset + j] = samplers.quantile(sampler, u[j]) * factor} for every lane j. */
    void quantiles(int sampler, double[] u, double[] out, int offset, double factor);

    /** The forward pass of every lane, as {@link org.keelson.simulation.schedule.ScheduleNetwork#forward}. */
    void forward(double[] remaining, double[] times, double[] projectFinish);

    /**
     * Adds leaf i's cost in every lane (fixed cost plus daily cost times its duration) to {@code totals} and spreads
     * it evenly over its working days into its category's quarter cells of {@code rows}, laid out as in
     * {@link IterationWorker}: a lane finishing in the quarter it starts in (or with no duration) puts its whole
     * cost there, one running across quarters cost / duration times its days in each.
     */
    void spendActivity(int i, double[] times, double[] remaining, double[] totals, double[] rows, int quarterStride);
}
