package org.khareetaty.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random numbers that are reproducible byte for byte on every JDK: only
 * {@link SplittableRandom#nextLong()} (SplitMix64, fixed by its specification) is used, and the
 * derived distributions use {@link StrictMath}. Each concern (places, times, descriptions, defects)
 * gets its own stream, so changing one does not reshuffle the others. Public for the live-stream
 * generator ({@code org.khareetaty.sample.live}).
 */
public final class DemoRandom {
    private final SplittableRandom random;

    public DemoRandom(long seed, String purpose) {
        this.random = new SplittableRandom(seed ^ (purpose.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    public int below(int bound) {
        return (int) (uniform() * bound);
    }

    /** Uniform integer in [from, to], inclusive. */
    public int between(int from, int to) {
        return from + below(to - from + 1);
    }

    public boolean chance(double probability) {
        return uniform() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** Standard normal, by the Box-Muller transform. */
    public double gaussian() {
        double u1 = 1.0 - uniform();
        double u2 = uniform();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Exponential with the given mean. */
    public double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - uniform());
    }

    /** Poisson with a small mean, by Knuth's multiplication method. */
    public int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        int k = 0;
        double product = uniform();
        while (product > limit) {
            k++;
            product *= uniform();
        }
        return k;
    }
}
