package org.khareetaty.core.forecast.risk;

import java.util.Arrays;

/**
 * Protocol B's square grid (FORECAST_PROTOCOL.md B1, B2): a local equirectangular projection around an
 * origin ({@code x = R·Δlon·cos(lat0)}, {@code y = R·Δlat}, R = 6,371,008.8 m), cells of {@code size}
 * metres centred on multiples of the size ({@code i = floor((x + size/2)/size)}, so with data on a
 * 0.0001° lattice no incident lies on a cell edge), cell id {@code row·cols + col} from the south-west
 * incident; and the cell universe that is ranked and whose area is the PAI denominator: the cells whose
 * centre lies inside or on the convex hull of the incidents, plus every cell holding an incident.
 * Universe cells are numbered 0..{@link #cells()}-1 in ascending cell id, which is the tie order.
 */
public final class RiskGrid {
    /** The IUGG mean Earth radius the protocol projects with, metres. */
    public static final double EARTH_RADIUS = 6_371_008.8;
    /** Protocol B's projection origin for Chicago. */
    public static final double CHICAGO_LON = -87.70;

    /** Protocol B's projection origin for Chicago. */
    public static final double CHICAGO_LAT = 41.84;

    private final RiskIncidents incidents;
    private final double lon0;
    private final double lat0;
    private final double size;
    private final int col0;
    private final int row0;
    private final int cols;
    private final int rows;
    private final double[] x;
    private final double[] y;
    private final int[] gridCell;
    private final int[] universeCell;
    private final int[] universe;

    private RiskGrid(RiskIncidents incidents, double lon0, double lat0, double size) {
        this.incidents = incidents;
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.size = size;
        int n = incidents.size();
        x = new double[n];
        y = new double[n];
        int[] gi = new int[n];
        int[] gj = new int[n];
        int minI = Integer.MAX_VALUE;
        int minJ = Integer.MAX_VALUE;
        int maxI = Integer.MIN_VALUE;
        int maxJ = Integer.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            x[k] = projectX(incidents.lon()[k]);
            y[k] = projectY(incidents.lat()[k]);
            gi[k] = (int) Math.floor((x[k] + size / 2) / size);
            gj[k] = (int) Math.floor((y[k] + size / 2) / size);
            minI = Math.min(minI, gi[k]);
            minJ = Math.min(minJ, gj[k]);
            maxI = Math.max(maxI, gi[k]);
            maxJ = Math.max(maxJ, gj[k]);
        }
        col0 = minI;
        row0 = minJ;
        cols = maxI - minI + 1;
        rows = maxJ - minJ + 1;
        gridCell = new int[n];
        boolean[] inUniverse = new boolean[rows * cols];
        for (int k = 0; k < n; k++) {
            gridCell[k] = (gj[k] - row0) * cols + (gi[k] - col0);
            inUniverse[gridCell[k]] = true;
        }
        ConvexHull hull = ConvexHull.of(x, y);
        for (int id = 0; id < inUniverse.length; id++) {
            inUniverse[id] |= hull.containsOrTouches(centreX(id), centreY(id), 1e-7);
        }
        universe = indices(inUniverse);
        int[] position = new int[inUniverse.length];
        Arrays.fill(position, -1);
        for (int u = 0; u < universe.length; u++) {
            position[universe[u]] = u;
        }
        universeCell = new int[n];
        for (int k = 0; k < n; k++) {
            universeCell[k] = position[gridCell[k]];
        }
    }

    /**
     * The grid of {@code incidents} with cells of {@code size} metres around the origin ({@code lon0},
     * {@code lat0}); protocol B is {@code of(incidents, CHICAGO_LON, CHICAGO_LAT, 150)} on all 2010-2019
     * incidents.
     */
    public static RiskGrid of(RiskIncidents incidents, double lon0, double lat0, double size) {
        if (incidents.size() == 0) {
            throw new IllegalArgumentException("no incidents to lay a grid over");
        }
        if (!(size > 0)) {
            throw new IllegalArgumentException("cell size must be positive, got " + size);
        }
        return new RiskGrid(incidents, lon0, lat0, size);
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

    private static int[] indices(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            count += f ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private double projectX(double lon) {
        return EARTH_RADIUS * Math.toRadians(lon - lon0) * Math.cos(Math.toRadians(lat0));
    }

    private double projectY(double lat) {
        return EARTH_RADIUS * Math.toRadians(lat - lat0);
    }

    /** The incidents the grid was laid over. */
    public RiskIncidents incidents() {
        return incidents;
    }

    /** Cell size, metres. */
    public double size() {
        return size;
    }

    /** Columns of the full grid (west to east). */
    public int cols() {
        return cols;
    }

    /** Rows of the full grid (south to north). */
    public int rows() {
        return rows;
    }

    /** Number of universe cells (the ranked cells; N in the PAI). */
    public int cells() {
        return universe.length;
    }

    /** Area of the universe, km². */
    public double areaKm2() {
        return universe.length * size * size / 1e6;
    }

    /** Grid cell id ({@code row·cols + col}) of universe cell {@code u}. */
    public int gridId(int u) {
        return universe[u];
    }

    /** Grid cell id of incident {@code k}. */
    public int gridCellOf(int k) {
        return gridCell[k];
    }

    /** Universe cell (0..cells-1) of incident {@code k}. */
    public int cellOf(int k) {
        return universeCell[k];
    }

    /** Projected x of incident {@code k}, metres. */
    public double x(int k) {
        return x[k];
    }

    /** Projected y of incident {@code k}, metres. */
    public double y(int k) {
        return y[k];
    }

    /** Projected x of the centre of column {@code col}, metres. */
    public double columnX(int col) {
        return (col0 + col) * size;
    }

    /** Projected y of the centre of row {@code row}, metres. */
    public double rowY(int row) {
        return (row0 + row) * size;
    }

    private double centreX(int gridId) {
        return columnX(gridId % cols);
    }

    private double centreY(int gridId) {
        return rowY(gridId / cols);
    }

    /** Longitude of the centre of universe cell {@code u}. */
    public double centreLon(int u) {
        return lon0 + Math.toDegrees(centreX(universe[u]) / (EARTH_RADIUS * Math.cos(Math.toRadians(lat0))));
    }

    /** Latitude of the centre of universe cell {@code u}. */
    public double centreLat(int u) {
        return lat0 + Math.toDegrees(centreY(universe[u]) / EARTH_RADIUS);
    }

    /** Scores on the full grid (by grid id) restricted to the universe (by universe cell). */
    double[] toUniverse(double[] byGridId) {
        double[] out = new double[universe.length];
        for (int u = 0; u < universe.length; u++) {
            out[u] = byGridId[universe[u]];
        }
        return out;
    }

    /** Number of incidents of day {@code epochDay} per universe cell. */
    public int[] countsOn(int epochDay) {
        int[] out = new int[universe.length];
        int to = incidents.indexOfDay(epochDay + 1);
        for (int k = incidents.indexOfDay(epochDay); k < to; k++) {
            out[universeCell[k]]++;
        }
        return out;
    }
}
