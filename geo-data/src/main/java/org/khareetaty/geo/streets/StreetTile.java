package org.khareetaty.geo.streets;

import org.khareetaty.geo.basemap.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The tiles street lines are stored by: web-mercator tiles of zoom {@value #ZOOM} (about 2.4 km
 * wide at the equator, 1.8 km in Chicago), keyed {@code x * 2^14 + y}, so the tiles of one column
 * are one range of keys. A view at street scale touches a handful of them.
 */
public final class StreetTile {
    /** The zoom of the tiles lines are cut into. */
    public static final int ZOOM = 14;

    private static final long N = 1L << ZOOM;

    private StreetTile() {}

    /** The key of tile column {@code x}, row {@code y}. */
    public static long key(long x, long y) {
        return x * N + y;
    }

    /** The tile column of a longitude. */
    public static long column(double lon) {
        return clamp((long) Math.floor(WebMercator.unitX(lon) * N));
    }

    /** The tile row of a latitude (0 at the north). */
    public static long row(double lat) {
        return clamp((long) Math.floor(WebMercator.unitY(lat) * N));
    }

    /** The lon/lat box of tile column {@code x}, row {@code y}. */
    public static Envelope box(long x, long y) {
        return new Envelope(
                WebMercator.lonOfUnitX((double) x / N),
                WebMercator.lonOfUnitX((double) (x + 1) / N),
                WebMercator.latOfUnitY((double) (y + 1) / N),
                WebMercator.latOfUnitY((double) y / N));
    }

    private static long clamp(long v) {
        return Math.max(0, Math.min(N - 1, v));
    }
}
