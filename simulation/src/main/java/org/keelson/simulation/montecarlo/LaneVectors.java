package org.keelson.simulation.montecarlo;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

import org.keelson.simulation.LaneSpecies;

/**
 * Small SIMD operations of the Monte Carlo kernels on {@link LaneSpecies#DOUBLES} and {@link LaneSpecies#LONGS} vectors. Vectors
 * cross method boundaries only here, in methods small enough for the JIT to inline: a vector passed to a method
 * that is not inlined gets boxed.
 */
final class LaneVectors {

    private LaneVectors() {
    }

    /** {@link org.keelson.simulation.random.SplitMix#mix} lane by lane. */
    static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }

    /** Stores the low byte of each lane of {@code v} at {@code a[offset..offset + LaneSpecies.STEP)}. */
    static void storeLowBytes(LongVector v, byte[] a, int offset) {
        if (LaneSpecies.STEP == ByteVector.SPECIES_64.length()) {
            ((ByteVector) v.convertShape(VectorOperators.L2B, ByteVector.SPECIES_64, 0)).intoArray(a, offset);
        } else {
            // a masked store would be generic, but the incubating API runs it lane by lane in Java anyway
            for (int j = 0; j < LaneSpecies.STEP; j++) {
                a[offset + j] = (byte) v.lane(j);
            }
        }
    }

    /** {@code candidate > current ? candidate : current} lane by lane, exactly as the scalar passes compare. */
    static DoubleVector later(DoubleVector current, DoubleVector candidate) {
        return current.blend(candidate, candidate.compare(VectorOperators.GT, current));
    }

    /** {@link #later} against a bound. */
    static DoubleVector later(DoubleVector current, double bound) {
        return later(current, DoubleVector.broadcast(current.species(), bound));
    }

    /** {@code bound < current ? bound : current} lane by lane. */
    static DoubleVector earlier(DoubleVector current, double bound) {
        DoubleVector b = DoubleVector.broadcast(current.species(), bound);
        return current.blend(b, b.compare(VectorOperators.LT, current));
    }
}
