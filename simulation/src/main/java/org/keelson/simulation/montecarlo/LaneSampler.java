package org.keelson.simulation.montecarlo;

import static org.keelson.simulation.montecarlo.LaneVectors.DOUBLES;
import static org.keelson.simulation.montecarlo.LaneVectors.STEP;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

import org.keelson.simulation.Lanes;
import org.keelson.simulation.distribution.SamplerSet;

/**
 * {@link SamplerSet#quantile} for {@link Lanes#WIDTH} uniforms at once: one shape dispatch per batch, and the
 * closed-form shapes (triangular, uniform, fixed) in SIMD vectors with the scalar method's exact operations. The
 * table-driven shapes (PERT, lognormal) take the scalar path lane by lane, since the incubating Vector API's
 * gathers are slow.
 */
final class LaneSampler {

    private static final int W = Lanes.WIDTH;

    private final SamplerSet samplers;
    private final byte[] shape;
    private final double[] low;
    private final double[] width;
    private final double[] modeCdf;
    private final double[] leftArea;
    private final double[] rightArea;

    LaneSampler(SamplerSet samplers) {
        this.samplers = samplers;
        SamplerSet.ClosedForms forms = samplers.closedForms();
        shape = forms.shape();
        low = forms.low();
        width = forms.width();
        modeCdf = forms.modeCdf();
        leftArea = forms.leftArea();
        rightArea = forms.rightArea();
    }

    /** {@code out[offset + j] = quantile(i, u[j]) * factor} for every lane j. */
    void quantiles(int i, double[] u, double[] out, int offset, double factor) {
        switch (shape[i]) {
            case SamplerSet.TRIANGULAR -> {
                double lo = low[i];
                double hi = lo + width[i];
                double mode = modeCdf[i];
                double left = leftArea[i];
                double right = rightArea[i];
                for (int j = 0; j < W; j += STEP) {
                    DoubleVector v = DoubleVector.fromArray(DOUBLES, u, j);
                    VectorMask<Double> above = v.compare(VectorOperators.GE, mode);
                    DoubleVector root = v.mul(left).blend(DoubleVector.broadcast(DOUBLES, 1).sub(v).mul(right), above)
                            .sqrt();
                    root.add(lo).blend(DoubleVector.broadcast(DOUBLES, hi).sub(root), above).mul(factor)
                            .intoArray(out, offset + j);
                }
            }
            case SamplerSet.UNIFORM -> {
                double lo = low[i];
                double w = width[i];
                for (int j = 0; j < W; j += STEP) {
                    DoubleVector.fromArray(DOUBLES, u, j).mul(w).add(lo).mul(factor).intoArray(out, offset + j);
                }
            }
            case SamplerSet.FIXED -> {
                DoubleVector value = DoubleVector.broadcast(DOUBLES, low[i] * factor);
                for (int j = 0; j < W; j += STEP) {
                    value.intoArray(out, offset + j);
                }
            }
            default -> {
                for (int j = 0; j < W; j++) {
                    out[offset + j] = samplers.quantile(i, u[j]) * factor;
                }
            }
        }
    }
}
