package org.keelson.simulation.montecarlo;

import java.util.Arrays;

import org.keelson.simulation.distribution.SamplerSet;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.ScheduleNetwork;

/**
 * One thread's share of a run: reusable scratch arrays and integer accumulators, so the hot loop allocates
 * nothing. Accumulators are integer sums (criticality counts, fixed-point quantile sums) whose totals do not
 * depend on which worker ran which block, which keeps results identical for every thread count.
 */
final class IterationWorker {

    /** Fixed-point scale of input quantiles in the sensitivity sums. */
    static final double QUANTILE_SCALE = 1 << 20;
    static final long ITERATION_SALT = 0x1D8E4E27C47D124FL;
    static final long BLOCK_SALT = 0x2545F4914F6CDD1DL;

    /** Iterations run side by side through the kernels: amortises link and sampler bookkeeping. */
    static final int LANES = 16;

    private final SimulationModel model;
    private final ScheduleNetwork net;
    private final SamplerSet samplers;
    private final Run run;
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
    private final long[] quantiles;
    private final long[] lhsKeys;
    private final double[] correlatedUniforms;
    private final double[][] sortedUniforms;

    final int[] criticalCount;
    final long[] quantileSquares;
    /**
     * Fixed-point quantile sums of uncertain activity k over iterations whose finish fell in bin b: [b * K + k].
     * Summed over the bins they give each activity's plain quantile sum.
     */
    final long[] quantileSumByFinishBin;
    /** Row of {@link #quantileSumByFinishBin} for each lane's finish. */
    private final int[] finishBinBase = new int[LANES];

    /** Everything a worker needs to know about the run it takes part in. */
    record Run(long seed, long salt, boolean latinHypercube, boolean[] riskEnabled, boolean full, double[] finishBinEdges,
            SimulationSamples samples) {
    }

    IterationWorker(SimulationModel model, Run run) {
        this.model = model;
        this.net = model.network;
        this.samplers = model.samplers;
        this.run = run;
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
        quantiles = new long[uncertain * LANES];
        lhsKeys = new long[uncertain];
        int m = model.correlation == null ? 0 : model.correlation.variables();
        correlatedUniforms = new double[m * MonteCarloEngine.BLOCK];
        sortedUniforms = new double[m][MonteCarloEngine.BLOCK];
        boolean full = run.full;
        criticalCount = full ? new int[n] : null;
        quantileSquares = full ? new long[uncertain] : null;
        quantileSumByFinishBin = full ? new long[(run.finishBinEdges.length + 1) * uncertain] : null;
    }

