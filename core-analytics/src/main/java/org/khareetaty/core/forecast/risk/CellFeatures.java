package org.khareetaty.core.forecast.risk;

import java.util.Arrays;
import java.util.List;

/** The values of {@link IntensityFeature}s on every universe cell for one day, from the incidents before it. */
final class CellFeatures {
    private CellFeatures() {}

    /** {@code [feature][universe cell]} for {@code epochDay}. */
    static double[][] on(RiskGrid grid, List<IntensityFeature> features, int epochDay) {
        RiskIncidents in = grid.incidents();
        int full = grid.rows() * grid.cols();
        int p = features.size();
        double[][] byGrid = new double[p][];
        double[] rate = new double[p];
        for (int f = 0; f < p; f++) {
            IntensityFeature feature = features.get(f);
            byGrid[f] = new double[full];
            if (feature.isBackground()) {
                Arrays.fill(byGrid[f], 1);
            } else {
                rate[f] = Math.log(2) / feature.halfLife();
            }
        }
        int to = in.indexOfDay(epochDay);
        for (int k = 0; k < to; k++) {
            int age = epochDay - in.day()[k] - 1;
            int id = grid.gridCellOf(k);
            for (int f = 0; f < p; f++) {
                IntensityFeature feature = features.get(f);
                if (!feature.isBackground() && feature.counts(in.place()[k])) {
                    byGrid[f][id] += Math.exp(-rate[f] * age);
                }
            }
        }
        double[][] out = new double[p][];
        for (int f = 0; f < p; f++) {
            out[f] = grid.toUniverse(features.get(f).ring() ? ring(byGrid[f], grid.rows(), grid.cols()) : byGrid[f]);
        }
        return out;
    }

    /** The sum over each cell's eight neighbours. */
    private static double[] ring(double[] v, int rows, int cols) {
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
