package org.khareetaty.core.forecast.spike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Ets;
import org.khareetaty.core.forecast.SeasonalNaive;
import org.khareetaty.core.forecast.SeriesSet;

/** The spike score and its alarm rate on synthetic series with known answers. */
class SpikeCheckTest {
    static final LocalDate FIRST = LocalDate.of(2016, 1, 4);

    @Test
    void scoresTheSquareRootDistanceFromTheExpectation() {
        int[] week = {1, 2, 3, 4, 5, 6, 7};
        int[] y = new int[70];
        for (int i = 0; i < y.length; i++) {
            y[i] = week[i % 7];
        }
        y[66] = 16; // the seasonal naive expectation of day 66 is day 59's 4
        Spike s = SpikeCheck.check("z", FIRST, y, FIRST.plusDays(66), 1, new SeasonalNaive(), 56);
        assertEquals(4, s.expected(), 1e-12);
        assertEquals(2 * (4 - 2), s.score(), 1e-12, "2(sqrt 16 - sqrt 4)");
        assertTrue(s.alarm());
        Spike ordinary = SpikeCheck.check("z", FIRST, y, FIRST.plusDays(65), 1, new SeasonalNaive(), 56);
        assertEquals(0, ordinary.score(), 1e-12);
        assertFalse(ordinary.alarm());
        // the week ending on day 66: expected 1 + 2 + ... + 7 = 28, observed 28 - 4 + 16 = 40
        Spike lastWeek = SpikeCheck.check("z", FIRST, y, FIRST.plusDays(66), 7, new SeasonalNaive(), 56);
        assertEquals(28, lastWeek.expected(), 1e-12);
        assertEquals(40, lastWeek.observed());
        assertEquals(2 * (Math.sqrt(40) - Math.sqrt(28)), lastWeek.score(), 1e-12);
        assertTrue(Double.isNaN(lastWeek.hi95()), "no interval for a sum of days");
    }

    /** Three years of Poisson(5) days (seeded) for each of {@code zones} zones. */
    static SeriesSet poisson(int zones, long seed) {
        Random r = new Random(seed);
        List<DailySeries> list = new java.util.ArrayList<>();
        int[] whole = new int[3 * 364];
        for (int z = 0; z < zones; z++) {
            int[] y = new int[whole.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = poisson(r, 5);
                whole[i] += y[i];
            }
            list.add(new DailySeries("z" + z, FIRST, y));
        }
        return new SeriesSet("test", list, new DailySeries(DailySeries.WHOLE_AREA, FIRST, whole));
    }

    private static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    @Test
    void aPoissonSeriesRarelyAlarms() {
        // P(2(sqrt X - sqrt 5) > 3) = P(X >= 14 | Poisson 5) = 0.0002: about 0.03 alarms in 4 zones x 150 days;
        // the fitted expectation wanders a little around 5, so allow 2
        SeriesSet set = poisson(4, 7);
        AlarmRate rate =
                SpikeBacktest.alarms(set, FIRST.plusDays(900), FIRST.plusDays(1049), List.of(1), new Ets(), 728);
        assertEquals(600, rate.zones() * rate.days());
        assertTrue(rate.alarms() <= 2, "alarms: " + rate.alarms());
        // the 95% interval is exceeded on about 2.5% of days (its upper tail) or less
        assertTrue(rate.exceedances() < 0.05 * 600, "exceedances: " + rate.exceedances());
    }

    @Test
    void aPlantedDoublingIsCaughtWithinDays() {
        // +10 a day on Poisson(5): the first day alarms when X + 10 >= 14, P(X >= 4) = 0.73; the later days
        // again at 0.73 or less as the level adapts: nearly all caught within the 7 days
        SeriesSet set = poisson(4, 11);
        List<LocalDate> starts = List.of(FIRST.plusDays(800), FIRST.plusDays(850), FIRST.plusDays(900));
        Detection d = SpikeBacktest.planted(set, starts, 7, 2.0, List.of(1), new Ets(), 728);
        assertEquals(12, d.planted());
        assertTrue(d.rate() >= 0.9, "detected " + d.detected());
        assertTrue(d.meanDelay() < 1.5, "mean delay " + d.meanDelay());
    }

    @Test
    void aWeekLongSpanCatchesALastingRiseTheDailyCheckMisses() {
        // +5 a day on Poisson(5): one day alarms only when X + 5 >= 14 (P(X >= 9) = 0.07 a day, about 0.4 in
        // a week); the 7-day sum ending on day 6 is about 70 against 35: 2(sqrt 70 - sqrt 35) = 4.9
        SeriesSet set = poisson(4, 13);
        List<LocalDate> starts = List.of(FIRST.plusDays(800), FIRST.plusDays(850), FIRST.plusDays(900));
        Detection daily = SpikeBacktest.planted(set, starts, 7, 1.0, List.of(1), new Ets(), 728);
        Detection weekly = SpikeBacktest.planted(set, starts, 7, 1.0, List.of(1, 7), new Ets(), 728);
        assertTrue(daily.rate() < 0.75, "daily check caught " + daily.detected());
        assertTrue(weekly.rate() >= 0.9, "with the week: " + weekly.detected());
    }
}
