package org.khareetaty.core.report;

/**
 * Incident counts of one row of a KPI table in each compared period, and its arrests in the period.
 *
 * @param current        incidents in the period
 * @param prior          in the prior period of equal length
 * @param lastYear       in the same dates a year earlier
 * @param yearToDate     from 1 January to the period's last date
 * @param lastYearToDate the same a year earlier
 * @param arrestKnown    incidents in the period whose source records the arrest status
 * @param arrests        of which with an arrest
 */
public record Counts(
        long current, long prior, long lastYear, long yearToDate, long lastYearToDate, long arrestKnown, long arrests) {
    /** No incidents. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** These counts plus {@code o}. */
    public Counts plus(Counts o) {
        return new Counts(
                current + o.current,
                prior + o.prior,
                lastYear + o.lastYear,
                yearToDate + o.yearToDate,
                lastYearToDate + o.lastYearToDate,
                arrestKnown + o.arrestKnown,
                arrests + o.arrests);
    }
}
