package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeasonalNaiveTest {
    private final SeasonalNaive model = new SeasonalNaive();

    @Test
    void repeatsTheLastWeekForEveryFollowingWeek() {
        double[] y = new double[21];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 * (t / 7) + t % 7; // weeks 0..6, 10..16, 20..26
        }
        Forecast f = model.forecast(y, 14);
        assertArrayEquals(new double[] {20, 21, 22, 23, 24, 25, 26, 20, 21, 22, 23, 24, 25, 26}, f.mean());
    }

    @Test
    void intervalsAreNormalOnTheRmsOfWeeklyDifferencesThenCounts() {
        // Weekly differences are all +10 or -10 (week 1 = week 0 + 10, week 2 = week 1 - 10): sigma = 10.
        double[] y = new double[21];
        for (int t = 0; t < y.length; t++) {
            y[t] = (t / 7 == 1 ? 15 : 5) + t % 7;
        }
        Forecast f = model.forecast(y, 8);
        // Day 1 forecast 5: 80% = 5 -/+ 12.8155 -> [-7.8, 17.8] -> counts [0, 17]; 95% 5 -/+ 19.5996 -> [0, 24].
        assertEquals(5, f.mean()[0]);
        assertEquals(0, f.lo80()[0]);
        assertEquals(17, f.hi80()[0]);
        assertEquals(24, f.hi95()[0]);
        // Day 7 forecast 11: 80% [-1.8, 23.8] -> [0, 23]; 95% [-8.6, 30.6] -> [0, 30].
        assertEquals(23, f.hi80()[6]);
        assertEquals(30, f.hi95()[6]);
        // Day 8 is in the second week: standard error 10*sqrt(2) = 14.142; 80% 5 + 18.124 -> 23.
        assertEquals(23, f.hi80()[7]);
        // Away from zero the lower bound is rounded up.
        double[] high = y.clone();
        for (int t = 0; t < high.length; t++) {
            high[t] += 100;
        }
        Forecast g = model.forecast(high, 1);
        // 105 - 12.8155 = 92.18 -> 93; 105 + 12.8155 = 117.8 -> 117.
        assertEquals(93, g.lo80()[0]);
        assertEquals(117, g.hi80()[0]);
    }

    @Test
    void scaleIsTheMeanAbsoluteWeeklyDifference() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 3, 2, 1, 4, 5, 6, 9};
        // |3-1| + 0 + |1-3| + 0 + 0 + 0 + |9-7| = 6 over 7 differences
        assertEquals(6.0 / 7, SeasonalNaive.maseScale(y), 1e-15);
    }

    @Test
    void refusesLessThanTwoWeeks() {
        var e = assertThrows(IllegalArgumentException.class, () -> model.forecast(new double[13], 7));
        assertEquals("the seasonal naive forecast needs two weeks of history, not 13 days", e.getMessage());
    }

    /**
     * A Poisson series with a known weekly cycle (means 20..44): the forecast error y(T+h) - y(T+h-7) is
     * the difference of two independent Poisson counts of the same mean, so the coverage of the count
     * intervals is known exactly (the oracle below sums the Poisson probabilities). It is not the nominal
     * rate: the normal interval on the pooled weekly differences is too wide on quiet weekdays and too
     * narrow on busy ones, and counts are integers (about 0.815 and 0.946 here). The simulation (7,000
     * targets, 156-week windows) must agree within four standard errors.
     */
    @Test
    void poissonIntervalsCoverAtTheRateTheDifferenceOfTwoPoissonCountsGives() {
        double[] lambda = {20, 24, 28, 32, 36, 40, 44};
        SplittableRandom random = new SplittableRandom(20190101);
        int weeks = 156;
        int in80 = 0;
        int in95 = 0;
        int n = 0;
        for (int rep = 0; rep < 1000; rep++) {
            double[] y = new double[7 * weeks + 7];
            for (int t = 0; t < y.length; t++) {
                y[t] = poisson(random, lambda[t % 7]);
            }
            Forecast f = model.forecast(java.util.Arrays.copyOf(y, 7 * weeks), 7);
            for (int h = 0; h < 7; h++) {
                double actual = y[7 * weeks + h];
                in80 += f.covers(h, actual, 80) ? 1 : 0;
                in95 += f.covers(h, actual, 95) ? 1 : 0;
                n++;
            }
        }
        double exact80 = exactCoverage(lambda, SeasonalNaive.Z80);
        double exact95 = exactCoverage(lambda, SeasonalNaive.Z95);
        assertEquals(exact80, (double) in80 / n, 4 * Math.sqrt(exact80 * (1 - exact80) / n));
        assertEquals(exact95, (double) in95 / n, 4 * Math.sqrt(exact95 * (1 - exact95) / n));
    }

    /** P(|X - Y| <= z·σ), X, Y ~ Poisson(λ_d) independent, averaged over the weekdays; σ² = mean 2λ_d. */
    static double exactCoverage(double[] lambda, double z) {
        double variance = 0;
        for (double l : lambda) {
            variance += 2 * l / lambda.length;
        }
        double half = z * Math.sqrt(variance);
        double total = 0;
        for (double l : lambda) {
            double[] pmf = new double[200];
            pmf[0] = Math.exp(-l);
            for (int k = 1; k < pmf.length; k++) {
                pmf[k] = pmf[k - 1] * l / k;
            }
            for (int x = 0; x < pmf.length; x++) {
                for (int y = 0; y < pmf.length; y++) {
                    total += Math.abs(x - y) <= half ? pmf[x] * pmf[y] / lambda.length : 0;
                }
            }
        }
        return total;
    }

    /** Knuth's multiplication method, fine for means below 50. */
    static int poisson(SplittableRandom random, double lambda) {
        double limit = Math.exp(-lambda);
        double p = 1;
        int k = -1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k;
    }
}
