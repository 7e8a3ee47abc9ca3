package org.khareetaty.geo.basemap;

import org.locationtech.jts.geom.Envelope;

/**
 * Spherical Web Mercator (EPSG:3857) in the pixel units of 256-pixel tiles. A "world" coordinate
 * is a pixel position at zoom 0, x from 0 (180 W) to 256 (180 E) and y from 0 (85.0511 N) to 256
 * (85.0511 S); at zoom z multiply by 2^z. A "unit" coordinate is the same divided by 256 (the unit
 * square the workstation's map layers project to once, then only scale and shift as the map pans
 * and zooms). Formulas: OpenStreetMap wiki, "Slippy map tilenames". The one Web Mercator of the
 * program: the tile renderer, the basemap command and the map layers all use it.
 */
public final class WebMercator {
    /** Tile size in pixels. */
    public static final int TILE_SIZE = 256;
    /** The latitude where the square Web Mercator world ends. */
    public static final double MAX_LATITUDE = 85.0511287798066;
    /** Length of the equator in metres (equatorial radius 6378137 m): ground metres per unit x at latitude 0. */
    public static final double EQUATOR_M = 2 * Math.PI * 6378137.0;

    private WebMercator() {}

    /** World x of a longitude. */
    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0 * TILE_SIZE;
    }

    /** World y of a latitude (clamped to +-{@value #MAX_LATITUDE}). */
    public static double worldY(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return (1.0 - Math.log(Math.tan(phi) + 1.0 / Math.cos(phi)) / Math.PI) / 2.0 * TILE_SIZE;
    }

    /** Longitude of a world x. */
    public static double lon(double worldX) {
        return worldX / TILE_SIZE * 360.0 - 180.0;
    }

    /** Latitude of a world y. */
    public static double lat(double worldY) {
        double n = Math.PI * (1.0 - 2.0 * worldY / TILE_SIZE);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Unit x in [0,1] of a longitude (0 at 180 W). */
    public static double unitX(double lon) {
        return (lon + 180) / 360;
    }

    /** Unit y in [0,1] of a latitude (0 at the north edge; clamped to +-{@value #MAX_LATITUDE}). */
    public static double unitY(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    }

    /** Longitude of a unit x. */
    public static double lonOfUnitX(double x) {
        return x * 360 - 180;
    }

    /** Latitude of a unit y. */
    public static double latOfUnitY(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** Ground metres per pixel at latitude {@code lat} and zoom {@code z} (equatorial radius 6378137 m). */
    public static double metresPerPixel(double lat, int z) {
        return EQUATOR_M * Math.cos(Math.toRadians(lat)) / (TILE_SIZE * Math.pow(2, z));
    }

    /** The world envelope (zoom-0 pixels) of a tile. */
    public static Envelope tileWorldEnvelope(TileId t) {
        double size = (double) TILE_SIZE / (1L << t.z());
        return new Envelope(t.x() * size, (t.x() + 1) * size, t.y() * size, (t.y() + 1) * size);
    }

    /** The range of tiles at zoom {@code z} that a world envelope touches. */
    public static TileRange tilesCovering(Envelope world, int z) {
        long n = 1L << z;
        double scale = (double) n / TILE_SIZE;
        long x0 = clamp((long) Math.floor(world.getMinX() * scale), n);
        long x1 = clamp((long) Math.ceil(world.getMaxX() * scale) - 1, n);
        long y0 = clamp((long) Math.floor(world.getMinY() * scale), n);
        long y1 = clamp((long) Math.ceil(world.getMaxY() * scale) - 1, n);
        return new TileRange(z, x0, Math.max(x0, x1), y0, Math.max(y0, y1));
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    /**
     * A rectangle of tiles at one zoom, bounds inclusive.
     *
     * @param z    zoom
     * @param minX first column
     * @param maxX last column
     * @param minY first row (north)
     * @param maxY last row (south)
     */
    public record TileRange(int z, long minX, long maxX, long minY, long maxY) {
        /** Number of tiles. */
        public long count() {
            return (maxX - minX + 1) * (maxY - minY + 1);
        }
    }
}
