package org.khareetaty.core.forecast.risk;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.khareetaty.core.geo.H3Cells;

/**
 * Protocol B's universe on H3 hexagons (Uber's hierarchical hexagonal grid) at one resolution: the cells
 * whose centre lies inside or on the convex hull of the incidents (reached from the incidents' cells through
 * their neighbours; the hull is taken in a local equirectangular projection, which maps lines of the
 * longitude-latitude plane to lines, so inside is inside in degrees too), plus every cell holding an
 * incident. Universe cells are numbered in ascending H3 index, the tie order. Hexagons differ a little in
 * area, so coverage is a share of the area: at c% the riskiest cells are taken until their area reaches c%
 * of the universe's (H3 {@code cellArea}), and the PAI divides by that share. A cell's neighbours are its
 * first ring (six cells); the kernel methods measure distances between centres in the projection.
 */
public final class H3Grid extends RiskGrid {
    private static final double TOLERANCE_METRES = 1e-7;

    private final int resolution;
    private final long[] universe;
    private final int[] universeCell;
    private final double[] area;
    private final double totalArea;
    private final double[] cx;
    private final double[] cy;
    private final double[] x;
    private final double[] y;
    private final double spacing;
    private final Map<Integer, int[][][]> disks = new HashMap<>();

    H3Grid(RiskIncidents incidents, int resolution) {
        super(incidents);
        this.resolution = resolution;
        H3Core h3 = H3Cells.h3();
        int n = incidents.size();
        double[] origin = RiskGrid.defaultOrigin(incidents);
        double kx = EARTH_RADIUS * Math.PI / 180 * Math.cos(Math.toRadians(origin[1]));
        double ky = EARTH_RADIUS * Math.PI / 180;
        x = new double[n];
        y = new double[n];
        long[] incidentCell = new long[n];
        TreeSet<Long> cells = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            x[k] = kx * (incidents.lon()[k] - origin[0]);
            y[k] = ky * (incidents.lat()[k] - origin[1]);
            incidentCell[k] = h3.latLngToCell(incidents.lat()[k], incidents.lon()[k], resolution);
            cells.add(incidentCell[k]);
        }
        ConvexHull hull = ConvexHull.of(x, y);
        ArrayDeque<Long> frontier = new ArrayDeque<>(cells);
        TreeSet<Long> seen = new TreeSet<>(cells);
        while (!frontier.isEmpty()) {
            for (long next : h3.gridDisk(frontier.poll(), 1)) {
                if (seen.add(next)) {
                    LatLng c = h3.cellToLatLng(next);
                    if (hull.containsOrTouches(kx * (c.lng - origin[0]), ky * (c.lat - origin[1]), TOLERANCE_METRES)) {
                        cells.add(next);
                        frontier.add(next);
                    }
                }
            }
        }
        universe = cells.stream().mapToLong(Long::longValue).toArray();
        area = new double[universe.length];
        cx = new double[universe.length];
        cy = new double[universe.length];
        double total = 0;
        for (int u = 0; u < universe.length; u++) {
            area[u] = h3.cellArea(universe[u], AreaUnit.km2);
            total += area[u];
            LatLng c = h3.cellToLatLng(universe[u]);
            cx[u] = kx * (c.lng - origin[0]);
            cy[u] = ky * (c.lat - origin[1]);
        }
        totalArea = total;
        universeCell = new int[n];
        for (int k = 0; k < n; k++) {
            universeCell[k] = Arrays.binarySearch(universe, incidentCell[k]);
        }
        spacing = meanNeighbourDistance();
    }

    private double meanNeighbourDistance() {
        double sum = 0;
        int count = 0;
        for (int u = 0; u < universe.length; u++) {
            for (int v : disk(u, 1)[1]) {
                sum += Math.hypot(cx[u] - cx[v], cy[u] - cy[v]);
                count++;
            }
        }
        return count == 0 ? Math.sqrt(2 * totalArea * 1e6 / universe.length / Math.sqrt(3)) : sum / count;
    }

    /** The H3 resolution. */
    public int resolution() {
        return resolution;
    }

    /** Mean distance between the centres of neighbouring universe cells, metres. */
    public double spacing() {
        return spacing;
    }

    @Override
    public int cells() {
        return universe.length;
    }

    @Override
    public double areaKm2() {
        return totalArea;
    }

    /** Area of universe cell {@code u}, km². */
    public double areaKm2(int u) {
        return area[u];
    }

    @Override
    public int cellOf(int k) {
        return universeCell[k];
    }

    @Override
    public long cellId(int u) {
        return universe[u];
    }

    @Override
    public String name(long cellId) {
        return Long.toHexString(cellId);
    }

    @Override
    public String describe() {
        return "H3 r" + resolution;
    }

    @Override
    public double centreLon(int u) {
        return H3Cells.h3().cellToLatLng(universe[u]).lng;
    }

    @Override
    public double centreLat(int u) {
        return H3Cells.h3().cellToLatLng(universe[u]).lat;
    }

    @Override
    int flagged(int[] order, double coverage) {
        if (!(coverage > 0 && coverage <= 100)) {
            throw new IllegalArgumentException("coverage must be in (0, 100] percent, got " + coverage);
        }
        double target = coverage / 100 * totalArea * (1 - 1e-12);
        double sum = 0;
        int n = 0;
        while (n < order.length && sum < target) {
            sum += area[order[n++]];
        }
        return n;
    }

    @Override
    double areaShare(int[] order, int flagged) {
        double sum = 0;
        for (int i = 0; i < flagged; i++) {
            sum += area[order[i]];
        }
        return sum / totalArea;
    }

    @Override
    double[] ringSum(double[] byCell) {
        double[] out = new double[byCell.length];
        for (int u = 0; u < out.length; u++) {
            for (int v : disk(u, 1)[1]) {
                out[u] += byCell[v];
            }
        }
        return out;
    }

    /** Projected x of the centre of universe cell {@code u}, metres. */
    double centreX(int u) {
        return cx[u];
    }

    /** Projected y of the centre of universe cell {@code u}, metres. */
    double centreY(int u) {
        return cy[u];
    }

    /** Projected x of incident {@code k}, metres. */
    double x(int k) {
        return x[k];
    }

    /** Projected y of incident {@code k}, metres. */
    double y(int k) {
        return y[k];
    }

    /**
     * The universe cells within {@code k} rings of universe cell {@code u}, by ring: {@code [0]} the cell,
     * {@code [r]} its ring r (cells outside the universe left out).
     */
    synchronized int[][] disk(int u, int k) {
        int[][][] byCell = disks.computeIfAbsent(k, key -> new int[universe.length][][]);
        if (byCell[u] == null) {
            List<List<Long>> rings = H3Cells.h3().gridDiskDistances(universe[u], k);
            int[][] out = new int[rings.size()][];
            for (int r = 0; r < out.length; r++) {
                out[r] = rings.get(r).stream()
                        .mapToInt(c -> Arrays.binarySearch(universe, c))
                        .filter(v -> v >= 0)
                        .toArray();
            }
            byCell[u] = out;
        }
        return byCell[u];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "H3 r%d: %d cells, %.2f km²", resolution, universe.length, totalArea);
    }
}
