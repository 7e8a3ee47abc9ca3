package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EtsTest {
    static final EtsForm ANN = new EtsForm(EtsForm.Trend.NONE, false);
    static final EtsForm ANA = new EtsForm(EtsForm.Trend.NONE, true);
    static final double[] WEEK = {-3, -1, 0, 1, 2, 4, -3};

    /** Simulates ETS(A,N,A): y_t = l + s + e, l += α e, s += γ e, e ~ N(0, σ²). */
    static double[] simulateAna(double alpha, double gamma, double sigma, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double level = 20;
        double[] season = WEEK.clone();
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double e = sigma * gaussian(random);
            y[t] = level + season[t % 7] + e;
            level += alpha * e;
            season[t % 7] += gamma * e;
        }
        return y;
    }

    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void recoversKnownSmoothingWeightsOfASeasonalSeries() {
        // 3,000 days: the weights' standard errors are about 0.02; four of them allowed.
        double[] y = simulateAna(0.3, 0.1, 1.0, 3000, 7);
        EtsFit fit = Ets.fit(y, ANA);
        assertEquals(0.3, fit.alpha(), 0.08);
        assertEquals(0.1, fit.gamma(), 0.08);
        assertEquals(1.0, fit.sigma2(), 0.1);
    }

    @Test
    void recoversTheWeightOfSimpleExponentialSmoothing() {
        SplittableRandom random = new SplittableRandom(11);
        double[] y = new double[3000];
        double level = 50;
        for (int t = 0; t < y.length; t++) {
            double e = 2 * gaussian(random);
            y[t] = level + e;
            level += 0.6 * e;
        }
        EtsFit fit = Ets.fit(y, ANN);
        assertEquals(0.6, fit.alpha(), 0.05);
        assertEquals(4.0, fit.sigma2(), 0.4);
        // Forecast: the last level, the same every day; variance σ²(1 + α²(h-1)).
        assertEquals(fit.mean(1), fit.mean(5), 1e-12);
        assertEquals(fit.sigma2() * (1 + 2 * fit.alpha() * fit.alpha()), fit.variance(3), 1e-9);
    }

    @Test
    void aicChoosesTheSeasonalFormForASeasonalSeriesAndNotForAPlainOne() {
        assertEquals(
                "ETS(A,N,A)",
                new Ets().choose(simulateAna(0.2, 0.05, 1.0, 1092, 3)).form().label());
        SplittableRandom random = new SplittableRandom(5);
        double[] plain = new double[1092];
        for (int t = 0; t < plain.length; t++) {
            plain[t] = 10 + gaussian(random);
        }
        assertEquals("ETS(A,N,N)", new Ets().choose(plain).form().label());
    }

    /**
     * A Poisson series with a known weekly cycle (means 2..8, a district's range): the count
     * intervals around ETS(A,N,A) cover near their nominal rates. 400 windows of 156 weeks, 2,800
     * targets: sampling standard error 0.008 at 80%, 0.004 at 95%; the discrete interval's own
     * granularity adds up to about a point, so three points are allowed (the protocol's target band).
     */
    @Test
    void countIntervalsCoverPoissonCountsNearTheirNominalRates() {
        double[] lambda = {2, 3, 4, 5, 6, 8, 7};
        SplittableRandom random = new SplittableRandom(2019);
        Ets ets = new Ets(List.of(ANA));
        int in80 = 0;
        int in95 = 0;
        int n = 0;
        for (int rep = 0; rep < 400; rep++) {
            double[] y = new double[1092 + 7];
            for (int t = 0; t < y.length; t++) {
                y[t] = SeasonalNaiveTest.poisson(random, lambda[t % 7]);
            }
            Forecast f = ets.forecast(Arrays.copyOf(y, 1092), 7);
            for (int h = 0; h < 7; h++) {
                in80 += f.covers(h, y[1092 + h], 80) ? 1 : 0;
                in95 += f.covers(h, y[1092 + h], 95) ? 1 : 0;
                n++;
            }
        }
        assertEquals(0.80, (double) in80 / n, 0.03);
        assertEquals(0.95, (double) in95 / n, 0.03);
    }
}
