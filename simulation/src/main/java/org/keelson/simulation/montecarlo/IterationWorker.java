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

    private final SimulationModel model;
    private final ScheduleNetwork net;
    private final SamplerSet samplers;
    private final Run run;
    private final int n;
    private final int uncertain;
    private final double[] remaining;
    private final double[] times;
    private final int[] stack;
    private final int[] visited;
    private int visit;
    private final double[] remainingFraction;
    private final double[] riskMultiplier;
    private final double[] riskCost;
    private final double[] spendRow;
    private final long[] quantiles;
    private final long[] lhsKeys;
    private final double[] correlatedUniforms;
    private final double[][] sortedUniforms;

    final int[] criticalCount;
    final long[] quantileSum;
    final long[] quantileSquares;
    /** Fixed-point quantile sums of uncertain activity k over iterations whose finish fell in bin b: [b * K + k]. */
    final long[] quantileSumByFinishBin;

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
        remaining = new double[n];
        times = new double[2 * n];
        stack = new int[n];
        visited = new int[n];
        remainingFraction = new double[n];
        for (int i = 0; i < n; i++) {
            remainingFraction[i] = net.remainingFraction(i);
        }
        riskMultiplier = new double[model.riskCount()];
        riskCost = new double[model.riskCount()];
        spendRow = new double[model.categoryCodes.size() * model.quarters];
        quantiles = new long[uncertain];
        lhsKeys = new long[uncertain];
        int m = model.correlation == null ? 0 : model.correlation.variables();
        correlatedUniforms = new double[m * MonteCarloEngine.BLOCK];
        sortedUniforms = new double[m][MonteCarloEngine.BLOCK];
        boolean full = run.full;
        criticalCount = full ? new int[n] : null;
        quantileSum = full ? new long[uncertain] : null;
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
        for (int g = from; g < to; g++) {
            iteration(g, g - from, blockLength);
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

    private void iteration(int g, int row, int blockLength) {
        final SimulationModel mdl = model;
        long state = SplitMix.stream(run.seed, run.salt ^ ITERATION_SALT, g);
        System.arraycopy(mdl.fixedRemaining, 0, remaining, 0, n);

        // risk drivers: three draws each whether enabled or not, so switching one off leaves every other draw alone
        double riskCostTotal = 0;
        int risks = riskMultiplier.length;
        for (int r = 0; r < risks; r++) {
            long occurrence = state + SplitMix.GOLDEN;
            long scheduleDraw = occurrence + SplitMix.GOLDEN;
            long costDraw = scheduleDraw + SplitMix.GOLDEN;
            state = costDraw;
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
                    run.samples.riskOccurred[r][g >>> 6] |= 1L << (g & 63);
                }
            }
            riskMultiplier[r] = multiplier;
            riskCost[r] = cost;
            riskCostTotal += cost;
        }

        final int[] leaves = mdl.uncertainLeaves;
        final int[] column = mdl.correlatedColumnOfSlot;
        final int[] sampler = mdl.durationSamplerOfSlot;
        final double[] fraction = remainingFraction;
        final double[] rem = remaining;
        final long[] drawn = quantiles;
        for (int k = 0; k < uncertain; k++) {
            double u;
            int c = column[k];
            if (c >= 0) {
                u = correlatedUniforms[c * blockLength + row];
            } else {
                state += SplitMix.GOLDEN;
                u = SplitMix.uniform(state);
                if (run.latinHypercube) {
                    u = (SplitMix.permute(row, blockLength, lhsKeys[k]) + u) / blockLength;
                }
            }
            drawn[k] = (long) (u * QUANTILE_SCALE);
            int i = leaves[k];
            rem[i] = samplers.quantile(sampler[k], u) * fraction[i];
        }
        for (int r = 0; r < risks; r++) {
            double multiplier = riskMultiplier[r];
            if (multiplier != 1) {
                for (int a = mdl.riskActivityRow[r], end = mdl.riskActivityRow[r + 1]; a < end; a++) {
                    remaining[mdl.riskActivities[a]] *= multiplier;
                }
            }
        }

        double finish = net.forward(remaining, times);
        SimulationSamples out = run.samples;
        out.finish[g] = finish;
        if (!run.full) {
            out.cost[g] = totalCost(riskCostTotal);
            return;
        }
        for (int m = 0; m < mdl.milestoneLeaf.length; m++) {
            out.milestoneFinish[m * out.capacity + g] = times[2 * mdl.milestoneLeaf[m] + 1];
        }
        net.countCritical(remaining, times, finish, CriticalPathScheduler.CRITICAL_FLOAT, stack, visited, ++visit, criticalCount);
        int bin = finishBin(finish);
        int binBase = bin * uncertain;
        for (int k = 0; k < uncertain; k++) {
            long q = quantiles[k];
            quantileSum[k] += q;
            quantileSquares[k] += q * q;
            quantileSumByFinishBin[binBase + k] += q;
        }
        out.cost[g] = spreadCost(riskCostTotal, finish);
        float[] spend = out.spend;
        for (int c = 0, base = g * spendRow.length; c < spendRow.length; c++) {
            spend[base + c] = (float) spendRow[c];
        }
    }

    private double totalCost(double riskCostTotal) {
        final SimulationModel mdl = model;
        double total = riskCostTotal;
        for (int i = 0; i < n; i++) {
            double duration = net.state(i) == ScheduleNetwork.FINISHED ? times[2 * i + 1] - times[2 * i]
                    : mdl.spentDuration[i] + remaining[i];
            total += mdl.fixedCost[i] + mdl.costPerDay[i] * duration;
        }
        return total;
    }

    /** Total cost, spreading each activity's cost evenly over its working days into category x quarter cells. */
    private double spreadCost(double riskCostTotal, double finish) {
        final SimulationModel mdl = model;
        final int quarters = mdl.quarters;
        final double[] quarterStart = mdl.quarterStart;
        final int[] quarterOfDay = mdl.quarterOfDay;
        final int lastDay = quarterOfDay.length - 1;
        final double[] fixedCost = mdl.fixedCost;
        final double[] costPerDay = mdl.costPerDay;
        final double[] spentDuration = mdl.spentDuration;
        final int[] category = mdl.category;
        final double[] t = times;
        final double[] rem = remaining;
        final double[] row = spendRow;
        Arrays.fill(row, 0);
        double total = riskCostTotal;
        for (int i = 0; i < n; i++) {
            double es = t[2 * i];
            double ef = t[2 * i + 1];
            double duration = net.state(i) == ScheduleNetwork.FINISHED ? ef - es : spentDuration[i] + rem[i];
            double cost = fixedCost[i] + costPerDay[i] * duration;
            if (cost == 0) {
                continue;
            }
            total += cost;
            int base = category[i] * quarters;
            int first = es <= 0 ? 0 : quarterOfDay[Math.min((int) es, lastDay)];
            int last = ef <= 0 ? 0 : quarterOfDay[Math.min((int) ef, lastDay)];
            if (first == last || ef <= es) {
                row[base + first] += cost;
            } else {
                double perDay = cost / (ef - es);
                for (int q = first; q <= last; q++) {
                    double from = q == first ? es : quarterStart[q];
                    double to = q == last ? ef : quarterStart[q + 1];
                    row[base + q] += perDay * (to - from);
                }
            }
        }
        for (int r = 0; r < riskCost.length; r++) {
            if (riskCost[r] != 0) {
                int leaf = mdl.riskCostLeaf[r];
                int cat = leaf >= 0 ? category[leaf] : mdl.categoryCodes.size() - 1;
                row[cat * quarters + mdl.quarterOf(leaf >= 0 ? t[2 * leaf + 1] : finish)] += riskCost[r];
            }
        }
        return total;
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