    /** Runs iterations [from, to) of block {@code block}. */
    void runBlock(int block, int from, int to) {
        int blockLength = to - from;
        long blockState = SplitMix.stream(run.seed, run.salt ^ BLOCK_SALT, block);
        if (run.latinHypercube) {
            for (int k = 0; k < uncertain; k++) {
                lhsKeys[k] = SplitMix.mix(blockState + SplitMix.GOLDEN * (k + 1));
            }
        }
        if (model.correlation != null) {
            prepareCorrelated(blockLength, blockState);
        }
        for (int g = from; g < to; g += LANES) {
            iterations(g, Math.min(LANES, to - g), g - from, blockLength);
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
     * stream in the same order as a lone iteration would: risks, then uncertain durations.
     */
    private void iterations(int g0, int lanes, int row0, int blockLength) {
        final SimulationModel mdl = model;
        final double[] rem = remaining;
        for (int j = 0; j < lanes; j++) {
            states[j] = SplitMix.stream(run.seed, run.salt ^ ITERATION_SALT, g0 + j);
            riskCostTotals[j] = 0;
        }
        for (int i : certainLeaves) {
            double d = mdl.fixedRemaining[i];
            for (int j = 0; j < lanes; j++) {
                rem[i * LANES + j] = d;
            }
        }

        // risk drivers: three draws each whether enabled or not, so switching one off leaves every other draw alone
        int risks = riskHit.length;
        for (int r = 0; r < risks; r++) {
            boolean any = false;
            for (int j = 0; j < lanes; j++) {
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
                    if (run.full) {
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

        final int[] leaves = mdl.uncertainLeaves;
        final int[] column = mdl.correlatedColumnOfSlot;
        final int[] sampler = mdl.durationSamplerOfSlot;
        final double[] u = uniforms;
        final long[] drawn = quantiles;
        final boolean lhs = run.latinHypercube;
        for (int k = 0; k < uncertain; k++) {
            int c = column[k];
            for (int j = 0; j < lanes; j++) {
                double v;
                if (c >= 0) {
                    v = correlatedUniforms[c * blockLength + row0 + j];
                } else {
                    long st = states[j] + SplitMix.GOLDEN;
                    states[j] = st;
                    v = SplitMix.uniform(st);
                    if (lhs) {
                        v = (SplitMix.permute(row0 + j, blockLength, lhsKeys[k]) + v) / blockLength;
                    }
                }
                u[j] = v;
                drawn[k * LANES + j] = (long) (v * QUANTILE_SCALE);
            }
            int i = leaves[k];
            samplers.quantiles(sampler[k], u, lanes, rem, i * LANES, remainingFraction[i]);
        }
        for (int r = 0; r < risks; r++) {
            if (riskHit[r]) {
                for (int a = mdl.riskActivityRow[r], end = mdl.riskActivityRow[r + 1]; a < end; a++) {
                    int base = mdl.riskActivities[a] * LANES;
                    for (int j = 0; j < lanes; j++) {
                        rem[base + j] *= riskMultiplier[r * LANES + j];
                    }
                }
            }
        }

        net.forward(rem, times, LANES, lanes, finishes);
        SimulationSamples out = run.samples;
        for (int j = 0; j < lanes; j++) {
            out.finish[g0 + j] = finishes[j];
        }
        if (!run.full) {
            totalCosts(lanes, g0);
            return;
        }
        for (int m = 0; m < mdl.milestoneLeaf.length; m++) {
            int base = (2 * mdl.milestoneLeaf[m] + 1) * LANES;
            for (int j = 0; j < lanes; j++) {
                out.milestoneFinish[m * out.capacity + g0 + j] = times[base + j];
            }
        }
        net.countCritical(rem, times, LANES, lanes, finishes, CriticalPathScheduler.CRITICAL_FLOAT, stack, visited,
                stackTops, ++visit, criticalCount);
        final int[] binBase = finishBinBase;
        for (int j = 0; j < lanes; j++) {
            binBase[j] = finishBin(finishes[j]) * uncertain;
        }
        final long[] byBin = quantileSumByFinishBin;
        final long[] squares = quantileSquares;
        for (int k = 0; k < uncertain; k++) {
            long sumOfSquares = 0;
            for (int j = 0; j < lanes; j++) {
                long q = drawn[k * LANES + j];
                sumOfSquares += q * q;
                byBin[binBase[j] + k] += q;
            }
            squares[k] += sumOfSquares;
        }
        spreadCosts(lanes, g0);
    }

    private double duration(int i, int j) {
        return net.state(i) == ScheduleNetwork.FINISHED ? times[(2 * i + 1) * LANES + j] - times[2 * i * LANES + j]
                : model.spentDuration[i] + remaining[i * LANES + j];
    }

    private void totalCosts(int lanes, int g0) {
        final SimulationModel mdl = model;
        for (int j = 0; j < lanes; j++) {
            double total = riskCostTotals[j];
            for (int i = 0; i < n; i++) {
                total += mdl.fixedCost[i] + mdl.costPerDay[i] * duration(i, j);
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
        final double[] quarterStart = mdl.quarterStart;
        final double[] quarterEnd = mdl.quarterEnd;
        final int[] quarterOfDay = mdl.quarterOfDay;
        final int lastDay = quarterOfDay.length - 1;
        final double[] fixedCost = mdl.fixedCost;
        final double[] costPerDay = mdl.costPerDay;
        final double[] spentDuration = mdl.spentDuration;
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
        Arrays.fill(rows, 0, usedQuarters * quarterStride, 0);
        // same summation order as totalCosts, so runs with and without spend agree to the last bit
        System.arraycopy(riskCostTotals, 0, totals, 0, lanes);
        for (int i = 0; i < n; i++) {
            if (fixedCost[i] == 0 && costPerDay[i] == 0) {
                continue;
            }
            boolean finished = net.state(i) == ScheduleNetwork.FINISHED;
            double fixed = fixedCost[i];
            double perWorkingDay = costPerDay[i];
            double spent = spentDuration[i];
            int categoryBase = category[i] * LANES;
            int esBase = 2 * i * LANES;
            int efBase = esBase + LANES;
            int remBase = i * LANES;
            for (int j = 0; j < lanes; j++) {
                double es = t[esBase + j];
                double ef = t[efBase + j];
                double cost = fixed + perWorkingDay * (finished ? ef - es : spent + rem[remBase + j]);
                totals[j] += cost;
                int first = es <= 0 ? 0 : quarterOfDay[Math.min((int) es, lastDay)];
                if (ef <= quarterEnd[first] || ef <= es) {
                    rows[first * quarterStride + categoryBase + j] += cost;
                } else {
                    int last = quarterOfDay[Math.min((int) ef, lastDay)];
                    double perDay = cost / (ef - es);
                    for (int q = first; q <= last; q++) {
                        double from = q == first ? es : quarterStart[q];
                        double to = q == last ? ef : quarterStart[q + 1];
                        rows[q * quarterStride + categoryBase + j] += perDay * (to - from);
                    }
                }
            }
        }
        for (int r = 0; r < riskHit.length; r++) {
            int leaf = mdl.riskCostLeaf[r];
            int categoryBase = (leaf >= 0 ? category[leaf] : categories - 1) * LANES;
            for (int j = 0; j < lanes; j++) {
                double cost = riskCost[r * LANES + j];
                if (cost != 0) {
                    double when = leaf >= 0 ? t[(2 * leaf + 1) * LANES + j] : finishes[j];
                    rows[mdl.quarterOf(when) * quarterStride + categoryBase + j] += cost;
                }
            }
        }
        SimulationSamples out = run.samples;
        final float[] spend = out.spend;
        final float[] quarterSpend = out.quarterSpend;
        final int capacity = out.capacity;
        final int quarters = mdl.quarters;
        for (int q = 0; q < usedQuarters; q++) {
            for (int c = 0; c < categories; c++) {
                int source = q * quarterStride + c * LANES;
                int target = (q * categories + c) * capacity + g0;
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
