package org.khareetaty.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One boundary layer's zones on a regular longitude/latitude grid, for {@link BoundaryIndex#zonesOf}:
 * a grid cell that lies wholly inside a zone, or outside every zone, answers a lookup at once; a
 * cell that a zone's boundary crosses keeps the few zones to test exactly (point in polygon), in
 * load order. The answer is the one of testing every polygon: a point on an edge is inside, and
 * where zones overlap (or share an edge) the zone loaded first wins.
 *
 * <p>Why a planar grid and not an H3 cover: the exact test is planar in longitude/latitude, and so
 * is a grid cell, so "the cell lies inside the polygon" is decided by the same arithmetic as the
 * point test. H3 cells have great-circle edges, and the parent of a point's r10 cell need not hold
 * the point, so an H3 cover would need margins. Measured on Chicago's layers and the real
 * aggravated-assault points (docs/store.md, "Zone lookup"): with 256 cells on the longer side
 * (about 140 m), 5-10% of the cells are crossed by a boundary, a lookup takes a fifth to a seventh
 * of the time of testing the polygons whose envelope holds the point, and the grid is built in
 * under a second; 512 or 1024 cells cost more to build and looked up no faster.
 *
 * <p>Each cell is classified against a copy of itself grown by a millionth of a cell on every side,
 * so a point that rounding puts in a neighbouring cell is still covered by the cell it is looked up
 * in. The cells are classified top-down (a quadtree over the grid), so only cells near a boundary
 * are classified one by one. Read only after construction: safe for concurrent lookups.
 */
final class ZoneGrid implements ZoneLookup {
    /** A zone of the layer: its code, its polygon and exact locator, its load order. */
    record Zone(String code, Geometry polygon, IndexedPointInAreaLocator locator, long order) {
        Zone(String code, Geometry polygon, long order) {
            this(code, polygon, new IndexedPointInAreaLocator(polygon), order);
        }
    }

    /**
     * A cell that zone boundaries cross: the zones to test in order, and the code of the point when
     * none of them holds it (a zone that holds the whole cell, or null).
     */
    private record Crossed(Zone[] tests, String otherwise) {}

    /** Cells on the longer side of the layer's extent. */
    static final int CELLS_PER_SIDE = 256;

    private static final int OUTSIDE = -1;
    private static final GeometryFactory PLANE = new GeometryFactory();

    private final Zone[] zones;
    private final double x0;
    private final double y0;
    private final double size;
    private final int nx;
    private final int ny;
    /** Per cell: a zone index when the cell is decided, {@link #OUTSIDE}, or -2 - the index in {@link #crossed}. */
    private final int[] cells;

    private final List<Crossed> crossed = new ArrayList<>();

    private ZoneGrid(List<Zone> zones, int cellsPerSide) {
        this.zones = zones.toArray(Zone[]::new);
        Arrays.sort(this.zones, (a, b) -> Long.compare(a.order(), b.order()));
        Envelope extent = new Envelope();
        for (Zone z : this.zones) {
            extent.expandToInclude(z.polygon().getEnvelopeInternal());
        }
        if (extent.isNull()) {
            x0 = y0 = 0;
            size = 1;
            nx = ny = 0;
            cells = new int[0];
            return;
        }
        size = Math.max(Math.max(extent.getWidth(), extent.getHeight()) / cellsPerSide, 1e-9);
        // one cell of margin on each side: a point on the extent's edge falls in a cell of the grid
        x0 = extent.getMinX() - size;
        y0 = extent.getMinY() - size;
        nx = (int) Math.ceil(extent.getWidth() / size) + 2;
        ny = (int) Math.ceil(extent.getHeight() / size) + 2;
        cells = new int[nx * ny];
        PreparedGeometry[] prepared = new PreparedGeometry[this.zones.length];
        for (int i = 0; i < this.zones.length; i++) {
            prepared[i] = PreparedGeometryFactory.prepare(this.zones[i].polygon());
        }
        int[] all = new int[this.zones.length];
        Arrays.setAll(all, i -> i);
        classify(prepared, 0, 0, nx, ny, all);
    }

