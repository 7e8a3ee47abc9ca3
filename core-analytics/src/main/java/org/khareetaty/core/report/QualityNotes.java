package org.khareetaty.core.report;

import java.util.Map;

/**
 * What the data of a report's scope and period lacks (docs/reports.md, "Data quality").
 *
 * @param incidents         the period's incidents in scope
 * @param zoneMismatches    of those, how many state a zone that disagrees with the map ({@code zone_mismatch})
 * @param dateOnly          of those, how many are known to the day only (no time of day)
 * @param timeFlagged       of those, how many the importer flagged for their time ({@code time_flag}: a
 *                          placeholder time taken down to the day, an offset that disagrees with the zone)
 * @param cells             the r9 cells with incidents in the period
 * @param lowConfidenceCells of those, how many have fewer than
 *                          {@link org.khareetaty.core.hexgrid.ScopeQuery#MIN_INCIDENTS} incidents
 * @param rejectedByReason  the store's completed imports' rejected rows by reason, reasons in alphabetical order (not by scope or period:
 *                          a rejected row has no trusted place or time)
 */
public record QualityNotes(
        long incidents,
        long zoneMismatches,
        long dateOnly,
        long timeFlagged,
        long cells,
        long lowConfidenceCells,
        Map<String, Long> rejectedByReason) {
    public QualityNotes {
        // reasons in alphabetical order, so the CSV and PDF list them alike from one run to the next
        rejectedByReason = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(rejectedByReason));
    }

    /** The rejected rows of every reason. */
    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
