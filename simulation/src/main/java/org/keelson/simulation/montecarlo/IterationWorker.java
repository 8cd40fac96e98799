package org.keelson.simulation.montecarlo;

import java.util.Arrays;

import org.keelson.simulation.Lanes;
import org.keelson.simulation.distribution.SamplerSet;
import org.keelson.simulation.random.SplitMix;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.ScheduleNetwork;

/**
 * One thread's share of the runs of an execution (pilot, main run, tornado reruns): reusable scratch arrays and,
 * for the main run, integer accumulators, so the hot loop allocates nothing. Accumulators are integer sums
 * (criticality counts, fixed-point quantile sums) whose totals do not depend on which worker ran which block,
 * which keeps results identical for every thread count.
 *
 * <p>The kernels always compute all {@link #LANES} lanes, also in the last batch of a run when fewer iterations
 * are left: the spare lanes compute throw-away values that are never stored, and the loops keep a fixed trip count.
 */
final class IterationWorker {

    /**
     * Input quantiles enter the sensitivity sums as bytes, 0..255: rounding u to 1/256 changes a rank correlation
     * by a factor of 1 - 8e-6, and small counters keep the sums in cache.
     */
    static final int QUANTILE_BITS = 8;
    static final double QUANTILE_SCALE = 1 << QUANTILE_BITS;
    static final long ITERATION_SALT = 0x1D8E4E27C47D124FL;
    static final long BLOCK_SALT = 0x2545F4914F6CDD1DL;

    /** Iterations run side by side through the kernels: amortises link and sampler bookkeeping. */
    static final int LANES = Lanes.WIDTH;

    private final SimulationModel model;
    private final ScheduleNetwork net;
    private final LaneKernel kernel;
    private final SamplerSet samplers;
    private Run run;
    /** The run and block whose Latin hypercube keys and correlated draws are in place. */
    private Run preparedRun;
    private int preparedBlock = -1;
    private final int n;
    private final int uncertain;
    /** Lane-interleaved arrays: [i * LANES + j] for leaf i in lane j; times [(2i or 2i+1) * LANES + j]. */
    private final double[] remaining;
    private final double[] times;
    private final int[] stack;
    private final int[] visited;
    private final int[] stackTops = new int[LANES];
    private int visit;
    private final double[] remainingFraction;
    private final int[] certainLeaves;
    private final long[] states = new long[LANES];
    private final double[] uniforms = new double[LANES];
    private final double[] finishes = new double[LANES];
    private final double[] riskCostTotals = new double[LANES];
    private final double[] costTotals = new double[LANES];
    /** [r * LANES + j] */
    private final double[] riskMultiplier;
    private final double[] riskCost;
    private final boolean[] riskHit;
    /** Spend of lane j in category c and quarter q at [(q * categories + c) * LANES + j]. */
    private final double[] spendRows;
    /** [k * LANES + j] */
    private final byte[] quantiles;
    private final long[] lhsKeys;
    private final double[] correlatedUniforms;
    private final double[][] sortedUniforms;

    final int[] criticalCount;
    final long[] quantileSquares;
    /**
     * Fixed-point quantile sums of uncertain activity k over iterations whose finish fell in bin b: [k * FINISH_BINS + b].
     * Summed over the bins they give each activity's plain quantile sum.
     */
    final long[] quantileSumByFinishBin;
    /**
     * The same sums for the current chunk only, added to {@link #quantileSumByFinishBin} when the chunk ends. In
     * 16-bit counters, which a chunk cannot overflow ({@link MonteCarloEngine#CHUNK} x 255 < 65536), activity-major
     * with one 64-byte row per activity: a batch of iterations updates one short row after another, and the array
     * stays in cache where the long totals would not.
     */
    private final char[] chunkQuantileSumByFinishBin;
    /** Finish bin of each lane. */
    private final int[] finishBinOfLane = new int[LANES];

    /** Everything a worker needs to know about the run it takes part in. */
    record Run(long seed, long salt, boolean latinHypercube, boolean[] riskEnabled, boolean full, double[] finishBinEdges,
            SimulationSamples samples) {
    }

