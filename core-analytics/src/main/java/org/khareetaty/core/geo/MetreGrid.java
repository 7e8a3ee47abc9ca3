package org.khareetaty.core.geo;

/**
 * A grid of square-ish buckets whose sides are at least {@code sideM} metres on the ground, for
 * "everything within r metres" lookups with r &lt;= side: every point within r of a point lies in
 * its bucket or one of the eight around it ({@link #neighbours}). Rows are bands of latitude; each
 * row's columns are as wide as the side at the row's poleward edge, so a column is never narrower
 * than the side, and the neighbour rows are looked up in their own column scheme. Not for use
 * across the antimeridian or within one side of a pole. Immutable, thread safe.
 */
public final class MetreGrid {
    private final double sideM;
    private final double rowDegrees;

    /** A grid with buckets at least {@code sideM} metres across. */
    public MetreGrid(double sideM) {
        if (!(sideM > 0)) {
            throw new IllegalArgumentException("bucket side must be positive, got " + sideM);
        }
        this.sideM = sideM;
        this.rowDegrees = sideM / GreatCircle.METRES_PER_DEGREE;
    }

    /** The bucket side in metres. */
    public double sideM() {
        return sideM;
    }

    /** The bucket key of a point. */
    public long key(double lat, double lon) {
        int row = (int) Math.floor(lat / rowDegrees);
        return key(row, column(row, lon));
    }

    /** The keys of the point's bucket and of the eight around it. */
    public long[] neighbours(double lat, double lon) {
        int row = (int) Math.floor(lat / rowDegrees);
        long[] out = new long[9];
        int i = 0;
        for (int r = row - 1; r <= row + 1; r++) {
            int col = column(r, lon);
            for (int c = col - 1; c <= col + 1; c++) {
                out[i++] = key(r, c);
            }
        }
        return out;
    }

    private int column(int row, double lon) {
        double poleward = Math.max(Math.abs(row * rowDegrees), Math.abs((row + 1) * rowDegrees));
        double cos = Math.cos(Math.toRadians(Math.min(poleward, 89.9)));
        double colDegrees = sideM / (GreatCircle.METRES_PER_DEGREE * cos);
        return (int) Math.floor(lon / colDegrees);
    }

    /**
     * Row and column packed into one long, then multiplied by an odd constant (a bijection of the
     * longs, so keys stay distinct): the packed value alone hashes as {@code row ^ col} in a
     * {@code HashMap<Long, ...>}, which puts a whole city's buckets into a few hundred hash values
     * (long collision chains in the alert engine's windows).
     */
    private static long key(int row, int col) {
        return (((long) row << 32) | (col & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    }
}
