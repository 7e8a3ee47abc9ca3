package org.khareetaty.core.gistar;

/**
 * Tail probabilities of the standard normal distribution, through the complementary error function.
 * No statistics library is needed for this one function, and the tail must stay precise far out
 * (a Gi* z of 6 has p near 2e-9, which an FDR correction over thousands of cells still compares).
 */
public final class StandardNormal {
    private static final double SQRT2 = Math.sqrt(2.0);

    private StandardNormal() {}

    /**
     * The complementary error function erfc(x) = 1 - erf(x), by the Chebyshev fit of Numerical Recipes
     * (Press et al., <i>Numerical Recipes in C</i>, 2nd ed., 1992, §6.2, {@code erfcc}): fractional
     * (relative) error below 1.2e-7 for every x, so tiny tail values keep their precision.
     */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t
                * Math.exp(
                        -z * z
                                - 1.26551223
                                + t
                                        * (1.00002368
                                                + t
                                                        * (0.37409196
                                                                + t
                                                                        * (0.09678418
                                                                                + t
                                                                                        * (-0.18628806
                                                                                                + t
                                                                                                        * (0.27886807
                                                                                                                + t
                                                                                                                        * (-1.13520398
                                                                                                                                + t
                                                                                                                                        * (1.48851587
                                                                                                                                                + t
                                                                                                                                                        * (-0.82215223
                                                                                                                                                                + t
                                                                                                                                                                        * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }

    /** P(Z &lt;= z) for a standard normal Z. */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / SQRT2);
    }

    /** The two-sided p-value of a z-score, P(|Z| &gt;= |z|), in [0,1]; NaN for NaN. */
    public static double twoSidedP(double z) {
        return Math.min(1.0, erfc(Math.abs(z) / SQRT2));
    }
}
