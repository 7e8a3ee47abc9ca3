package org.khareetaty.core.geo;

/**
 * Distances from one point to points near it, on the equirectangular plane tangent at that point:
 * {@code dx = dLon x cos(lat) x R}, {@code dy = dLat x R}. Within a few kilometres this differs from
 * the great-circle distance by far less than a metre, at a fraction of the haversine's cost (no
 * trigonometry per pair): for the many "within r metres" tests of the alert windows.
 */
public final class LocalDistance {
    private final double lat;
    private final double lon;
    private final double kx;

    /** Distances from {@code lat, lon}. */
    public LocalDistance(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
        this.kx = Math.cos(Math.toRadians(lat)) * GreatCircle.METRES_PER_DEGREE;
    }

    /** The squared distance in square metres to {@code lat, lon}. */
    public double squaredMetres(double toLat, double toLon) {
        double dx = (toLon - lon) * kx;
        double dy = (toLat - lat) * GreatCircle.METRES_PER_DEGREE;
        return dx * dx + dy * dy;
    }
}
