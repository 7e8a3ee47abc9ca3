package org.khareetaty.core.etl;

import java.util.Locale;

/** Why a row was rejected; {@link #code()} is what the store, reports and {@code --json} show. */
public enum RejectReason {
    /** Broken quoting or a column count that differs from the header. */
    MALFORMED_ROW,
    /** A required field (the offense type, the time) is empty. */
    MISSING_FIELD,
    /** The timestamp does not parse or names an impossible date or time. */
    BAD_TIMESTAMP,
    /** The timestamp lies more than a day in the future. */
    FUTURE_TIMESTAMP,
    /** The timestamp lies before the store's time floor. */
    TIMESTAMP_BEFORE_FLOOR,
    /** Latitude/longitude (or X/Y) are empty. */
    MISSING_COORDINATES,
    /** Latitude/longitude (or X/Y) are not numbers. */
    NON_NUMERIC_COORDINATES,
    /** Latitude outside [-90,90] or longitude outside [-180,180], or a projection that fails. */
    COORDINATES_OUT_OF_RANGE,
    /** The point (0,0) "null island", a placeholder for an unknown location. */
    NULL_ISLAND,
    /** A known placeholder location (e.g. State Plane X/Y 0,0 projected to WGS84). */
    SENTINEL_LOCATION,
    /** A point named with {@code --geocode-fallback}: where a geocoder puts what it cannot place. */
    GEOCODE_FALLBACK,
    /** Outside every polygon of the primary boundary layer, or outside the configured bounding box. */
    OUTSIDE_STUDY_AREA,
    /** An identifier or code longer than the store keeps (a source id over 64 characters, ...). */
    FIELD_TOO_LONG,
    /** A mapping's count column holds no whole number of offences from 1 to 1000 ({@link OffenceCount}). */
    BAD_COUNT;

    /** Lower-case code, e.g. {@code outside_study_area}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