    /**
     * A worker for runs of {@code model} on {@code kernel}; {@code accumulates} if it will take part in a full run.
     */
    IterationWorker(SimulationModel model, boolean accumulates, Kernel kernel) {
        this.model = model;
        this.net = model.network;
        this.kernel = kernel.create(model);
        this.samplers = model.samplers;
        n = model.n;
        uncertain = model.uncertainLeaves.length;
        remaining = new double[n * LANES];
        times = new double[2 * n * LANES];
        stack = new int[n * LANES];
        visited = new int[n * LANES];
        remainingFraction = new double[n];
        boolean[] drawn = new boolean[n];
        for (int leaf : model.uncertainLeaves) {
            drawn[leaf] = true;
        }
        int[] certain = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            remainingFraction[i] = net.remainingFraction(i);
            if (!drawn[i]) {
                certain[count++] = i;
            }
        }
        certainLeaves = Arrays.copyOf(certain, count);
        int risks = model.riskCount();
        riskMultiplier = new double[risks * LANES];
        riskCost = new double[risks * LANES];
        riskHit = new boolean[risks];
        spendRows = new double[LANES * model.categoryCodes.size() * model.quarters];
        quantiles = new byte[uncertain * LANES];
        lhsKeys = new long[uncertain];
        int m = model.correlation == null ? 0 : model.correlation.variables();
        correlatedUniforms = new double[m * MonteCarloEngine.BLOCK];
        sortedUniforms = new double[m][MonteCarloEngine.BLOCK];
        boolean full = accumulates;
        criticalCount = full ? new int[n] : null;
        quantileSquares = full ? new long[uncertain] : null;
        quantileSumByFinishBin = full ? new long[MonteCarloEngine.FINISH_BINS * uncertain] : null;
        chunkQuantileSumByFinishBin = full ? new char[MonteCarloEngine.FINISH_BINS * uncertain] : null;
    }

    /**
     * Runs iterations [from, to) of block {@code block} of {@code run}, the block spanning [blockFrom, blockTo).
     * Latin hypercube strata and correlated draws are laid out per block; a worker prepares them when it starts on a
     * block it did not run last.
     */
    void runChunk(Run run, int block, int blockFrom, int blockTo, int from, int to) {
        this.run = run;
        int blockLength = blockTo - blockFrom;
        if (run != preparedRun || block != preparedBlock) {
            long blockState = SplitMix.stream(run.seed, run.salt ^ BLOCK_SALT, block);
            if (run.latinHypercube) {
                for (int k = 0; k < uncertain; k++) {
                    lhsKeys[k] = SplitMix.mix(blockState + SplitMix.GOLDEN * (k + 1));
                }
            }
            if (model.correlation != null) {
                prepareCorrelated(blockLength, blockState);
            }
            preparedRun = run;
            preparedBlock = block;
        }
        for (int g = from; g < to; g += LANES) {
            iterations(g, Math.min(LANES, to - g), g - blockFrom, blockLength);
        }
        if (run.full) {
            char[] chunkSums = chunkQuantileSumByFinishBin;
            for (int x = 0; x < chunkSums.length; x++) {
                quantileSumByFinishBin[x] += chunkSums[x];
            }
            Arrays.fill(chunkSums, (char) 0);
        }
    }

    private void prepareCorrelated(int blockLength, long blockState) {
        int m = model.correlation.variables();
        long state = SplitMix.mix(blockState ^ 0x5DEECE66DL);
        for (int v = 0; v < m; v++) {
            double[] column = sortedUniforms[v];
            for (int r = 0; r < blockLength; r++) {
                state += SplitMix.GOLDEN;
                double jitter = SplitMix.uniform(state);
                column[r] = run.latinHypercube ? (r + jitter) / blockLength : jitter;
            }
            if (!run.latinHypercube) {
                Arrays.sort(column, 0, blockLength);
            }
        }
        model.correlation.correlate(sortedUniforms, blockLength, state, correlatedUniforms);
    }

    /**
     * Iterations g0 .. g0 + lanes - 1 (rows row0.. of their block), side by side. Each lane draws from its own
     * stream in the same order as a lone iteration would: risks, then uncertain durations. One method per step:
     * the JIT compiles small methods sooner and faster than one large one, which shortens the slow start of a run in
     * a fresh JVM.
     */
    private void iterations(int g0, int lanes, int row0, int blockLength) {
        startLanes(g0);
        drawRisks(g0, lanes);
        drawDurations(row0, blockLength);
        applyRiskMultipliers();
        kernel.forward(remaining, times, finishes);
        SimulationSamples out = run.samples;
        for (int j = 0; j < lanes; j++) {
            out.finish[g0 + j] = finishes[j];
        }
        if (run.full) {
            recordMilestonesCriticalityAndSensitivity(g0, lanes);
            spreadCosts(lanes, g0);
        } else {
            totalCosts(lanes, g0);
        }
    }

    /** Each lane's random stream, and the durations that do not vary. */
    private void startLanes(int g0) {
        final SimulationModel mdl = model;
        final double[] rem = remaining;
        for (int j = 0; j < LANES; j++) {
            states[j] = SplitMix.stream(run.seed, run.salt ^ ITERATION_SALT, g0 + j);
            riskCostTotals[j] = 0;
        }
        for (int i : certainLeaves) {
            double d = mdl.fixedRemaining[i];
            for (int j = 0; j < LANES; j++) {
                rem[i * LANES + j] = d;
            }
        }
    }

    /** Risk drivers: three draws each whether enabled or not, so switching one off leaves every other draw alone. */
    private void drawRisks(int g0, int lanes) {
        final SimulationModel mdl = model;
        final int risks = riskHit.length;
        for (int r = 0; r < risks; r++) {
            boolean any = false;
            for (int j = 0; j < LANES; j++) {
                long occurrence = states[j] + SplitMix.GOLDEN;
                long scheduleDraw = occurrence + SplitMix.GOLDEN;
                long costDraw = scheduleDraw + SplitMix.GOLDEN;
                states[j] = costDraw;
                double multiplier = 1;
                double cost = 0;
                if (run.riskEnabled[r] && SplitMix.uniform(occurrence) < mdl.riskProbability[r]) {
                    if (mdl.riskScheduleSampler[r] >= 0) {
                        multiplier = samplers.quantile(mdl.riskScheduleSampler[r], SplitMix.uniform(scheduleDraw));
                    }
                    if (mdl.riskCostSampler[r] >= 0) {
                        cost = samplers.quantile(mdl.riskCostSampler[r], SplitMix.uniform(costDraw));
                    }
                    if (run.full && j < lanes) {
                        int g = g0 + j;
                        run.samples.riskOccurred[r][g >>> 6] |= 1L << (g & 63);
                    }
                    any |= multiplier != 1;
                }
                riskMultiplier[r * LANES + j] = multiplier;
                riskCost[r * LANES + j] = cost;
                riskCostTotals[j] += cost;
            }
            riskHit[r] = any;
        }
    }

    private void drawDurations(int row0, int blockLength) {
        final SimulationModel mdl = model;
        final double[] rem = remaining;
        final int[] leaves = mdl.uncertainLeaves;
        final int[] column = mdl.correlatedColumnOfSlot;
        final int[] sampler = mdl.durationSamplerOfSlot;
        final double[] u = uniforms;
        final byte[] drawn = quantiles;
        final boolean lhs = run.latinHypercube;
        for (int k = 0; k < uncertain; k++) {
            int c = column[k];
            int drawnRow = k * LANES;
            if (c < 0 && !lhs) {
                // the common case, on its own: the fixed-point quantile is the top bits of the random word
                kernel.drawUniforms(states, u, drawn, drawnRow);
            } else {
                for (int j = 0; j < LANES; j++) {
                    double v;
                    if (c >= 0) {
                        v = correlatedUniforms[c * blockLength + row0 + j];
                    } else {
                        long st = states[j] + SplitMix.GOLDEN;
                        states[j] = st;
                        int row = row0 + j;
                        // a spare lane past the block's end has no stratum (and cycle-walking from it may not end)
                        v = row < blockLength ? (SplitMix.permute(row, blockLength, lhsKeys[k]) + SplitMix.uniform(st))
                                / blockLength : 0;
                    }
                    u[j] = v;
                    drawn[drawnRow + j] = (byte) (v * QUANTILE_SCALE);
                }
            }
            int i = leaves[k];
            kernel.quantiles(sampler[k], u, rem, i * LANES, remainingFraction[i]);
        }
    }

    private void applyRiskMultipliers() {
        final SimulationModel mdl = model;
        final double[] rem = remaining;
        final int risks = riskHit.length;
        for (int r = 0; r < risks; r++) {
            if (riskHit[r]) {
                for (int a = mdl.riskActivityRow[r], end = mdl.riskActivityRow[r + 1]; a < end; a++) {
                    int base = mdl.riskActivities[a] * LANES;
                    for (int j = 0; j < LANES; j++) {
                        rem[base + j] *= riskMultiplier[r * LANES + j];
                    }
                }
            }
        }
    }

    private void recordMilestonesCriticalityAndSensitivity(int g0, int lanes) {
        final SimulationModel mdl = model;
        final SimulationSamples out = run.samples;
        final byte[] drawn = quantiles;
        for (int m = 0; m < mdl.milestoneLeaf.length; m++) {
            int base = (2 * mdl.milestoneLeaf[m] + 1) * LANES;
            for (int j = 0; j < lanes; j++) {
                out.milestoneFinish[m * out.capacity + g0 + j] = times[base + j];
            }
        }
        net.countCritical(remaining, times, LANES, lanes, finishes, CriticalPathScheduler.CRITICAL_FLOAT, stack, visited,
                stackTops, ++visit, criticalCount);
        final int[] bin = finishBinOfLane;
        for (int j = 0; j < lanes; j++) {
            bin[j] = finishBin(finishes[j]);
        }
        final char[] byBin = chunkQuantileSumByFinishBin;
        final long[] squares = quantileSquares;
        for (int k = 0; k < uncertain; k++) {
            int sumOfSquares = 0;
            int row = k * MonteCarloEngine.FINISH_BINS;
            for (int j = 0; j < lanes; j++) {
                int q = drawn[k * LANES + j] & 0xFF;
                sumOfSquares += q * q;
                byBin[row + bin[j]] += q;
            }
            squares[k] += sumOfSquares;
        }
    }

    /** The working days of leaf i that lane j pays for: all of them if finished, else those after the status date. */
    private double daysToPay(int i, int j) {
        return net.state(i) == ScheduleNetwork.FINISHED ? times[(2 * i + 1) * LANES + j] - times[2 * i * LANES + j]
                : remaining[i * LANES + j];
    }

    private void totalCosts(int lanes, int g0) {
        final SimulationModel mdl = model;
        for (int j = 0; j < lanes; j++) {
            double total = riskCostTotals[j] + mdl.spentCost;
            for (int i = 0; i < n; i++) {
                total += mdl.remainingFixedCost[i] + mdl.costPerDay[i] * daysToPay(i, j);
            }
            run.samples.cost[g0 + j] = total;
        }
    }

    /**
     * Total costs, spreading each activity's cost evenly over its working days into category x quarter cells.
     * Cells are quarter-major, so the quarters up to the latest finish of the batch are a prefix of the rows.
     */
    private void spreadCosts(int lanes, int g0) {
        final SimulationModel mdl = model;
        final int categories = mdl.categoryCodes.size();
        final double[] fixedCost = mdl.fixedCost;
        final double[] costPerDay = mdl.costPerDay;
        final int[] category = mdl.category;
        final double[] t = times;
        final double[] rem = remaining;
        final double[] rows = spendRows;
        final double[] totals = costTotals;
        final int quarterStride = categories * LANES;
        double latest = finishes[0];
        for (int j = 1; j < lanes; j++) {
            latest = Math.max(latest, finishes[j]);
        }
        // no activity finishes after the project, and risk costs land at an activity's or the project's finish
        int usedQuarters = mdl.quarterOf(latest) + 1;
        // what work in progress spent before the status date, the same in every iteration
        for (int q = 0; q < usedQuarters; q++) {
            for (int c = 0; c < categories; c++) {
                int cell = q * quarterStride + c * LANES;
                Arrays.fill(rows, cell, cell + LANES, mdl.spentSpend[q * categories + c]);
            }
        }
        // same summation order as totalCosts, so runs with and without spend agree to the last bit
        for (int j = 0; j < LANES; j++) {
            totals[j] = riskCostTotals[j] + mdl.spentCost;
        }
        for (int i = 0; i < n; i++) {
            if (fixedCost[i] != 0 || costPerDay[i] != 0) {
                kernel.spendActivity(i, t, rem, totals, rows, quarterStride);
            }
        }
        for (int r = 0; r < riskHit.length; r++) {
            int leaf = mdl.riskCostLeaf[r];
            int categoryBase = (leaf >= 0 ? category[leaf] : categories - 1) * LANES;
            for (int j = 0; j < LANES; j++) {
                double cost = riskCost[r * LANES + j];
                if (cost != 0) {
                    double when = leaf >= 0 ? t[(2 * leaf + 1) * LANES + j] : finishes[j];
                    rows[mdl.quarterOf(when) * quarterStride + categoryBase + j] += cost;
                }
            }
        }
        SimulationSamples out = run.samples;
        final float[] quarterSpend = out.quarterSpend;
        final int capacity = out.capacity;
        final int quarters = mdl.quarters;
        for (int q = 0; q < usedQuarters; q++) {
            float[] spend = out.spendOfQuarterToWrite(q);
            for (int c = 0; c < categories; c++) {
                int source = q * quarterStride + c * LANES;
                int target = c * capacity + g0;
                for (int j = 0; j < lanes; j++) {
                    spend[target + j] = (float) rows[source + j];
                }
            }
            for (int j = 0; j < lanes; j++) {
                double sum = 0;
                for (int c = 0; c < categories; c++) {
                    sum += rows[q * quarterStride + c * LANES + j];
                }
                quarterSpend[(g0 + j) * quarters + q] = (float) sum;
            }
        }
        for (int j = 0; j < lanes; j++) {
            out.cost[g0 + j] = totals[j];
        }
    }

    private int finishBin(double finish) {
        return finishBin(run.finishBinEdges, finish);
    }

    /** Index of the bin holding {@code finish}: the number of edges at or below it. */
    static int finishBin(double[] edges, double finish) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (finish < edges[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
