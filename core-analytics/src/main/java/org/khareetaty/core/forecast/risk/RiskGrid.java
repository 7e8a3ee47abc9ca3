package org.khareetaty.core.forecast.risk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The cells a next-day hotspot forecast ranks (FORECAST_PROTOCOL.md B1, B2): the cell of every incident and
 * the cell universe, numbered 0..{@link #cells()}-1 in the grid's tie order, whose area is the PAI
 * denominator. Two grids: protocol B's square cells ({@link SquareGrid}, {@link #of}) and H3 hexagons
 * ({@link H3Grid}, {@link #h3}), each with its universe laid over the convex hull of the incidents.
 */
public abstract sealed class RiskGrid permits SquareGrid, H3Grid {
    /** The IUGG mean Earth radius the protocol projects with, metres. */
    public static final double EARTH_RADIUS = 6_371_008.8;

    /** Protocol B's projection origin for Chicago. */
    public static final double CHICAGO_LON = -87.70;

    /** Protocol B's projection origin for Chicago. */
    public static final double CHICAGO_LAT = 41.84;

    private final RiskIncidents incidents;
    private int[] addresses;

    RiskGrid(RiskIncidents incidents) {
        this.incidents = incidents;
    }

    /**
     * Per incident, the number of its exact address (its coordinates to a millionth of a degree; 0 .. the number
     * of addresses - 1), computed once.
     */
    synchronized int[] addresses() {
        if (addresses == null) {
            Map<Long, Integer> ids = new HashMap<>();
            addresses = new int[incidents.size()];
            for (int k = 0; k < addresses.length; k++) {
                long key = Math.round(incidents.lon()[k] * 1e6) * 2_000_000_000L
                        + Math.round(incidents.lat()[k] * 1e6);
                addresses[k] = ids.computeIfAbsent(key, x -> ids.size());
            }
        }
        return addresses;
    }

    /**
     * The square grid of {@code incidents} with cells of {@code size} metres around the origin ({@code lon0},
     * {@code lat0}); protocol B is {@code of(incidents, CHICAGO_LON, CHICAGO_LAT, 150)} on all 2010-2019
     * incidents.
     */
    public static SquareGrid of(RiskIncidents incidents, double lon0, double lat0, double size) {
        requireIncidents(incidents);
        if (!(size > 0)) {
            throw new IllegalArgumentException("cell size must be positive, got " + size);
        }
        return new SquareGrid(incidents, lon0, lat0, size);
    }

    /** The H3 grid of {@code incidents} at {@code resolution} (0..15), its universe as {@link H3Grid} says. */
    public static H3Grid h3(RiskIncidents incidents, int resolution) {
        requireIncidents(incidents);
        if (resolution < 0 || resolution > 15) {
            throw new IllegalArgumentException("H3 resolution must be 0..15, got " + resolution);
        }
        return new H3Grid(incidents, resolution);
    }

    private static void requireIncidents(RiskIncidents incidents) {
        if (incidents.size() == 0) {
            throw new IllegalArgumentException("no incidents to lay a grid over");
        }
    }

    /**
     * The origin of the hotspot forecasts (the command line's and the window's): protocol B's Chicago origin when
     * the incidents' extent holds it, else {@link #roundedCentre}.
     */
    public static double[] defaultOrigin(RiskIncidents incidents) {
        double[] lon = incidents.lon();
        double[] lat = incidents.lat();
        boolean chicago = Arrays.stream(lon).min().orElse(0) <= CHICAGO_LON
                && Arrays.stream(lon).max().orElse(0) >= CHICAGO_LON
                && Arrays.stream(lat).min().orElse(0) <= CHICAGO_LAT
                && Arrays.stream(lat).max().orElse(0) >= CHICAGO_LAT;
        return chicago ? new double[] {CHICAGO_LON, CHICAGO_LAT} : roundedCentre(incidents);
    }

    /** The origin protocol B would choose for other data: the centre of the incidents' extent, to 0.01°. */
    public static double[] roundedCentre(RiskIncidents incidents) {
        double[] lon = incidents.lon();
        double[] lat = incidents.lat();
        double cx =
                (Arrays.stream(lon).min().orElse(0) + Arrays.stream(lon).max().orElse(0)) / 2;
        double cy =
                (Arrays.stream(lat).min().orElse(0) + Arrays.stream(lat).max().orElse(0)) / 2;
        return new double[] {Math.round(cx * 100) / 100.0, Math.round(cy * 100) / 100.0};
    }

    /** The incidents the grid was laid over. */
    public RiskIncidents incidents() {
        return incidents;
    }

    /** Number of universe cells (the ranked cells; N in the PAI). */
    public abstract int cells();

    /** Area of the universe, km². */
    public abstract double areaKm2();

    /** Universe cell (0..cells-1) of incident {@code k}. */
    public abstract int cellOf(int k);

    /** The id of universe cell {@code u}: the square grid's {@code row·cols + col}, or the H3 index. */
    public abstract long cellId(int u);

    /** A cell id as the reports write it: the square grid's number, or the H3 index in hexadecimal. */
    public abstract String name(long cellId);

    /** The grid in words, e.g. {@code 150 m} or {@code H3 r9}. */
    public abstract String describe();

    /** Longitude of the centre of universe cell {@code u}. */
    public abstract double centreLon(int u);

    /** Latitude of the centre of universe cell {@code u}. */
    public abstract double centreLat(int u);

    /** The number of cells flagged at {@code coverage}% of the area when they are taken in {@code order}. */
    abstract int flagged(int[] order, double coverage);

    /** The share of the universe's area that the first {@code flagged} cells of {@code order} cover. */
    abstract double areaShare(int[] order, int flagged);

    /** Per universe cell, the sum of {@code byCell} over its neighbours (the first ring around it). */
    abstract double[] ringSum(double[] byCell);

    /** Number of incidents of day {@code epochDay} per universe cell. */
    public int[] countsOn(int epochDay) {
        int[] out = new int[cells()];
        int to = incidents.indexOfDay(epochDay + 1);
        for (int k = incidents.indexOfDay(epochDay); k < to; k++) {
            out[cellOf(k)]++;
        }
        return out;
    }
}
