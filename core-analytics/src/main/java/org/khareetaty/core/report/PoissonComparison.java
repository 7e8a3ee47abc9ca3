package org.khareetaty.core.report;

/**
 * Whether two incident counts differ by more than chance: the conditional binomial test of two
 * Poisson counts (the C-test; Przyborowski and Wilenski 1940, as reviewed by Krishnamoorthy and
 * Thomson 2004). Given counts x1 over exposure t1 and x2 over t2 (here days), under equal rates
 * x1 given x1 + x2 = n is Binomial(n, t1 / (t1 + t2)); the two-sided p-value is twice the smaller
 * exact tail, at most 1 (conservative: it keeps the error rate at or below the level). Small counts
 * get large p-values whatever their percent change: 4 after 2 is +100% with p = 0.69.
 */
public final class PoissonComparison {
    /** log(k!) for k below this, summed exactly; Stirling's series above. */
    private static final int EXACT_LOG_FACTORIALS = 256;

    private static final double[] LOG_FACTORIAL = new double[EXACT_LOG_FACTORIALS];

    static {
        for (int k = 1; k < EXACT_LOG_FACTORIALS; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private PoissonComparison() {}

    /**
     * The two-sided p-value of counts {@code x1} over exposure {@code t1} against {@code x2} over
     * {@code t2} (both exposures positive); 1 when both counts are 0.
     */
    public static double pValue(long x1, double t1, long x2, double t2) {
        if (x1 < 0 || x2 < 0 || !(t1 > 0) || !(t2 > 0)) {
            throw new IllegalArgumentException(
                    "counts must be 0 or more and exposures positive: " + x1 + "/" + t1 + ", " + x2 + "/" + t2);
        }
        long n = x1 + x2;
        if (n == 0) {
            return 1;
        }
        double p = t1 / (t1 + t2);
        boolean lower = x1 <= n * p;
        return Math.min(1, 2 * tail(x1, n, p, lower));
    }

    /** P(X <= k) when {@code lower}, else P(X >= k), for X ~ Binomial(n, p), summed outwards from k. */
    private static double tail(long k, long n, double p, boolean lower) {
        double term = Math.exp(logBinomialPmf(k, n, p));
        double sum = 0;
        double odds = p / (1 - p);
        for (long j = k; term > 0 && j >= 0 && j <= n; j += lower ? -1 : 1) {
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
            term *= lower ? j / ((n - j + 1) * odds) : (n - j) * odds / (j + 1);
        }
        return sum;
    }

    private static double logBinomialPmf(long k, long n, double p) {
        double logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
        return logChoose + (k == 0 ? 0 : k * Math.log(p)) + (n - k == 0 ? 0 : (n - k) * Math.log1p(-p));
    }

    /** log(n!): exact sums below {@link #EXACT_LOG_FACTORIALS}, Stirling's series (error below 1e-15) above. */
    static double logFactorial(long n) {
        if (n < EXACT_LOG_FACTORIALS) {
            return LOG_FACTORIAL[(int) n];
        }
        double x = n;
        double x2 = x * x;
        return x * Math.log(x)
                - x
                + 0.5 * Math.log(2 * Math.PI * x)
                + 1 / (12 * x)
                - 1 / (360 * x * x2)
                + 1 / (1260 * x2 * x2 * x);
    }
}