    /** The grid of a layer's zones (any order: load order is their {@link Zone#order()}). */
    static ZoneGrid of(List<Zone> zones) {
        return new ZoneGrid(zones, CELLS_PER_SIDE);
    }

    /** The grid with {@code cellsPerSide} cells on the longer side, for measuring the choice. */
    static ZoneGrid of(List<Zone> zones, int cellsPerSide) {
        return new ZoneGrid(zones, cellsPerSide);
    }

    @Override
    public String codeAt(double lon, double lat) {
        double fx = (lon - x0) / size;
        double fy = (lat - y0) / size;
        if (!(fx >= 0 && fy >= 0 && fx < nx && fy < ny)) {
            return null;
        }
        int v = cells[(int) fy * nx + (int) fx];
        if (v >= 0) {
            return zones[v].code();
        }
        if (v == OUTSIDE) {
            return null;
        }
        Crossed c = crossed.get(-2 - v);
        Coordinate p = new Coordinate(lon, lat);
        for (Zone z : c.tests()) {
            if (z.locator().locate(p) != Location.EXTERIOR) {
                return z.code();
            }
        }
        return c.otherwise();
    }

    /** Share of the grid's cells that zone boundaries cross (the rest answer without a polygon test). */
    double crossedShare() {
        return cells.length == 0
                ? 0
                : (double) Arrays.stream(cells).filter(v -> v <= -2).count() / cells.length;
    }

    /**
     * Classifies the cells [ix0, ix1) x [iy0, iy1) against the candidate zones (indexes in load
     * order, each with its prepared polygon, kept only while the grid is built): fills the range when no candidate's boundary crosses it before the first zone that
     * holds it whole, else splits it, down to single cells.
     */
    private void classify(PreparedGeometry[] prepared, int ix0, int iy0, int ix1, int iy1, int[] candidates) {
        double grow = size * 1e-6;
        Envelope box = new Envelope(
                x0 + ix0 * size - grow, x0 + ix1 * size + grow, y0 + iy0 * size - grow, y0 + iy1 * size + grow);
        Polygon rect = (Polygon) PLANE.toGeometry(box);
        int[] kept = new int[candidates.length];
        int n = 0;
        int holder = OUTSIDE;
        boolean boundary = false;
        for (int z : candidates) {
            if (!zones[z].polygon().getEnvelopeInternal().intersects(box) || !prepared[z].intersects(rect)) {
                continue;
            }
            kept[n++] = z;
            if (prepared[z].containsProperly(rect)) {
                holder = z;
                break;
            }
            boundary = true;
        }
        if (!boundary) {
            fill(ix0, iy0, ix1, iy1, holder);
            return;
        }
        kept = Arrays.copyOf(kept, n);
        if (ix1 - ix0 == 1 && iy1 - iy0 == 1) {
            int tests = holder == OUTSIDE ? n : n - 1;
            Zone[] z = new Zone[tests];
            for (int i = 0; i < tests; i++) {
                z[i] = zones[kept[i]];
            }
            crossed.add(new Crossed(z, holder == OUTSIDE ? null : zones[holder].code()));
            cells[iy0 * nx + ix0] = -1 - crossed.size();
            return;
        }
        if (ix1 - ix0 >= iy1 - iy0) {
            int mid = (ix0 + ix1) >>> 1;
            classify(prepared, ix0, iy0, mid, iy1, kept);
            classify(prepared, mid, iy0, ix1, iy1, kept);
        } else {
            int mid = (iy0 + iy1) >>> 1;
            classify(prepared, ix0, iy0, ix1, mid, kept);
            classify(prepared, ix0, mid, ix1, iy1, kept);
        }
    }

    private void fill(int ix0, int iy0, int ix1, int iy1, int value) {
        for (int iy = iy0; iy < iy1; iy++) {
            Arrays.fill(cells, iy * nx + ix0, iy * nx + ix1, value);
        }
    }
}
