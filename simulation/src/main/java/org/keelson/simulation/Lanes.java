package org.keelson.simulation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Monte Carlo kernels (sampling, forward pass, cost spreading) run {@value #WIDTH} iterations side by side, one
 * per lane, with lane j of item i at index {@code i * WIDTH + j} of their arrays, and process the lanes in SIMD
 * vectors of the JDK's Vector API (incubating: the JVM needs {@code --add-modules jdk.incubator.vector}). Vectors
 * have the machine's preferred width, two vectors of eight doubles with AVX-512; every operation is the IEEE
 * operation scalar code would do, so results do not depend on the vector width.
 */
public final class Lanes {

    public static final int WIDTH = 16;

    private static final VectorShape SHAPE = VectorShape.forBitSize(
            Math.min(DoubleVector.SPECIES_PREFERRED.vectorBitSize(), WIDTH * Double.SIZE));
    public static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED.withShape(SHAPE);
    public static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED.withShape(SHAPE);
    /** Lanes per vector. */
    public static final int STEP = DOUBLES.length();

    private Lanes() {
    }
}
