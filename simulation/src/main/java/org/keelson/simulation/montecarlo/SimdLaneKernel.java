package org.keelson.simulation.montecarlo;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

import org.keelson.simulation.LaneSpecies;
import org.keelson.simulation.Lanes;
import org.keelson.simulation.distribution.LaneSampler;
import org.keelson.simulation.random.SplitMix;
import org.keelson.simulation.schedule.ScheduleNetwork;

/**
 * The kernel in SIMD vectors of the JDK's incubating Vector API. Loaded only by {@link Kernel}, by name, on a JVM
 * that has the module {@code jdk.incubator.vector}: no other class names this one.
 */
final class SimdLaneKernel implements LaneKernel {

    private static final int W = Lanes.WIDTH;

    private final SimulationModel model;
    private final LaneForwardPass forwardPass;
    private final LaneSampler sampler;
    private final double[] laneCosts = new double[W];
    /** The status date's offset in every lane: where work in progress starts spending what remains. */
    private final double[] statusDates = new double[W];

    SimdLaneKernel(SimulationModel model) {
        this.model = model;
        java.util.Arrays.fill(statusDates, model.network.statusOffset());
        forwardPass = new LaneForwardPass(model.network);
        sampler = new LaneSampler(model.samplers);
    }

    @Override
    public void drawUniforms(long[] states, double[] u, byte[] quantiles, int row) {
        for (int j = 0; j < W; j += LaneSpecies.STEP) {
            LongVector st = LongVector.fromArray(LaneSpecies.LONGS, states, j).add(SplitMix.GOLDEN);
            st.intoArray(states, j);
            LongVector bits = LaneVectors.mix(st);
            ((DoubleVector) bits.lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0))
                    .mul(0x1.0p-53).intoArray(u, j);
            LaneVectors.storeLowBytes(bits.lanewise(VectorOperators.LSHR, 64 - IterationWorker.QUANTILE_BITS), quantiles,
                    row + j);
        }
    }

    @Override
    public void quantiles(int i, double[] u, double[] out, int offset, double factor) {
        sampler.quantiles(i, u, out, offset, factor);
    }

    @Override
    public void forward(double[] remaining, double[] times, double[] projectFinish) {
        forwardPass.run(remaining, times, projectFinish);
    }

    @Override
    public void spendActivity(int i, double[] t, double[] remaining, double[] totals, double[] rows, int quarterStride) {
        final SimulationModel mdl = model;
        byte state = mdl.network.state(i);
        boolean finished = state == ScheduleNetwork.FINISHED;
        double fixed = mdl.remainingFixedCost[i];
        double perWorkingDay = mdl.costPerDay[i];
        int esBase = 2 * i * W;
        int efBase = esBase + W;
        // work in progress spends what remains from the status date on
        double[] starts = state == ScheduleNetwork.IN_PROGRESS ? statusDates : t;
        int startBase = state == ScheduleNetwork.IN_PROGRESS ? 0 : esBase;
        for (int j = 0; j < W; j += LaneSpecies.STEP) {
            DoubleVector es = DoubleVector.fromArray(LaneSpecies.DOUBLES, t, esBase + j);
            DoubleVector ef = DoubleVector.fromArray(LaneSpecies.DOUBLES, t, efBase + j);
            DoubleVector days = finished ? ef.sub(es) : DoubleVector.fromArray(LaneSpecies.DOUBLES, remaining, i * W + j);
            DoubleVector cost = days.mul(perWorkingDay).add(fixed);
            DoubleVector.fromArray(LaneSpecies.DOUBLES, totals, j).add(cost).intoArray(totals, j);
            cost.intoArray(laneCosts, j);
            spread(starts, startBase + j, t, efBase + j, j, mdl.category[i] * W + j, rows, quarterStride);
        }
    }

    /**
     * Adds the costs at {@code laneCosts[lane..]} of one vector of lanes, spent evenly from their starts at
     * {@code starts[start..]} to their finishes at {@code finishes[finish..]}, to their category's quarter cells,
     * {@code laneCell} being the cell of the vector's first lane in quarter 0. All lanes of the common case share the
     * first lane's quarter and put their whole cost there. Vectors come from arrays, not parameters: passed to a
     * method the JIT does not inline, they would be boxed.
     */
    private void spread(double[] starts, int start, double[] finishes, int finish, int lane, int laneCell, double[] rows,
            int quarterStride) {
        final SimulationModel mdl = model;
        DoubleVector es = DoubleVector.fromArray(LaneSpecies.DOUBLES, starts, start);
        DoubleVector ef = DoubleVector.fromArray(LaneSpecies.DOUBLES, finishes, finish);
        DoubleVector cost = DoubleVector.fromArray(LaneSpecies.DOUBLES, laneCosts, lane);
        int firstLaneQuarter = mdl.quarterOf(starts[start]);
        double from = mdl.quarterFrom(firstLaneQuarter);
        double to = mdl.quarterEnd[firstLaneQuarter];
        if (es.compare(VectorOperators.GE, from).and(es.compare(VectorOperators.LT, to))
                .and(ef.compare(VectorOperators.LE, to)).allTrue()) {
            int cell = firstLaneQuarter * quarterStride + laneCell;
            DoubleVector.fromArray(LaneSpecies.DOUBLES, rows, cell).add(cost).intoArray(rows, cell);
            return;
        }
        // the lanes' quarters, found by tests on the whole vector: reductions to a minimum and maximum are slow
        int first = firstLaneQuarter;
        while (first > 0 && es.compare(VectorOperators.LT, mdl.quarterFrom(first)).anyTrue()) {
            first--;
        }
        int last = firstLaneQuarter;
        while (last < mdl.quarters - 1 && ef.compare(VectorOperators.GE, mdl.quarterEnd[last]).anyTrue()) {
            last++;
        }
        DoubleVector perDay = cost.div(ef.sub(es));
        VectorMask<Double> instant = ef.compare(VectorOperators.LE, es);
        for (int q = first; q <= last; q++) {
            from = mdl.quarterFrom(q);
            to = mdl.quarterEnd[q];
            VectorMask<Double> whole = es.compare(VectorOperators.GE, from).and(es.compare(VectorOperators.LT, to))
                    .and(ef.compare(VectorOperators.LE, to).or(instant));
            DoubleVector overlap = LaneVectors.earlier(ef, to).sub(LaneVectors.later(es, from));
            VectorMask<Double> adds = whole.or(overlap.compare(VectorOperators.GT, 0));
            int cell = q * quarterStride + laneCell;
            DoubleVector row = DoubleVector.fromArray(LaneSpecies.DOUBLES, rows, cell);
            row.blend(row.add(perDay.mul(overlap).blend(cost, whole)), adds).intoArray(rows, cell);
        }
    }
}
