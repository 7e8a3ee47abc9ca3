package org.khareetaty.core.geo;

/**
 * Distances on the ground between WGS84 points: the haversine formula on a sphere of the mean Earth
 * radius (IUGG, 6,371,008.8 m). At the few hundred metres the alert rules use, the sphere differs
 * from the ellipsoid by under 0.5%, far below the precision of the coordinates a feed sends.
 */
public final class GreatCircle {
    /** Mean Earth radius in metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;
    /** Metres per degree of latitude on the sphere (111,195 m): what the program measures with. */
    public static final double METRES_PER_DEGREE = EARTH_RADIUS_M * Math.PI / 180;
    /**
     * The customary round figure for a degree, 111,320 m: a degree of the WGS84 equator (6,378,137 m
     * x pi / 180 = 111,319.5 m), 0.11% longer than {@link #METRES_PER_DEGREE}. Only the demo
     * generators (sample-data) place points with it: the incidents and live events they write, and the
     * counts pinned by their tests and the README, were made with this figure, and switching them to
     * the mean sphere would move every generated point. Code that measures uses {@link #METRES_PER_DEGREE}.
     */
    public static final double EQUATORIAL_METRES_PER_DEGREE = 111_320.0;

    private GreatCircle() {}

    /** Distance in metres between two points given as latitude, longitude in degrees. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = sin2(dp / 2) + Math.cos(p1) * Math.cos(p2) * sin2(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double sin2(double x) {
        double s = Math.sin(x);
        return s * s;
    }
}
