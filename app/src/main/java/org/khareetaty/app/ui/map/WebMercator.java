package org.khareetaty.app.ui.map;

/**
 * Web Mercator (EPSG:3857) world coordinates scaled to the unit square, x east and y south from the
 * top-left corner, as the z/x/y tiles Gluon Maps draws: a layer projects lon/lat once and then only
 * scales and shifts as the map pans and zooms.
 */
public final class WebMercator {
    /** Latitude limit of the square world. */
    public static final double MAX_LAT = 85.0511287798;
    /** Metres along the equator per unit of x. */
    public static final double EQUATOR_M = 40_075_016.686;

    private WebMercator() {
    }

    /** x in [0,1] of a longitude. */
    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    /** y in [0,1] of a latitude (0 at the north edge). */
    public static double y(double lat) {
        double r = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }

    /** Longitude of x. */
    public static double lon(double x) {
        return x * 360 - 180;
    }

    /** Latitude of y. */
    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
