package org.khareetaty.core.etl;

import java.util.List;

/**
 * A placeholder location that records systems write when the real one is unknown.
 *
 * @param name      what it is, shown in the rejection message
 * @param lon       WGS84 longitude
 * @param lat       WGS84 latitude
 * @param tolerance distance in degrees within which a point counts as this sentinel
 */
public record Sentinel(String name, double lon, double lat, double tolerance, RejectReason reason) {
    /** Known sentinels: State Plane Illinois East X/Y 0,0 (Chicago's "no location"), as WGS84. */
    public static final List<Sentinel> KNOWN = List.of(new Sentinel(
            "Illinois State Plane East origin (X/Y 0,0, Chicago's placeholder)",
            -91.686565684,
            36.619446395,
            1e-4,
            RejectReason.SENTINEL_LOCATION));

    /**
     * A geocoder's fallback point the analyst names ({@code --geocode-fallback LON,LAT}), as
     * {@link GeocodeFallbacks} reports it: the rows at exactly that point (within a centimetre) are
     * rejected as {@link RejectReason#GEOCODE_FALLBACK}.
     */
    public static Sentinel geocodeFallback(double lon, double lat) {
        return new Sentinel(
                "a geocoder's fallback point (--geocode-fallback)", lon, lat, 1e-7, RejectReason.GEOCODE_FALLBACK);
    }

    /** True when the point lies within the tolerance. */
    public boolean matches(double pointLon, double pointLat) {
        return Math.abs(pointLon - lon) <= tolerance && Math.abs(pointLat - lat) <= tolerance;
    }
}
