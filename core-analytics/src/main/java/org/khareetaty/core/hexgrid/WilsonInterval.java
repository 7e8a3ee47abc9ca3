package org.khareetaty.core.hexgrid;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927), here the arrest rate of a
 * cell: {@code x} arrests of {@code n} incidents. Unlike the normal approximation it stays inside
 * [0,1] and behaves for small n and for rates near 0 or 1.
 *
 * @param low  lower bound
 * @param high upper bound
 */
public record WilsonInterval(double low, double high) {
    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /** The 95% interval of {@code x} successes in {@code n} trials; [0,1] when n is 0. */
    public static WilsonInterval of(long x, long n) {
        if (n <= 0) {
            return new WilsonInterval(0, 1);
        }
        double p = (double) x / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // the interval always holds p; clamping keeps rounding (1e-17 at x = 0) from saying otherwise
        return new WilsonInterval(Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half)));
    }

    /** Width of the interval. */
    public double width() {
        return high - low;
    }
}
