package org.khareetaty.core.forecast.risk;

/**
 * Prospective hotspotting (Bowers, Johnson & Pease 2004, "Prospective hot-spotting: the future of crime
 * mapping?", British Journal of Criminology 44(5)), as protocol B4 method 4: each incident of the last
 * {@code days} days adds {@code 1/(1 + D)·1/(1 + w)} to the cells whose centre is within {@code radius}
 * metres of its cell's centre, D the centre distance in cells and w its age in whole weeks
 * ({@code floor((d - day - 1)/7)}). On an {@link H3Grid} D is the distance between the hexagons' centres in
 * units of the grid's mean centre spacing, over the cells whose centre is within the radius (at r9, about
 * 350 m apart, 400 m reaches the first ring).
 *
 * @param days window length, days
 * @param radius neighbourhood radius, metres
 */
public record Prospective(int days, double radius) implements RiskMethod {
    /** Protocol B's setting: 60 days, 400 m (21 cells on a 150 m grid). */
    public static Prospective protocol() {
        return new Prospective(60, 400);
    }

    @Override
    public String name() {
        return "prospective";
    }

    @Override
    public double[] score(RiskGrid grid, int epochDay) {
        return grid instanceof SquareGrid square ? score(square, epochDay) : score((H3Grid) grid, epochDay);
    }

    private double[] score(H3Grid grid, int epochDay) {
        RiskIncidents in = grid.incidents();
        double[] weighted = new double[grid.cells()];
        int to = in.indexOfDay(epochDay);
        for (int k = in.indexOfDay(epochDay - days); k < to; k++) {
            weighted[grid.cellOf(k)] += 1.0 / (1.0 + (epochDay - in.day()[k] - 1) / 7);
        }
        int rings = (int) Math.ceil(radius / (grid.spacing() * Math.sqrt(3) / 2));
        double[] out = new double[grid.cells()];
        for (int u = 0; u < out.length; u++) {
            if (weighted[u] == 0) {
                continue;
            }
            for (int[] ring : grid.disk(u, rings)) {
                for (int v : ring) {
                    double d = Math.hypot(grid.centreX(v) - grid.centreX(u), grid.centreY(v) - grid.centreY(u));
                    if (d <= radius) {
                        out[v] += weighted[u] / (1.0 + d / grid.spacing());
                    }
                }
            }
        }
        return out;
    }

    private double[] score(SquareGrid grid, int epochDay) {
        RiskIncidents in = grid.incidents();
        int rows = grid.rows();
        int cols = grid.cols();
        double[] weighted = new double[rows * cols];
        int to = in.indexOfDay(epochDay);
        for (int k = in.indexOfDay(epochDay - days); k < to; k++) {
            int weeks = (epochDay - in.day()[k] - 1) / 7;
            weighted[grid.gridCellOf(k)] += 1.0 / (1.0 + weeks);
        }
        int reach = (int) Math.floor(radius / grid.size());
        double[] out = new double[rows * cols];
        for (int di = -reach; di <= reach; di++) {
            for (int dj = -reach; dj <= reach; dj++) {
                int d2 = di * di + dj * dj;
                if (d2 * grid.size() * grid.size() <= radius * radius) {
                    addShifted(weighted, out, rows, cols, di, dj, 1.0 / (1.0 + Math.sqrt(d2)));
                }
            }
        }
        return grid.toUniverse(out);
    }

    /** {@code out[r][c] += w·g[r + di][c + dj]} where the shifted cell exists. */
    private static void addShifted(double[] g, double[] out, int rows, int cols, int di, int dj, double w) {
        for (int r = Math.max(0, -di); r < Math.min(rows, rows - di); r++) {
            int src = (r + di) * cols;
            int dst = r * cols;
            for (int c = Math.max(0, -dj); c < Math.min(cols, cols - dj); c++) {
                out[dst + c] += w * g[src + c + dj];
            }
        }
    }
}
