package org.khareetaty.sample.live;

import org.khareetaty.sample.DemoRandom;

/** Small distances on the ground (equirectangular, fine at city scale). */
final class Metres {
    static final double PER_DEGREE = 111_320.0;

    private Metres() {
    }

    /** The point {@code north} and {@code east} metres from (lat, lon): {lat, lon}. */
    static double[] offset(double lat, double lon, double north, double east) {
        return new double[] {lat + north / PER_DEGREE, lon + east / (PER_DEGREE * StrictMath.cos(Math.toRadians(lat)))};
    }

    /** A point uniformly distributed in the disc of radius {@code max} around (lat, lon), at least {@code min} away. */
    static double[] around(double lat, double lon, double min, double max, DemoRandom r) {
        double radius = StrictMath.sqrt(min * min + (max * max - min * min) * r.uniform());
        double angle = 2 * Math.PI * r.uniform();
        return offset(lat, lon, radius * StrictMath.cos(angle), radius * StrictMath.sin(angle));
    }

    /** The distance between two nearby points. */
    static double between(double lat1, double lon1, double lat2, double lon2) {
        double north = (lat2 - lat1) * PER_DEGREE;
        double east = (lon2 - lon1) * PER_DEGREE * StrictMath.cos(Math.toRadians((lat1 + lat2) / 2));
        return StrictMath.hypot(north, east);
    }

    /** Rounded to 6 decimals (about 0.1 m), as written. */
    static double rounded(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
