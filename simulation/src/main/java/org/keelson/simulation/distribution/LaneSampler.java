package org.keelson.simulation.distribution;

import static org.keelson.simulation.LaneSpecies.DOUBLES;
import static org.keelson.simulation.LaneSpecies.STEP;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

import org.keelson.simulation.Lanes;

/**
 * {@link SamplerSet#quantile} for {@link Lanes#WIDTH} uniforms at once, with one shape dispatch per batch and the
 * scalar method's exact operations, so every lane gets the bits a scalar draw would. Triangular, uniform, fixed and
 * lognormal shapes run in SIMD vectors; the lognormal's rare tail lanes (the normal quantile's tail formula needs a
 * logarithm) and PERT (a table lookup: the incubating Vector API's gathers are slow) run lane by lane. Takes the set
 * as it is: add no estimate to it afterwards.
 */
public final class LaneSampler {

    private static final int W = Lanes.WIDTH;

    private final SamplerSet set;
    private final byte[] kind;
    private final double[] low;
    private final double[] width;

    public LaneSampler(SamplerSet set) {
        this.set = set;
        kind = set.kind;
        low = set.low;
        width = set.width;
    }

    /** {@code out[offset + j] = quantile(i, u[j]) * factor} for every lane j. */
    public void quantiles(int i, double[] u, double[] out, int offset, double factor) {
        switch (kind[i]) {
            case SamplerSet.TRIANGULAR -> triangular(i, u, out, offset, factor);
            case SamplerSet.LOGNORMAL -> lognormal(i, u, out, offset, factor);
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
                    out[offset + j] = set.quantile(i, u[j]) * factor;
                }
            }
        }
    }

    private void triangular(int i, double[] u, double[] out, int offset, double factor) {
        double lo = low[i];
        double hi = lo + width[i];
        double mode = set.modeCdf[i];
        double left = set.leftArea[i];
        double right = set.rightArea[i];
        for (int j = 0; j < W; j += STEP) {
            DoubleVector v = DoubleVector.fromArray(DOUBLES, u, j);
            VectorMask<Double> above = v.compare(VectorOperators.GE, mode);
            DoubleVector root = v.mul(left).blend(DoubleVector.broadcast(DOUBLES, 1).sub(v).mul(right), above).sqrt();
            root.add(lo).blend(DoubleVector.broadcast(DOUBLES, hi).sub(root), above).mul(factor)
                    .intoArray(out, offset + j);
        }
    }

    /**
     * exp(mu + sigma z(p)) with {@link NormalQuantile}'s central formula for z and {@link FastExp}'s polynomial,
     * written out in one method: vectors passed to or returned from a method the JIT does not inline get boxed.
     */
    private void lognormal(int i, double[] u, double[] out, int offset, double factor) {
        final double[] a = NormalQuantile.A;
        final double[] b = NormalQuantile.B;
        double mu = low[i];
        double sigma = width[i];
        boolean tails = false;
        boolean outOfRange = false;
        for (int j = 0; j < W; j += STEP) {
            DoubleVector p = DoubleVector.fromArray(DOUBLES, u, j);
            tails |= p.compare(VectorOperators.LT, NormalQuantile.LOW).or(p.compare(VectorOperators.GT, NormalQuantile.HIGH))
                    .anyTrue();
            DoubleVector q = p.sub(0.5);
            DoubleVector r = q.mul(q);
            DoubleVector numerator = r.mul(a[0]).add(a[1]).mul(r).add(a[2]).mul(r).add(a[3]).mul(r).add(a[4]).mul(r)
                    .add(a[5]).mul(q);
            DoubleVector denominator = r.mul(b[0]).add(b[1]).mul(r).add(b[2]).mul(r).add(b[3]).mul(r).add(b[4]).mul(r)
                    .add(1);
            DoubleVector x = numerator.div(denominator).mul(sigma).add(mu);
            outOfRange |= x.abs().compare(VectorOperators.GE, FastExp.LIMIT).anyTrue();

            DoubleVector shifted = x.mul(FastExp.INVERSE_LN2).add(FastExp.ROUNDING);
            DoubleVector k = shifted.sub(FastExp.ROUNDING);
            DoubleVector e = x.sub(k.mul(FastExp.LN2_HIGH)).sub(k.mul(FastExp.LN2_LOW));
            DoubleVector polynomial = e.mul(FastExp.C12).add(FastExp.C11).mul(e).add(FastExp.C10).mul(e).add(FastExp.C9)
                    .mul(e).add(FastExp.C8).mul(e).add(FastExp.C7).mul(e).add(FastExp.C6).mul(e).add(FastExp.C5).mul(e)
                    .add(FastExp.C4).mul(e).add(FastExp.C3).mul(e).add(FastExp.C2).mul(e);
            DoubleVector powerOfTwo = shifted.viewAsIntegralLanes().add(FastExp.EXPONENT_OFFSET)
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            polynomial.mul(e).add(e).add(1).mul(powerOfTwo).mul(factor).intoArray(out, offset + j);
        }
        if (tails || outOfRange) {
            for (int j = 0; j < W; j++) {
                if (outOfRange || u[j] < NormalQuantile.LOW || u[j] > NormalQuantile.HIGH) {
                    out[offset + j] = set.quantile(i, u[j]) * factor;
                }
            }
        }
    }
}
