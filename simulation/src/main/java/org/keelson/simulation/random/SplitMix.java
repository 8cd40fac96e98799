package org.keelson.simulation.random;

/**
 * SplitMix64 as static functions over a {@code long} state, so workers keep their random state in a field and
 * allocate nothing. Each iteration (and each block, for Latin hypercube and correlation) derives its own stream
 * from the run seed and its index, which makes results independent of how iterations are spread over threads.
 */
public final class SplitMix {

    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SplitMix() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The starting state of stream {@code index} in domain {@code salt} of a run seeded with {@code seed}. */
    public static long stream(long seed, long salt, long index) {
        return mix(mix(seed ^ salt) + GOLDEN * (index + 1));
    }

    /** Uniform in [0, 1) from the state after advancing it once (caller stores state + GOLDEN). */
    public static double uniform(long state) {
        return (mix(state) >>> 11) * 0x1.0p-53;
    }

    /**
     * A keyed pseudo-random permutation of 0..n-1 evaluated at {@code index}: bijective mixing on the enclosing
     * power of two, cycle-walking until the value falls below n. Gives Latin hypercube strata without storing a
     * permutation per activity.
     */
    public static int permute(int index, int n, long key) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        int mask = (1 << bits) - 1;
        int half = Math.max(1, bits / 2);
        int k1 = (int) key | 1;
        int k2 = (int) (key >>> 32) | 1;
        int x = index;
        do {
            x = (x + (int) (key >>> 17)) & mask;
            x = (x * k1) & mask;
            x ^= x >>> half;
            x = (x * k2) & mask;
            x ^= x >>> half;
            x = (x + (int) (key >>> 41)) & mask;
        } while (x >= n);
        return x;
    }
}
