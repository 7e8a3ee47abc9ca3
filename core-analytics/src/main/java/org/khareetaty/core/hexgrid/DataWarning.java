package org.khareetaty.core.hexgrid;

/**
 * A data-quality warning of a drill-down scope ({@link DataWarnings}) with what it counts, so the
 * window can open the rows behind it: the sparse cells, or the incidents of the dominant category or
 * source, with a date only, or whose own zone disagrees with the map
 * ({@code IncidentRows.latest(scope, warning)}), or those of the scope's last day in the cell
 * that spiked.
 *
 * @param kind  what the warning is about
 * @param text  the sentence shown
 * @param count the cells or incidents it counts (the periods, for {@link Kind#EMPTY_PERIODS})
 * @param value the category or source that dominates; for a {@link Kind#SPIKE}, the H3 id (hex) of
 *     the cell that spiked, or null when the scope as a whole did; else null
 */
public record DataWarning(Kind kind, String text, long count, String value) {
    /** What a warning counts. */
    public enum Kind {
        /** Cells with fewer than {@link ScopeQuery#MIN_INCIDENTS} incidents. */
        SPARSE_CELLS,
        /** Days or months without incidents: no rows to open. */
        EMPTY_PERIODS,
        /** The incidents of one category ({@link #value}). */
        DOMINANT_CATEGORY,
        /** The incidents whose source gives a date only. */
        DATE_ONLY,
        /** The incidents of one source ({@link #value}). */
        DOMINANT_SOURCE,
        /** The incidents whose own zone fields disagree with the map. */
        ZONE_MISMATCH,
        /**
         * The incidents of the scope's last day in the scope or one of its cells ({@link #value}), far
         * above the day's forecast ({@link DrillSpikes}).
         */
        SPIKE;

        /** True when the rows behind the warning are incidents (not cells, not periods). */
        public boolean countsIncidents() {
            return this != SPARSE_CELLS && this != EMPTY_PERIODS;
        }
    }

    /** True when a click can open the rows the warning counts. */
    public boolean opensRows() {
        return kind != Kind.EMPTY_PERIODS;
    }
}
