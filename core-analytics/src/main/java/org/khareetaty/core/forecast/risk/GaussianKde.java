package org.khareetaty.core.forecast.risk;

/**
 * Retrospective kernel density estimation (protocol B4 method 3; Chainey, Tompson & Uhlig 2008, the
 * KDE hotspot map): at each cell centre the sum of {@code exp(-d²/(2σ²))} over the incidents of the
 * last {@code days} days at their exact projected locations, untruncated and unnormalised. The Gaussian
 * factorises, so the grid is {@code Gyᵀ·Gx}: per incident one row and one column of weights, then a
 * rows×cols outer-product sum. On an {@link H3Grid} the kernel is summed at the hexagons' centres over the
 * cells within the rings that reach 4σ from the incident's cell (truncated there: {@code exp(-8)}, 0.03% of
 * the peak).
 *
 * @param name the method's name
 * @param sigma kernel standard deviation, metres
 * @param days window length, days
 */
public record GaussianKde(String name, double sigma, int days) implements RiskMethod {
    /** Protocol B's KDE: σ = 300 m over the last 365 days. */
    public static GaussianKde protocol() {
        return new GaussianKde("kde", 300, 365);
    }

    @Override
    public double[] score(RiskGrid grid, int epochDay) {
        return grid instanceof SquareGrid square ? score(square, epochDay) : score((H3Grid) grid, epochDay);
    }

    private double[] score(H3Grid grid, int epochDay) {
        RiskIncidents in = grid.incidents();
        int to = in.indexOfDay(epochDay);
        double twoVar = 2 * sigma * sigma;
        double edge = grid.spacing() / Math.sqrt(3);
        int rings = (int) Math.ceil((4 * sigma + edge) / (grid.spacing() * Math.sqrt(3) / 2) - 0.5);
        double[] out = new double[grid.cells()];
        for (int k = in.indexOfDay(epochDay - days); k < to; k++) {
            for (int[] ring : grid.disk(grid.cellOf(k), rings)) {
                for (int v : ring) {
                    double dx = grid.centreX(v) - grid.x(k);
                    double dy = grid.centreY(v) - grid.y(k);
                    out[v] += Math.exp(-(dx * dx + dy * dy) / twoVar);
                }
            }
        }
        return out;
    }

    private double[] score(SquareGrid grid, int epochDay) {
        RiskIncidents in = grid.incidents();
        int from = in.indexOfDay(epochDay - days);
        int to = in.indexOfDay(epochDay);
        int rows = grid.rows();
        int cols = grid.cols();
        double[] sum = new double[rows * cols];
        double[] gx = new double[cols];
        double twoVar = 2 * sigma * sigma;
        for (int k = from; k < to; k++) {
            for (int c = 0; c < cols; c++) {
                double d = grid.columnX(c) - grid.x(k);
                gx[c] = Math.exp(-d * d / twoVar);
            }
            for (int r = 0; r < rows; r++) {
                double d = grid.rowY(r) - grid.y(k);
                double wy = Math.exp(-d * d / twoVar);
                if (wy == 0) {
                    continue;
                }
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    sum[base + c] += wy * gx[c];
                }
            }
        }
        return grid.toUniverse(sum);
    }
}
