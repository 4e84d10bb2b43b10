package kz.emocare.contracts.simulator.population;

/**
 * Deterministic pseudo-random values derived from a seed and a few integers (SplitMix64 mixing), so that any
 * synthetic record can be computed on its own, in any order, without keeping a generator's state.
 */
public final class Seeds {

    private Seeds() {}

    /** A well-mixed 64-bit value for the seed and keys. */
    public static long hash(long seed, long... keys) {
        long state = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long key : keys) {
            state = mix(state + key * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
        }
        return state;
    }

    /** A value in [0, 1). */
    public static double unit(long seed, long... keys) {
        return (hash(seed, keys) >>> 11) * 0x1.0p-53;
    }

    /** A value in [0, bound). */
    public static int below(int bound, long seed, long... keys) {
        return (int) Math.floorMod(hash(seed, keys), (long) bound);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
