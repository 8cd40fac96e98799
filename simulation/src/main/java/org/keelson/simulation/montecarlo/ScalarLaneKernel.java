package org.keelson.simulation.montecarlo;

import org.keelson.simulation.Lanes;
import org.keelson.simulation.distribution.SamplerSet;
import org.keelson.simulation.random.SplitMix;
import org.keelson.simulation.schedule.ScheduleNetwork;

/**
 * The kernel every JVM has: plain loops over the lanes with the SIMD kernel's exact operations in the same order,
 * which the JIT turns into machine vectors where it can.
 */
final class ScalarLaneKernel implements LaneKernel {

    private static final int W = Lanes.WIDTH;

    private final SimulationModel model;
    private final ScheduleNetwork.LinkArrays links;
    private final SamplerSet samplers;

    ScalarLaneKernel(SimulationModel model) {
        this.model = model;
        links = model.network.linkArrays();
        samplers = model.samplers;
    }

    @Override
    public void drawUniforms(long[] states, double[] u, byte[] quantiles, int row) {
        for (int j = 0; j < W; j++) {
            long state = states[j] + SplitMix.GOLDEN;
            states[j] = state;
            long bits = SplitMix.mix(state);
            u[j] = (bits >>> 11) * 0x1.0p-53;
            quantiles[row + j] = (byte) (bits >>> (64 - IterationWorker.QUANTILE_BITS));
        }
    }

    @Override
    public void quantiles(int sampler, double[] u, double[] out, int offset, double factor) {
        samplers.quantiles(sampler, u, W, out, offset, factor);
    }

    @Override
    public void forward(double[] remaining, double[] t, double[] projectFinish) {
        final byte[] state = links.state();
        final double[] startFloor = links.startFloor();
        final int[] startLinkRow = links.startLinkRow();
        final int[] startLinkSource = links.startLinkSource();
        final double[] startLinkLag = links.startLinkLag();
        final int[] finishLinkRow = links.finishLinkRow();
        final int[] finishLinkSource = links.finishLinkSource();
        final double[] finishLinkLag = links.finishLinkLag();
        final double[] finishLinkFloor = links.finishLinkFloor();
        final int n = state.length;
        for (int i = 0; i < n; i++) {
            final int es = 2 * i * W;
            final int ef = es + W;
            final int r = i * W;
            final byte s = state[i];
            if (s == ScheduleNetwork.NOT_STARTED) {
                double floor = startFloor[i];
                for (int j = 0; j < W; j++) {
                    t[es + j] = floor;
                }
                for (int k = startLinkRow[i], end = startLinkRow[i + 1]; k < end; k++) {
                    int source = startLinkSource[k] * W;
                    double lag = startLinkLag[k];
                    for (int j = 0; j < W; j++) {
                        t[es + j] = later(t[es + j], t[source + j] + lag);
                    }
                }
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    int source = finishLinkSource[k] * W;
                    double lag = finishLinkLag[k];
                    double linkFloor = finishLinkFloor[k];
                    for (int j = 0; j < W; j++) {
                        t[es + j] = later(t[es + j], later(t[source + j] + lag - remaining[r + j], linkFloor));
                    }
                }
                for (int j = 0; j < W; j++) {
                    t[ef + j] = t[es + j] + remaining[r + j];
                }
            } else if (s == ScheduleNetwork.IN_PROGRESS) {
                double actualStart = links.actualStart()[i];
                double status = links.statusOffset();
                for (int j = 0; j < W; j++) {
                    t[es + j] = actualStart;
                    t[ef + j] = status + remaining[r + j];
                }
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    int source = finishLinkSource[k] * W;
                    double lag = finishLinkLag[k];
                    for (int j = 0; j < W; j++) {
                        t[ef + j] = later(t[ef + j], t[source + j] + lag);
                    }
                }
            } else {
                double actualStart = links.actualStart()[i];
                double actualFinish = links.actualFinish()[i];
                for (int j = 0; j < W; j++) {
                    t[es + j] = actualStart;
                    t[ef + j] = actualFinish;
                }
            }
        }
        double latestActualFinish = links.latestActualFinish();
        for (int j = 0; j < W; j++) {
            projectFinish[j] = latestActualFinish;
        }
        for (int i : links.finishCandidates()) {
            int ef = (2 * i + 1) * W;
            for (int j = 0; j < W; j++) {
                projectFinish[j] = later(projectFinish[j], t[ef + j]);
            }
        }
    }

    /** {@code candidate > current ? candidate : current}, the SIMD kernel's comparison (a select, not a jump). */
    private static double later(double current, double candidate) {
        return candidate > current ? candidate : current;
    }

    @Override
    public void spendActivity(int i, double[] t, double[] remaining, double[] totals, double[] rows, int quarterStride) {
        final SimulationModel mdl = model;
        byte state = mdl.network.state(i);
        boolean finished = state == ScheduleNetwork.FINISHED;
        boolean inProgress = state == ScheduleNetwork.IN_PROGRESS;
        double fixed = mdl.remainingFixedCost[i];
        double perWorkingDay = mdl.costPerDay[i];
        double status = links.statusOffset();
        int esBase = 2 * i * W;
        int efBase = esBase + W;
        int categoryCell = mdl.category[i] * W;
        for (int j = 0; j < W; j++) {
            double es = inProgress ? status : t[esBase + j];
            double ef = t[efBase + j];
            double days = finished ? ef - es : remaining[i * W + j];
            double cost = days * perWorkingDay + fixed;
            totals[j] += cost;
            spread(es, ef, cost, categoryCell + j, rows, quarterStride);
        }
    }

    /** One lane's share of {@link #spendActivity}: the SIMD kernel's per-quarter rule for a single lane. */
    private void spread(double es, double ef, double cost, int laneCell, double[] rows, int quarterStride) {
        final SimulationModel mdl = model;
        int quarter = mdl.quarterOf(es);
        if (es >= mdl.quarterFrom(quarter) && es < mdl.quarterEnd[quarter] && ef <= mdl.quarterEnd[quarter]) {
            rows[quarter * quarterStride + laneCell] += cost;
            return;
        }
        int first = quarter;
        while (first > 0 && es < mdl.quarterFrom(first)) {
            first--;
        }
        int last = quarter;
        while (last < mdl.quarters - 1 && ef >= mdl.quarterEnd[last]) {
            last++;
        }
        double perDay = cost / (ef - es);
        boolean instant = ef <= es;
        for (int q = first; q <= last; q++) {
            double from = mdl.quarterFrom(q);
            double to = mdl.quarterEnd[q];
            boolean whole = es >= from && es < to && (ef <= to || instant);
            double overlap = (to < ef ? to : ef) - later(es, from);
            if (whole || overlap > 0) {
                int cell = q * quarterStride + laneCell;
                rows[cell] = rows[cell] + (whole ? cost : perDay * overlap);
            }
        }
    }
}
