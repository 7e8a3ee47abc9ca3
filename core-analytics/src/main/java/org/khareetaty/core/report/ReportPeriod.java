package org.khareetaty.core.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
     * The dates the compared periods need, as few ranges as cover them (overlapping or adjacent ones
     * joined), earliest first: a query reads these, not every day from {@link #earliest()} on.
     */
    List<ReportPeriod> ranges() {
        List<ReportPeriod> all = new ArrayList<>(List.of(this, prior(), lastYear(), yearToDate(), lastYearToDate()));
        all.sort(Comparator.comparing(ReportPeriod::from));
        List<ReportPeriod> out = new ArrayList<>();
        for (ReportPeriod r : all) {
            ReportPeriod last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !r.from().isAfter(last.to().plusDays(1))) {
                out.set(out.size() - 1, new ReportPeriod(last.from(), r.to().isAfter(last.to()) ? r.to() : last.to()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return from + " .. " + to;
    }
}
