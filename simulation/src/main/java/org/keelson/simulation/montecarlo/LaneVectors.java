package org.keelson.simulation.montecarlo;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import org.keelson.simulation.Lanes;

/**
 * SIMD shapes and helpers of the lane kernels, on the JDK's Vector API (incubating: the JVM needs
 * {@code --add-modules jdk.incubator.vector}). The kernels process the {@link Lanes#WIDTH} lanes of an item in
 * vectors of the machine's preferred width (two vectors of eight doubles with AVX-512); every operation is the
 * IEEE operation the scalar code would do, so results do not depend on the vector width.
 */
final class LaneVectors {

    private static final VectorShape SHAPE = VectorShape.forBitSize(
            Math.min(DoubleVector.SPECIES_PREFERRED.vectorBitSize(), Lanes.WIDTH * Double.SIZE));
    static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED.withShape(SHAPE);
    static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED.withShape(SHAPE);
    /** Lanes per vector. */
    static final int STEP = DOUBLES.length();

    private LaneVectors() {
    }

    /** {@link SplitMix#mix} lane by lane. */
    static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }

    /** Stores the low byte of each lane of {@code v} at {@code a[offset..offset + STEP)}. */
    static void storeLowBytes(LongVector v, byte[] a, int offset) {
        if (STEP == ByteVector.SPECIES_64.length()) {
            ((ByteVector) v.convertShape(VectorOperators.L2B, ByteVector.SPECIES_64, 0)).intoArray(a, offset);
        } else {
            // a masked store would be generic, but the incubating API runs it lane by lane in Java anyway
            for (int j = 0; j < STEP; j++) {
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
