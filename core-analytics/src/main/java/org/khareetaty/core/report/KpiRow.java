package org.khareetaty.core.report;

/**
 * One row of a KPI table: a category or a zone with its counts and their changes.
 *
 * @param key         the category or the zone's code
 * @param name        the zone's name (empty for a category)
 * @param counts      the counts in each compared period
 * @param prior       the period against the prior period of equal length
 * @param lastYear    the period against the same dates a year earlier
 * @param yearToDate  the year to date against the last year to date
 * @param arrestRate  arrests in the period
 */
public record KpiRow(
        String key,
        String name,
        Counts counts,
        Change prior,
        Change lastYear,
        Change yearToDate,
        ArrestRate arrestRate) {

    /** The row of {@code counts} for {@code period}, its changes tested with the periods' days as exposures. */
    public static KpiRow of(String key, String name, Counts counts, ReportPeriod period) {
        ReportPeriod ytd = period.yearToDate();
        ReportPeriod lastYtd = period.lastYearToDate();
        return new KpiRow(
                key,
                name,
                counts,
                Change.of(
                        counts.current(),
                        period.days(),
                        counts.prior(),
                        period.prior().days()),
                Change.of(
                        counts.current(),
                        period.days(),
                        counts.lastYear(),
                        period.lastYear().days()),
                Change.of(counts.yearToDate(), ytd.days(), counts.lastYearToDate(), lastYtd.days()),
                ArrestRate.of(counts.arrestKnown(), counts.arrests()));
    }
}
