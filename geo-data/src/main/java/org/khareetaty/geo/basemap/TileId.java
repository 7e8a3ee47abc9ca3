package org.khareetaty.geo.basemap;

/**
 * One map tile in the XYZ ("slippy map") scheme used by OpenStreetMap and Gluon Maps: zoom
 * {@code z}, column {@code x} from the antimeridian eastwards and row {@code y} from the north.
 *
 * @param z zoom, 0 <= z <= {@value #MAX_ZOOM}
 * @param x column, 0 <= x < 2^z
 * @param y row from the top, 0 <= y < 2^z
 */
public record TileId(int z, long x, long y) {
    /** The deepest zoom accepted (street level is about 17; OpenStreetMap serves up to 19). */
    public static final int MAX_ZOOM = 22;

    /** Checks the ranges. */
    public TileId {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + z + " is outside 0.." + MAX_ZOOM);
        }
        long n = 1L << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException(
                    "tile " + z + "/" + x + "/" + y + " is outside the 0.." + (n - 1) + " range of zoom " + z);
        }
    }

    /** Whether {@code z/x/y} names a tile (the ranges of the constructor), without throwing. */
    public static boolean isValid(int z, long x, long y) {
        if (z < 0 || z > MAX_ZOOM) {
            return false;
        }
        long n = 1L << z;
        return x >= 0 && x < n && y >= 0 && y < n;
    }

    /** The row in the TMS scheme of MBTiles ({@code tile_row}), counted from the south: 2^z - 1 - y. */
    public long tmsRow() {
        return (1L << z) - 1 - y;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
