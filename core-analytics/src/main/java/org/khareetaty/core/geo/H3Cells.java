package org.khareetaty.core.geo;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The H3 cells of a point at the workstation's resolutions r6 (city) to r10 (micro-block).
 * One native {@code latLngToCell} call at r10; the coarser cells are its parents, derived from the
 * H3 index bit layout (resolution in bits 52-55, one 3-bit digit per resolution, unused digits 7)
 * instead of four more native calls. Thread safe.
 */
public final class H3Cells {
    /** Coarsest resolution stored (city). */
    public static final int MIN_RES = 6;
    /** Finest resolution stored (micro-block). */
    public static final int MAX_RES = 10;

    private static final H3Core H3 = load();

    private H3Cells() {}

    private static H3Core load() {
        try {
            return H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the H3 native library", e);
        }
    }

    /** The shared H3 façade. */
    public static H3Core h3() {
        return H3;
    }

    /** Cells at r6..r10 of a WGS84 point, index 0 = r6. */
    public static long[] cells(double lat, double lon) {
        long r10 = H3.latLngToCell(lat, lon, MAX_RES);
        long[] cells = new long[MAX_RES - MIN_RES + 1];
        cells[MAX_RES - MIN_RES] = r10;
        for (int res = MIN_RES; res < MAX_RES; res++) {
            cells[res - MIN_RES] = parent(r10, res);
        }
        return cells;
    }

    /**
     * The parent of {@code cell} at the coarser resolution {@code res} (0 &lt;= res &lt;= the cell's
     * resolution), as H3's {@code cellToParent}.
     */
    public static long parent(long cell, int res) {
        int cellRes = (int) ((cell >>> 52) & 0xF);
        long p = (cell & ~(0xFL << 52)) | ((long) res << 52);
        for (int r = res + 1; r <= cellRes; r++) {
            p |= 7L << ((15 - r) * 3);
        }
        return p;
    }
}
