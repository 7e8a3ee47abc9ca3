package org.khareetaty.core.forecast.risk;

import java.util.Arrays;

/**
 * Protocol B's square grid (FORECAST_PROTOCOL.md B1, B2): a local equirectangular projection around an
 * origin ({@code x = R·Δlon·cos(lat0)}, {@code y = R·Δlat}, R = 6,371,008.8 m), cells of {@code size}
 * metres centred on multiples of the size ({@code i = floor((x + size/2)/size)}, so with data on a
 * 0.0001° lattice no incident lies on a cell edge), cell id {@code row·cols + col} from the south-west
 * incident; and the cell universe that is ranked and whose area is the PAI denominator: the cells whose
 * centre lies inside or on the convex hull of the incidents, plus every cell holding an incident.
 * Universe cells are numbered 0..{@link #cells()}-1 in ascending cell id, which is the tie order. Every
 * cell has the same area, so coverage c% flags {@code ceil(c·N/100)} cells (B5).
 */
public final class SquareGrid extends RiskGrid {
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

    SquareGrid(RiskIncidents incidents, double lon0, double lat0, double size) {
        super(incidents);
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

    @Override
    public int cells() {
        return universe.length;
    }

    @Override
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

    @Override
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

    @Override
    public long cellId(int u) {
        return universe[u];
    }

    @Override
    public String name(long cellId) {
        return Long.toString(cellId);
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%.0f m", size);
    }

    @Override
    public double centreLon(int u) {
        return lon0 + Math.toDegrees(centreX(universe[u]) / (EARTH_RADIUS * Math.cos(Math.toRadians(lat0))));
    }

    @Override
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

    @Override
    int flagged(int[] order, double coverage) {
        return CellRanking.flagged(coverage, cells());
    }

    @Override
    double areaShare(int[] order, int flagged) {
        return (double) flagged / cells();
    }

    @Override
    double[] ringSum(double[] byCell) {
        double[] full = new double[rows * cols];
        for (int u = 0; u < universe.length; u++) {
            full[universe[u]] = byCell[u];
        }
        return toUniverse(ring(full));
    }

    /** The sum over each cell's eight neighbours, on the full grid. */
    private double[] ring(double[] v) {
        double[] out = new double[v.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if ((dr != 0 || dc != 0) && rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
                            sum += v[rr * cols + cc];
                        }
                    }
                }
                out[r * cols + c] = sum;
            }
        }
        return out;
    }
}
