package org.khareetaty.core.forecast.risk;

import java.util.Arrays;
import java.util.List;

/** The values of {@link IntensityFeature}s on every universe cell for one day, from the incidents before it. */
final class CellFeatures {
    private CellFeatures() {}

    /** {@code [feature][universe cell]} for {@code epochDay}. */
    static double[][] on(RiskGrid grid, List<IntensityFeature> features, int epochDay) {
        RiskIncidents in = grid.incidents();
        int p = features.size();
        double[][] byCell = new double[p][];
        double[] rate = new double[p];
        for (int f = 0; f < p; f++) {
            IntensityFeature feature = features.get(f);
            byCell[f] = new double[grid.cells()];
            if (feature.isBackground()) {
                Arrays.fill(byCell[f], 1);
            } else {
                rate[f] = Math.log(2) / feature.halfLife();
            }
        }
        int to = in.indexOfDay(epochDay);
        for (int k = 0; k < to; k++) {
            int age = epochDay - in.day()[k] - 1;
            int u = grid.cellOf(k);
            for (int f = 0; f < p; f++) {
                IntensityFeature feature = features.get(f);
                if (!feature.isBackground() && feature.counts(in.place()[k])) {
                    byCell[f][u] += Math.exp(-rate[f] * age);
                }
            }
        }
        for (int f = 0; f < p; f++) {
            if (features.get(f).ring()) {
                byCell[f] = grid.ringSum(byCell[f]);
            }
        }
        return byCell;
    }
}
