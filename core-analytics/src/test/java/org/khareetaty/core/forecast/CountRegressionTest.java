package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The count regression, its median, the combination and pooling on synthetic Poisson series whose
 * weekly cycle, annual cycle and holiday effect are known.
 */
class CountRegressionTest {
    static final double[] WEEK = {1.0, 0.9, 0.9, 1.0, 1.2, 1.5, 1.4}; // Monday .. Sunday

    /** The true mean of day {@code d}: base x weekday x annual cycle (+-30%, peak in July) x 2.5 on New Year's Day. */
    static double truth(LocalDate d, double base) {
        double annual = 1 + 0.3 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 196) / 365.25);
        double holiday = d.getMonthValue() == 1 && d.getDayOfMonth() == 1 ? 2.5 : 1;
        return base * WEEK[d.getDayOfWeek().getValue() - 1] * annual * holiday;
    }

    /** A Poisson draw by inversion (Devroye 1986, X.3.2), exact for the small means used here. */
    static int poisson(SplittableRandom r, double mean) {
        double u = r.nextDouble();
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 10_000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    static double[] series(LocalDate first, int n, double base, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = poisson(r, truth(first.plusDays(t), base));
        }
        return y;
    }

    @Test
    void recoversTheWeeklyAnnualAndHolidayEffectsOfAPoissonSeries() {
        LocalDate next = LocalDate.of(2019, 1, 1);
        double[] y = series(next.minusDays(1092), 1092, 20, 7);
        Moments m = new CountRegression(HolidayCalendar.US_FEDERAL).moments(y, next, 14);
        for (int h = 1; h < 14; h++) {
            double want = truth(next.plusDays(h), 20);
            assertEquals(want, m.mean()[h], 0.08 * want, "day " + next.plusDays(h));
        }
        // three New Year's Days in the window, the effect shrunk by its prior: well above an ordinary Tuesday
        double tuesday = m.mean()[7];
        assertTrue(m.mean()[0] > 1.8 * tuesday, m.mean()[0] + " against " + tuesday);
        assertTrue(m.parameters().contains("new_year=+"), m.parameters());
        assertEquals("GLM", m.model());
    }

    @Test
    void intervalsCoverAtTheirNominalRatesOnAPoissonSeries() {
        int in80 = 0;
        int in95 = 0;
        int n = 0;
        CountRegression model = new CountRegression(HolidayCalendar.US_FEDERAL);
        for (int k = 0; k < 40; k++) {
            LocalDate next = LocalDate.of(2018, 1, 2).plusWeeks(k);
            double[] all = series(next.minusDays(1092), 1092 + 7, 3, 100 + k);
            double[] y = java.util.Arrays.copyOf(all, 1092);
            Forecast f = model.forecast(y, next, 7);
            for (int h = 0; h < 7; h++) {
                in80 += f.covers(h, all[1092 + h], 80) ? 1 : 0;
                in95 += f.covers(h, all[1092 + h], 95) ? 1 : 0;
                n++;
            }
        }
        // 280 targets: the standard error of a coverage near 0.8 is 0.024, near 0.95 0.013
        assertEquals(0.80, (double) in80 / n, 0.06);
        assertEquals(0.95, (double) in95 / n, 0.035);
    }

    @Test
    void theMedianIsTheMedianCountOfTheForecastDistribution() {
        Moments m = new Moments("x", new double[] {2.6, 0.5, 10}, new double[] {2.6, 0.5, 10}, "");
        // Poisson medians: 2.6 -> 2 (P(<=2) = 0.518), 0.5 -> 0 (P(0) = 0.607), 10 -> 10
        assertEquals(
                List.of(2.0, 0.0, 10.0),
                java.util.Arrays.stream(MedianPoint.medians(m)).boxed().toList());
    }

    @Test
    void aSparseSeriesIsItsShareOfTheParentsForecast() {
        LocalDate next = LocalDate.of(2019, 1, 8);
        LocalDate first = next.minusDays(1092);
        double[] city = series(first, 1092, 40, 11);
        int[] counts = new int[1092];
        SplittableRandom r = new SplittableRandom(3);
        double[] zone = new double[1092];
        for (int t = 0; t < 1092; t++) {
            counts[t] = (int) city[t];
            for (int i = 0; i < city[t]; i++) {
                zone[t] += r.nextDouble() < 0.01 ? 1 : 0; // 1% of the city: about 0.4 a day
            }
        }
        DailySeries parent = new DailySeries("all", first, counts);
        CountRegression glm = new CountRegression(HolidayCalendar.US_FEDERAL);
        Pooled pooled = new Pooled(glm, parent, 1.0, 1092);
        Moments own = pooled.moments(zone, next, 7);
        Moments whole = glm.moments(city, next, 7);
        double share = java.util.Arrays.stream(zone).sum()
                / java.util.Arrays.stream(city).sum();
        assertEquals(0.01, share, 0.002);
        for (int h = 0; h < 7; h++) {
            assertEquals(share * whole.mean()[h], own.mean()[h], 1e-12);
        }
        assertTrue(own.model().startsWith("pooled"), own.model());
        // the share is read back from the parameters as written (to their 5 decimals)
        assertEquals(share, Pooled.shareIn(own.parameters()).orElseThrow(), 5e-6, own.parameters());
        Moments busy = pooled.moments(city, next, 7);
        assertEquals("GLM", busy.model(), "a series of 40 a day is forecast from its own days");
        assertTrue(Pooled.shareIn(busy.parameters()).isEmpty(), "not pooled: no share");
    }

    @Test
    void theCombinationIsTheMeanOfItsMembers() {
        LocalDate next = LocalDate.of(2019, 1, 1);
        double[] y = series(next.minusDays(1092), 1092, 8, 5);
        CountRegression glm = new CountRegression(HolidayCalendar.NONE);
        Ets ets = new Ets();
        Moments c = new Combination("combo", List.of(ets, glm)).moments(y, next, 7);
        Moments a = ets.moments(y, next, 7);
        Moments b = glm.moments(y, next, 7);
        for (int h = 0; h < 7; h++) {
            assertEquals((a.mean()[h] + b.mean()[h]) / 2, c.mean()[h], 1e-12);
            assertEquals((a.variance()[h] + b.variance()[h]) / 2, c.variance()[h], 1e-12);
        }
    }
}
