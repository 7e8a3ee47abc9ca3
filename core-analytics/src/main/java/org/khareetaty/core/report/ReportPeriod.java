package org.khareetaty.core.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of local dates, both ends included, and the ranges a KPI report compares it with.
 *
 * @param from first local date
 * @param to   last local date
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period " + from + " .. " + to + " ends before it starts");
        }
    }

    /** Days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of equal length just before (what the drill-down's "previous period" is). */
    public ReportPeriod prior() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The same dates a year earlier (29 February becomes the 28th). */
    public ReportPeriod lastYear() {
        return new ReportPeriod(from.minusYears(1), to.minusYears(1));
    }

    /** 1 January of the last date's year to the last date. */
    public ReportPeriod yearToDate() {
        return new ReportPeriod(to.withDayOfYear(1), to);
    }

    /** The year to date a year earlier: 1 January to the last date a year before. */
    public ReportPeriod lastYearToDate() {
        LocalDate end = to.minusYears(1);
        return new ReportPeriod(end.withDayOfYear(1), end);
    }

    /** The earliest date any of the compared periods needs. */
    LocalDate earliest() {
        LocalDate a = prior().from();
        LocalDate b = lastYearToDate().from();
        LocalDate c = lastYear().from();
        LocalDate min = a.isBefore(b) ? a : b;
        return min.isBefore(c) ? min : c;
    }

    /**
     * The dates the compared periods need cut where any of them starts or ends, earliest first: each run
     * lies wholly inside or outside each compared period, so counts of the runs add up to every period's
     * count with each day read once, and no day that none of them needs is read.
     */
    List<ReportPeriod> segments() {
        List<ReportPeriod> all = List.of(this, prior(), lastYear(), yearToDate(), lastYearToDate());
        java.util.TreeSet<LocalDate> cuts = new java.util.TreeSet<>();
        for (ReportPeriod p : all) {
            cuts.add(p.from());
            cuts.add(p.to().plusDays(1));
        }
        List<ReportPeriod> out = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate cut : cuts) {
            if (start != null) {
                ReportPeriod run = new ReportPeriod(start, cut.minusDays(1));
                if (all.stream()
                        .anyMatch(
                                p -> !run.from().isBefore(p.from()) && !run.to().isAfter(p.to()))) {
                    out.add(run);
                }
            }
            start = cut;
        }
        return out;
    }

    @Override
    public String toString() {
        return from + " .. " + to;
    }
}
