package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The periods a KPI report compares, as CompStat defines them. */
class ReportPeriodTest {
    private static ReportPeriod p(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void comparesAQuarterWithTheNinetyDaysBeforeLastYearAndTheYearToDate() {
        ReportPeriod q1 = p("2019-01-01", "2019-03-31");
        assertEquals(90, q1.days());
        assertEquals(p("2018-10-03", "2018-12-31"), q1.prior());
        assertEquals(90, q1.prior().days());
        assertEquals(p("2018-01-01", "2018-03-31"), q1.lastYear());
        assertEquals(p("2019-01-01", "2019-03-31"), q1.yearToDate());
        assertEquals(p("2018-01-01", "2018-03-31"), q1.lastYearToDate());
        assertEquals(LocalDate.parse("2018-01-01"), q1.earliest());
        // last year's quarter, then the prior 90 days and the quarter, which touch
        assertEquals(List.of(p("2018-01-01", "2018-03-31"), p("2018-10-03", "2019-03-31")), q1.ranges());
    }

    @Test
    void aDecemberMonthReadsItsYearsToDateNotTheMonthsBetween() {
        ReportPeriod december = p("2019-12-05", "2020-01-01");
        assertEquals(
                List.of(p("2018-12-05", "2019-01-01"), p("2019-11-07", "2020-01-01")),
                december.ranges(),
                "last year's 28 days (with last year's year to date, 1 January), then the prior 28 days and these");
    }

    @Test
    void aWeekInSeptemberHasItsYearToDateFromJanuary() {
        ReportPeriod week = p("2019-09-16", "2019-09-22");
        assertEquals(p("2019-09-09", "2019-09-15"), week.prior());
        assertEquals(p("2019-01-01", "2019-09-22"), week.yearToDate());
        assertEquals(p("2018-01-01", "2018-09-22"), week.lastYearToDate());
        assertEquals(LocalDate.parse("2018-01-01"), week.earliest());
    }

    @Test
    void theTwentyNinthOfFebruaryFallsBackToTheTwentyEighth() {
        ReportPeriod leap = p("2020-02-29", "2020-02-29");
        assertEquals(p("2019-02-28", "2019-02-28"), leap.lastYear());
        assertEquals(60, leap.yearToDate().days());
        assertEquals(59, leap.lastYearToDate().days());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> p("2019-02-01", "2019-01-31"));
    }

    @Test
    void sortsZoneCodesByNumberThenText() {
        List<String> codes = new java.util.ArrayList<>(List.of("10", "2", "0111", "KW-HA", "031", "KW-AH"));
        codes.sort(ZoneOrder::compareCodes);
        assertEquals(List.of("2", "10", "031", "0111", "KW-AH", "KW-HA"), codes);
    }

    @Test
    void readsScopes() {
        assertEquals(ReportScope.wholeArea(), ReportScope.parse("all"));
        assertEquals(new ReportScope.Zone("districts", "12"), ReportScope.parse("districts:12"));
        assertThrows(IllegalArgumentException.class, () -> ReportScope.parse("districts"));
        assertThrows(IllegalArgumentException.class, () -> ReportScope.parse("districts:"));
    }
}
