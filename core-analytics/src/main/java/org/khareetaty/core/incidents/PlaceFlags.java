package org.khareetaty.core.incidents;

/**
 * What the analyses read of {@code incidents.place_flag}, the importer's warning about a loaded
 * incident's place (core.etl writes it): an incident at a point the import reported as a likely
 * geocoder fallback feeds no hotspot (DBSCAN, Gi*, the hotspot forecasts), since a hotspot would
 * be built on the geocoder's centroid rather than on where the offences happened.
 */
public final class PlaceFlags {
    /** Starts the place flag of an incident at a reported geocoder fallback point. */
    public static final String GEOCODE_FALLBACK = "geocode_fallback";

    /** SQL condition on {@code incidents}: not at a reported geocoder fallback point. */
    public static final String NOT_AT_FALLBACK =
            "(place_flag IS NULL OR place_flag NOT LIKE '" + GEOCODE_FALLBACK + "%')";

    /**
     * Follows the distance in the place flag of an incident kept just outside the study area's edge
     * and given the nearest zone ("12.3 m outside the study area (layer beats): given the nearest
     * zone, 1234").
     */
    public static final String OUTSIDE_STUDY_AREA = " m outside the study area";

    private PlaceFlags() {}
}
