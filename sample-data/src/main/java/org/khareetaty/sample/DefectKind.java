package org.khareetaty.sample;

/**
 * The realistic defects planted in the demo file, one per defective row. Each row carries exactly
 * one defect, so a checker can count them. Most must be rejected by the importer with a reason; the
 * last two are valid rows that must be loaded and flagged or mapped.
 */
public enum DefectKind {
    /** lat and/or lon empty. */
    MISSING_COORDINATES(40),
    /** lat/lon present but not decimal numbers: {@code N/A}, {@code 29.33871N}, Arabic-Indic digits, decimal comma. */
    NON_NUMERIC_COORDINATES(30),
    /** latitude written in the lon column and vice versa (lat near 48, lon near 29). */
    SWAPPED_LAT_LON(35),
    /** {@code 0,0}: the classic "null island" placeholder. */
    NULL_ISLAND(30),
    /** a valid number pair in the Gulf, Kuwait Bay, Iraq or Saudi Arabia: outside every governorate. */
    OUTSIDE_KUWAIT(35),
    /** a timestamp that is not a valid {@code YYYY-MM-DD HH:MM:SS}: {@code 2024-13-45 25:61:00}, {@code 14/03/2024 9pm}, Feb 30. */
    UNPARSEABLE_TIMESTAMP(30),
    /** a well-formed timestamp in 2099. */
    FUTURE_TIMESTAMP(15),
    /** a byte-identical repeat of the row just before it. */
    DUPLICATE_EXACT(40),
    /**
     * the same incident (timestamp, type, coordinates, governorate, zone) as a row at least 100 rows
     * earlier, re-reported with a slightly different description.
     */
    DUPLICATE_LATER(30),
    /** a description that opens a {@code "} and never closes it (the line has an odd number of quotes). */
    BROKEN_QUOTE(10),
    /** five columns instead of seven (zone and description missing). */
    TOO_FEW_COLUMNS(15),
    /** an unquoted description with a comma, giving eight or more columns. */
    TOO_MANY_COLUMNS(15),
    /** valid row whose governorate names a neighbouring governorate, not the polygon the point is in. */
    GOVERNORATE_MISMATCH(40),
    /** valid row whose incident type is not in the city-format list ({@code arson}, {@code begging}, ...). */
    UNKNOWN_INCIDENT_TYPE(30);

    /** Rows of this kind per {@link #REFERENCE_INCIDENTS} incidents. */
    private final int perReference;

    static final int REFERENCE_INCIDENTS = 120_000;

    DefectKind(int perReference) {
        this.perReference = perReference;
    }

    /** How many rows of this kind a file with {@code incidents} incidents gets: proportional, at least one. */
    int countFor(int incidents) {
        return (int) Math.max(1, Math.round((double) perReference * incidents / REFERENCE_INCIDENTS));
    }
}
