package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneForecastsTest {
    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    static int[] weekly(int days, int... week) {
        int[] c = new int[days];
        for (int t = 0; t < days; t++) {
            c[t] = week[t % 7];
        }
        return c;
    }

    static SeriesSet set(int days) {
        DailySeries busy = new DailySeries("busy", FIRST, weekly(days, 3, 4, 5, 6, 7, 9, 8));
        DailySeries quiet = new DailySeries("quiet", FIRST, weekly(days, 0, 1, 0, 0, 1, 2, 1));
        DailySeries all = new DailySeries(DailySeries.WHOLE_AREA, FIRST, weekly(days, 3, 5, 5, 6, 8, 11, 9));
        return new SeriesSet("test", List.of(busy, quiet), all, List.of("new"));
    }

    @Test
    void forecastsTheDaysAfterAsOfWithTheNaiveBaselineBeside() {
        ZoneForecasts f = ZoneForecasts.of(set(70), LocalDate.of(2019, 3, 1), 7, new SeasonalNaive());
        assertEquals(LocalDate.of(2019, 3, 2), f.days().get(0));
        assertEquals(60, f.window(), "every day from the first up to as-of");
        ZoneForecast busy = f.zones().get(0);
        // 2019-03-02 is day 60, position 60 mod 7 = 4: the cycle's 7, then 9, 8, 3, 4, 5, 6
        assertArrayEquals(new double[] {7, 9, 8, 3, 4, 5, 6}, busy.naive().mean());
        assertFalse(busy.lowConfidence());
        assertTrue(f.zones().get(1).lowConfidence(), "5 incidents a week is under one a day");
        assertEquals(List.of("new"), f.withoutHistory());
    }

    @Test
    void tooLittleHistoryOrADayOutsideTheDataIsRefused() {
        assertEquals(
                "only 50 days of data up to 2019-02-19: a forecast needs 56 (eight weeks)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ZoneForecasts.of(set(70), LocalDate.of(2019, 2, 19), 7, new SeasonalNaive()))
                        .getMessage());
        assertEquals(
                "--as-of 2019-04-01 is outside the data (2019-01-01 .. 2019-03-11)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ZoneForecasts.of(set(70), LocalDate.of(2019, 4, 1), 7, new SeasonalNaive()))
                        .getMessage());
    }
}
