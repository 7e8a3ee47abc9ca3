package org.khareetaty.sample.live;

import static org.khareetaty.core.geo.GreatCircle.EQUATORIAL_METRES_PER_DEGREE;

import org.khareetaty.sample.DemoRandom;

/**
 * Small distances on the ground (equirectangular, fine at city scale), with the generators' figure for a
 * degree ({@link org.khareetaty.core.geo.GreatCircle#EQUATORIAL_METRES_PER_DEGREE}).
 */
final class Metres {
    private Metres() {}

    /** The point {@code north} and {@code east} metres from (lat, lon): {lat, lon}. */
    static double[] offset(double lat, double lon, double north, double east) {
        return new double[] {
            lat + north / EQUATORIAL_METRES_PER_DEGREE,
            lon + east / (EQUATORIAL_METRES_PER_DEGREE * StrictMath.cos(Math.toRadians(lat)))
        };
    }

    /** A point uniformly distributed in the disc of radius {@code max} around (lat, lon), at least {@code min} away. */
    static double[] around(double lat, double lon, double min, double max, DemoRandom r) {
        double radius = StrictMath.sqrt(min * min + (max * max - min * min) * r.uniform());
        double angle = 2 * Math.PI * r.uniform();
        return offset(lat, lon, radius * StrictMath.cos(angle), radius * StrictMath.sin(angle));
    }

    /** The distance between two nearby points. */
    static double between(double lat1, double lon1, double lat2, double lon2) {
        double north = (lat2 - lat1) * EQUATORIAL_METRES_PER_DEGREE;
        double east = (lon2 - lon1) * EQUATORIAL_METRES_PER_DEGREE * StrictMath.cos(Math.toRadians((lat1 + lat2) / 2));
        return StrictMath.hypot(north, east);
    }

    /** Rounded to 6 decimals (about 0.1 m), as written. */
    static double rounded(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
