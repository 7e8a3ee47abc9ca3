package org.khareetaty.core.gistar;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The H3 cells at one resolution that enter a Gi* computation: the study area, zero-count cells
 * included. Gi* compares each neighbourhood with the whole region, so the region decides what "more
 * than expected" means: cells with incidents only would leave out the quiet cells that make a hot
 * spot hot. Cells are kept sorted by id, so results do not depend on the order they were found in.
 */
public final class StudyRegion {
    /** How the region was chosen. */
    public enum Rule {
        /** The cells whose centres lie in the polygons of the store's primary boundary layer, plus any cell with an incident. */
        PRIMARY_LAYER,
        /** No primary layer: the cells whose centres lie in the convex hull of all incidents, plus any cell with an incident. */
        INCIDENT_HULL
    }

    private final int resolution;
    private final long[] cells;
    private final Rule rule;

    private StudyRegion(int resolution, long[] cells, Rule rule) {
        this.resolution = resolution;
        this.cells = cells;
        this.rule = rule;
    }

    /**
     * The cells at {@code resolution} whose centres lie in any of the polygons (H3 {@code polygonToCells},
     * centre containment), together with {@code extraCells} (the cells holding incidents, so that an
     * incident near the edge whose cell centre falls outside is never dropped).
     *
     * @param area polygons or multipolygons in WGS84 lon/lat; other geometry types are ignored
     */
    public static StudyRegion of(
            int resolution, Collection<? extends Geometry> area, Collection<Long> extraCells, Rule rule) {
        checkResolution(resolution);
        TreeSet<Long> all = new TreeSet<>(extraCells);
        for (Geometry g : area) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    all.addAll(H3Cells.h3().polygonToCells(ring(p.getExteriorRing()), holes(p), resolution));
                }
            }
        }
        for (long c : all) {
            if (H3Cells.h3().getResolution(c) != resolution) {
                throw new IllegalArgumentException(
                        "cell " + H3Cells.h3().h3ToString(c) + " is not at resolution " + resolution);
            }
        }
        return new StudyRegion(
                resolution, all.stream().mapToLong(Long::longValue).toArray(), rule);
    }

    private static void checkResolution(int resolution) {
        if (resolution < H3Cells.MIN_RES || resolution > H3Cells.MAX_RES) {
            throw new IllegalArgumentException(
                    "resolution " + resolution + " is outside " + H3Cells.MIN_RES + ".." + H3Cells.MAX_RES);
        }
    }

    private static List<List<LatLng>> holes(Polygon p) {
        List<List<LatLng>> holes = new ArrayList<>();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            holes.add(ring(p.getInteriorRingN(i)));
        }
        return holes;
    }

    private static List<LatLng> ring(LinearRing r) {
        Coordinate[] cs = r.getCoordinates();
        List<LatLng> out = new ArrayList<>(cs.length);
        // JTS closes a ring by repeating its first point; H3 expects the loop without the repeat
        for (int i = 0; i < cs.length - 1; i++) {
            out.add(new LatLng(cs[i].y, cs[i].x));
        }
        return out;
    }

    /** The H3 resolution, 6..10. */
    public int resolution() {
        return resolution;
    }

    /** How the region was chosen. */
    public Rule rule() {
        return rule;
    }

    /** Number of cells. */
    public int size() {
        return cells.length;
    }

    /** The cell at {@code index} (cells are sorted by id). */
    public long cell(int index) {
        return cells[index];
    }

    /** The index of {@code cell}, or a negative number if it is not in the region. */
    public int indexOf(long cell) {
        return Arrays.binarySearch(cells, cell);
    }

    /**
     * For each cell, the indices of the region's cells within grid distance k (H3 {@code gridDisk}),
     * the cell itself included, as Gi* requires. Neighbours outside the region are left out, so edge
     * cells have fewer neighbours (Gi* accounts for that through W_i).
     *
     * @throws org.khareetaty.core.progress.CancelledException if the listener is cancelled
     */
    public int[][] neighbours(int k, ProgressListener listener) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " must be at least 1");
        }
        H3Core h3 = H3Cells.h3();
        Map<Long, Integer> index = new HashMap<>(cells.length * 2);
        for (int i = 0; i < cells.length; i++) {
            index.put(cells[i], i);
        }
        long start = System.nanoTime();
        int[][] out = new int[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            if (i % 2_000 == 0) {
                listener.checkCancelled();
                listener.update(new Progress(
                        "Gi* neighbours at r" + resolution,
                        i,
                        cells.length,
                        i,
                        Duration.ofNanos(System.nanoTime() - start)));
            }
            List<Long> disk = h3.gridDisk(cells[i], k);
            int[] js = new int[disk.size()];
            int m = 0;
            for (long c : disk) {
                Integer j = index.get(c);
                if (j != null) {
                    js[m++] = j;
                }
            }
            out[i] = Arrays.copyOf(js, m);
            Arrays.sort(out[i]);
        }
        return out;
    }
}
