package org.khareetaty.core.forecast;

import org.apache.commons.math3.special.Gamma;

/**
 * Prediction intervals that respect counts: the day's count is taken as negative binomial with the
 * model's forecast mean and variance (Poisson when the variance does not exceed the mean), and the
 * interval is a range of whole counts {@code lo..hi}. A discrete distribution has no interval of
 * exactly 80%: the standard quantiles {@code q(α/2)..q(1-α/2)} hold more (for a mean of 2 the 80%
 * interval 0..4 holds 95%), so of that range and the ranges one count narrower at either end, the one
 * whose probability is closest to the nominal level is taken (for a mean of 2: 1..4, 81%). Over many
 * days the coverage is then near nominal rather than above it. The lower bound is never below 0.
 */
final class CountInterval {
    private static final double FLOOR = 0.01;

    private CountInterval() {}

    /** A forecast with count intervals around {@code mean} (unchanged, as the model gave it) with {@code variance}. */
    static Forecast forecast(String model, double[] mean, double[] variance) {
        int h = mean.length;
        double[] lo80 = new double[h];
        double[] hi80 = new double[h];
        double[] lo95 = new double[h];
        double[] hi95 = new double[h];
        for (int i = 0; i < h; i++) {
            double[] cdf = cdf(Math.max(FLOOR, mean[i]), Math.max(variance[i], 0));
            int[] i80 = closest(cdf, 0.80);
            int[] i95 = closest(cdf, 0.95);
            lo80[i] = i80[0];
            hi80[i] = i80[1];
            lo95[i] = i95[0];
            hi95[i] = i95[1];
        }
        return new Forecast(model, mean, lo80, hi80, lo95, hi95);
    }

    /** The range of counts whose probability is closest to {@code level}, as the class comment says. */
    static int[] closest(double[] cdf, double level) {
        double tail = (1 - level) / 2;
        int lo = quantile(cdf, tail);
        int hi = quantile(cdf, 1 - tail);
        int[] best = {lo, hi};
        double bestGap = Math.abs(mass(cdf, lo, hi) - level);
        int[][] narrower = {{lo + 1, hi}, {lo, hi - 1}, {lo + 1, hi - 1}};
        for (int[] c : narrower) {
            if (c[0] <= c[1]) {
                double gap = Math.abs(mass(cdf, c[0], c[1]) - level);
                if (gap < bestGap - 1e-12) {
                    best = c;
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    private static double mass(double[] cdf, int lo, int hi) {
        return cdf[hi] - (lo > 0 ? cdf[lo - 1] : 0);
    }

    /** The smallest count {@code k} with {@code P(Y <= k) >= p}. */
    static int quantile(double[] cdf, double p) {
        for (int k = 0; k < cdf.length; k++) {
            if (cdf[k] >= p) {
                return k;
            }
        }
        return cdf.length - 1;
    }

    /** {@code P(Y <= k)} for k = 0.. until the rest is negligible: negative binomial, or Poisson. */
    static double[] cdf(double mean, double variance) {
        int max = (int) Math.ceil(mean + 12 * Math.sqrt(Math.max(variance, mean)) + 20);
        double[] cdf = new double[max + 1];
        boolean poisson = variance <= mean * (1 + 1e-9);
        double r = poisson ? 0 : mean * mean / (variance - mean);
        double logP = poisson ? 0 : Math.log(r / (r + mean));
        double logQ = poisson ? 0 : Math.log(mean / (r + mean));
        double logR = poisson ? 0 : Gamma.logGamma(r);
        double logMean = Math.log(mean);
        double sum = 0;
        for (int k = 0; k <= max; k++) {
            double logK = Gamma.logGamma(k + 1.0);
            double log =
                    poisson ? -mean + k * logMean - logK : Gamma.logGamma(k + r) - logR - logK + r * logP + k * logQ;
            sum += Math.exp(log);
            cdf[k] = sum;
        }
        return cdf;
    }
}
