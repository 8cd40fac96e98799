package org.keelson.simulation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD kernel's vectors, from the JDK's incubating Vector API: only classes of that kernel load this one, and
 * only on a JVM that has the module {@code jdk.incubator.vector}. Vectors have the machine's preferred width, at
 * most {@link Lanes#WIDTH} doubles (two vectors of eight with AVX-512); every operation is the IEEE operation
 * scalar code does, so results depend neither on the vector width nor on the kernel.
 */
public final class LaneSpecies {

    private static final VectorShape SHAPE = VectorShape.forBitSize(
            Math.min(DoubleVector.SPECIES_PREFERRED.vectorBitSize(), Lanes.WIDTH * Double.SIZE));
    public static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED.withShape(SHAPE);
    public static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED.withShape(SHAPE);
    /** Lanes per vector. */
    public static final int STEP = DOUBLES.length();

    private LaneSpecies() {
    }
}
