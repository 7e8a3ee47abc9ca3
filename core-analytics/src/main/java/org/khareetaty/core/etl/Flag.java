package org.khareetaty.core.etl;

/**
 * Codes of the warnings a loaded row can carry: counted per import ({@link ImportResult#flagged()},
 * the {@code imports.flagged} column) and printed with the summary. A flagged row is loaded.
 */
public final class Flag {
    /** The time's written UTC offset differs from the source zone's offset at that instant. */
    public static final String OFFSET_DISAGREES_WITH_ZONE = "offset_disagrees_with_zone";

    /** The source gives a date without a time of day: time precision {@code day}. */
    public static final String DATE_ONLY = "date_only";
    /**
     * Prefix of the code of a placeholder time ({@code placeholder_time_12:00}): rows at a minute
     * far busier than that minute of the hours around it, taken down to time precision {@code day}.
     */
    public static final String PLACEHOLDER_TIME = "placeholder_time_";

    /**
     * Prefix of the code of a free-text field longer than its column ({@code text_cut_block}): the
     * row is loaded with the field cut to the column's width; the whole row stays in the file.
     */
    public static final String TEXT_CUT = "text_cut_";

    /**
     * Prefix of the code of a likely geocoder fallback ({@code geocode_fallback_-87.6298,41.8781},
     * longitude then latitude as {@code --geocode-fallback} takes them): one exact point that holds
     * many rows with different addresses ({@link GeocodeFallbacks}).
     */
    public static final String GEOCODE_FALLBACK = "geocode_fallback_";

    /**
     * A point just outside the study area's outer edge (within the import's edge tolerance), kept
     * and given the nearest zone ({@link org.khareetaty.core.geo.StudyAreaEdge}); its incident's
     * {@code place_flag} says how far out.
     */
    public static final String SNAPPED_TO_EDGE = "snapped_to_edge";

    /**
     * A row whose count column ({@link OffenceCount}) gave several offences, loaded as that many
     * incidents; {@link #COUNT_EXTRA} counts the incidents added beyond one per row.
     */
    public static final String COUNT_EXPANDED = "count_expanded";

    /** The incidents added beyond one per row by a count column (see {@link #COUNT_EXPANDED}). */
    public static final String COUNT_EXTRA = "count_extra_incidents";

    private Flag() {}

    /** What a flag code means, for a summary line: {@code " (the written UTC offset ...)"}, or "". */
    public static String meaning(String code) {
        if (code.startsWith(PLACEHOLDER_TIME)) {
            return " (a placeholder: far more rows at " + code.substring(PLACEHOLDER_TIME.length())
                    + " than at that minute of the hours around it; taken as a date only)";
        }
        if (code.startsWith(GEOCODE_FALLBACK)) {
            return " (" + GeocodeFallbacks.MIN_ADDRESSES
                    + " or more different addresses at this one point: likely where"
                    + " a geocoder puts what it cannot place; reject these rows with --geocode-fallback "
                    + code.substring(GEOCODE_FALLBACK.length()) + ")";
        }
        if (code.startsWith(TEXT_CUT)) {
            String field = code.substring(TEXT_CUT.length());
            return " (the " + field + " is longer than the store keeps, "
                    + ("claims".equals(field) ? RowChecks.CLAIMS_WIDTH : RowChecks.TEXT_WIDTH)
                    + " characters, and was cut to fit)";
        }
        return switch (code) {
            case OFFSET_DISAGREES_WITH_ZONE ->
                " (written UTC offset differs from the source's time zone; the written" + " instant is kept)";
            case DATE_ONLY -> " (a date without a time of day; left out of hour-of-day analyses)";
            case COUNT_EXPANDED ->
                " (the count column gives several offences: the row was loaded as that many incidents)";
            case COUNT_EXTRA -> " (incidents added beyond one per row by the count column: analyses count offences)";
            case SNAPPED_TO_EDGE ->
                " (just outside the study area's edge, within the edge tolerance: kept and given the nearest zone)";
            default -> "";
        };
    }
}
