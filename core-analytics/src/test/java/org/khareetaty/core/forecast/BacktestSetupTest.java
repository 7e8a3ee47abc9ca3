package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestSetupTest {
    @Test
    void protocolDefaultIsEveryFourthTuesdayOf2019() {
        List<LocalDate> o = BacktestSetup.protocol().origins();
        assertEquals(13, o.size());
        assertEquals(LocalDate.of(2019, 1, 29), o.get(1));
        assertEquals(LocalDate.of(2019, 12, 3), o.get(12));
        o.forEach(d -> assertEquals(DayOfWeek.TUESDAY, d.getDayOfWeek()));
    }

    @Test
    void rangeGivesWeeklyOriginsInclusive() {
        assertEquals(52, BacktestSetup.parseOrigins("2019-01-01..2019-12-24", 1).size());
        assertEquals(
                List.of(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 1, 16)),
                BacktestSetup.parseOrigins("2018-01-02..2018-01-22", 2));
    }

    @Test
    void badRangesAndWindowsSayWhatIsWrong() {
        assertEquals(
                "--origins must be a range of dates A..B, e.g. 2019-01-01..2019-12-24, not '2019-01-01'",
                assertThrows(IllegalArgumentException.class, () -> BacktestSetup.parseOrigins("2019-01-01", 1))
                        .getMessage());
        assertEquals(
                "--origins 2019-02-01..2019-01-01 ends before it starts",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BacktestSetup.parseOrigins("2019-02-01..2019-01-01", 1))
                        .getMessage());
        assertEquals(
                "--window must be a whole number of weeks of at least 14 days, not 1000",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new BacktestSetup(List.of(LocalDate.of(2019, 1, 1)), 1000, 7))
                        .getMessage());
    }

    @Test
    void anOriginWhoseWindowLeavesTheDataIsRefusedWithTheDates() {
        DailySeries d = new DailySeries("1", LocalDate.of(2019, 1, 1), new int[60]);
        var e = assertThrows(IllegalArgumentException.class, () -> d.before(LocalDate.of(2019, 1, 15), 28));
        assertEquals("series 1 covers 2019-01-01 .. 2019-03-01, not the 28 days from 2018-12-18", e.getMessage());
    }
}
