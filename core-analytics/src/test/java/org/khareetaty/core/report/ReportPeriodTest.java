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
        // last year's quarter (its year to date too), then the prior 90 days and the quarter (the year to date)
        assertEquals(
                List.of(p("2018-01-01", "2018-03-31"), p("2018-10-03", "2018-12-31"), p("2019-01-01", "2019-03-31")),
                q1.segments());
    }

    @Test
    void aDecemberMonthReadsItsYearsToDateNotTheMonthsBetween() {
        ReportPeriod december = p("2019-12-05", "2020-01-01");
        assertEquals(
                List.of(
                        p("2018-12-05", "2018-12-31"),
                        p("2019-01-01", "2019-01-01"),
                        p("2019-11-07", "2019-12-04"),
                        p("2019-12-05", "2019-12-31"),
                        p("2020-01-01", "2020-01-01")),
                december.segments(),
                "last year's 28 days cut at last year's year to date (1 January), the prior 28 days, these 28 days"
                        + " cut at this year's (1 January)");
    }

    @Test
    void aWeekInSeptemberHasItsYearToDateFromJanuary() {
        ReportPeriod week = p("2019-09-16", "2019-09-22");
        assertEquals(p("2019-09-09", "2019-09-15"), week.prior());
        assertEquals(p("2019-01-01", "2019-09-22"), week.yearToDate());
        assertEquals(p("2018-01-01", "2018-09-22"), week.lastYearToDate());
        assertEquals(LocalDate.parse("2018-01-01"), week.earliest());
        List<ReportPeriod> runs = List.of(
                p("2018-01-01", "2018-09-15"),
                p("2018-09-16", "2018-09-22"),
                p("2019-01-01", "2019-09-08"),
                p("2019-09-09", "2019-09-15"),
                p("2019-09-16", "2019-09-22"));
        assertEquals(runs, week.segments());
        // each compared period is the runs inside it, end to end: 258 = 251 + 7 days last year, 265 this year
        for (ReportPeriod compared :
                List.of(week, week.prior(), week.lastYear(), week.yearToDate(), week.lastYearToDate())) {
            long days = runs.stream()
                    .filter(r -> !r.from().isBefore(compared.from()) && !r.to().isAfter(compared.to()))
                    .mapToLong(ReportPeriod::days)
                    .sum();
            assertEquals(compared.days(), days, compared.toString());
        }
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
