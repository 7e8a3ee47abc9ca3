package org.khareetaty.core.geo;

import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Covers a lon/lat box with H3 cells and turns them into ranges of r10 cell ids: the spatial index
 * of the incidents. In H3's bit layout all r10 descendants of a coarser cell share its leading
 * digits, so they lie between the descendant with every finer digit 0 and the one with every
 * finer digit 6; a B-tree on {@code h3_r10} answers each range with one scan.
 */
public final class H3Cover {
    /** Cells a cover may use before it moves to a coarser resolution. */
    static final int MAX_CELLS = 256;

    /**
     * An inclusive range of r10 cell ids.
     *
     * @param lo first id
     * @param hi last id
     */
    public record Range(long lo, long hi) {}

    private H3Cover() {}

    /** The r10 id range of every descendant of {@code cell} (resolution 0..10). */
    public static Range descendants(long cell) {
        return descendants(cell, H3Cells.MAX_RES);
    }

    /** The id range at resolution {@code res} (at least the cell's) of every descendant of {@code cell}. */
    public static Range descendants(long cell, int res) {
        int cellRes = (int) ((cell >>> 52) & 0xF);
        long base = (cell & ~(0xFL << 52)) | ((long) res << 52);
        long lo = base;
        long hi = base;
        for (int r = cellRes + 1; r <= res; r++) {
            int shift = (15 - r) * 3;
            lo &= ~(7L << shift);
            hi = (hi & ~(7L << shift)) | (6L << shift);
        }
        return new Range(lo, hi);
    }

    /**
     * Merged, sorted r10 id ranges whose cells cover every point of {@code box}; they may also
     * hold points just outside it, so callers keep the exact box test.
     */
    public static List<Range> ranges(Envelope box) {
        long[] cells = cover(box);
        Range[] ranges = new Range[cells.length];
        for (int i = 0; i < cells.length; i++) {
            ranges[i] = descendants(cells[i]);
        }
        Arrays.sort(ranges, (a, b) -> Long.compare(a.lo(), b.lo()));
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.lo() <= last.hi() + 1) {
                merged.set(merged.size() - 1, new Range(last.lo(), Math.max(last.hi(), r.hi())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * Cells at the finest resolution (r10 down to r0) for which the cover needs at most
     * {@link #MAX_CELLS}: the cells whose centres lie in the box grown by two edge lengths, which
     * holds every cell that touches the box.
     */
    static long[] cover(Envelope box) {
        for (int res = H3Cells.MAX_RES; res >= 0; res--) {
            double margin = 2 * H3Cells.h3().getHexagonEdgeLengthAvg(res, com.uber.h3core.LengthUnit.km) / 111.0;
            double lat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
            double lonMargin = margin / Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, lat + margin))));
            Envelope grown = new Envelope(
                    box.getMinX() - lonMargin,
                    box.getMaxX() + lonMargin,
                    Math.max(-89.9, box.getMinY() - margin),
                    Math.min(89.9, box.getMaxY() + margin));
            double cellDeg2 = H3Cells.h3().getHexagonAreaAvg(res, com.uber.h3core.AreaUnit.km2) / (111.0 * 111.0);
            double estimate = grown.getArea() * Math.cos(Math.toRadians(Math.min(89, lat))) / cellDeg2;
            if (estimate > MAX_CELLS * 2 && res > 0) {
                continue;
            }
            List<Long> cells = H3Cells.h3().polygonToCells(ring(grown), List.of(), res);
            if (cells.size() <= MAX_CELLS || res == 0) {
                return cells.stream().mapToLong(Long::longValue).toArray();
            }
        }
        throw new IllegalStateException("unreachable: resolution 0 always covers");
    }

    private static List<LatLng> ring(Envelope e) {
        return List.of(
                new LatLng(e.getMinY(), e.getMinX()),
                new LatLng(e.getMinY(), e.getMaxX()),
                new LatLng(e.getMaxY(), e.getMaxX()),
                new LatLng(e.getMaxY(), e.getMinX()));
    }
}
