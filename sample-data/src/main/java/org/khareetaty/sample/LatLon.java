package org.khareetaty.sample;

import static org.khareetaty.core.geo.GreatCircle.EQUATORIAL_METRES_PER_DEGREE;

/**
 * A WGS84 position rounded to 5 decimals (about 1 m), the precision written to the file, so that a
 * point checked against a polygon is exactly the point the importer reads.
 */
record LatLon(double lat, double lon) {
    static LatLon rounded(double lat, double lon) {
        return new LatLon(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
    }

    /**
     * The point {@code north} and {@code east} metres away (equirectangular: fine at city scale), with the
     * generators' figure for a degree ({@link org.khareetaty.core.geo.GreatCircle#EQUATORIAL_METRES_PER_DEGREE}).
     */
    LatLon offset(double north, double east) {
        double dLat = north / EQUATORIAL_METRES_PER_DEGREE;
        double dLon = east / (EQUATORIAL_METRES_PER_DEGREE * StrictMath.cos(Math.toRadians(lat)));
        return rounded(lat + dLat, lon + dLon);
    }
}
