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
        for (int f = 0; f < p; f++) {
            IntensityFeature feature = features.get(f);
            if (feature.isBackground()) {
                byCell[f] = new double[grid.cells()];
                Arrays.fill(byCell[f], 1);
            } else {
                byCell[f] = switch (feature.tally()) {
                    case INCIDENTS -> incidents(grid, feature, epochDay);
                    case DAYS -> days(grid, feature, epochDay);
                    case BUSIEST_ADDRESS -> busiestAddress(grid, feature, epochDay);
                };
                if (feature.ring()) {
                    byCell[f] = grid.ringSum(byCell[f]);
                }
            }
        }
        return byCell;
    }

    private static double[] incidents(RiskGrid grid, IntensityFeature feature, int epochDay) {
        RiskIncidents in = grid.incidents();
        double[] out = new double[grid.cells()];
        Weights w = new Weights(feature, epochDay, in.firstDay());
        for (int k = 0, to = in.indexOfDay(epochDay); k < to; k++) {
            if (w.counts(in, k)) {
                out[grid.cellOf(k)] += w.of(in.day()[k]);
            }
        }
        return out;
    }

    /** Each day with an incident counted once per cell: incidents are sorted by day. */
    private static double[] days(RiskGrid grid, IntensityFeature feature, int epochDay) {
        RiskIncidents in = grid.incidents();
        double[] out = new double[grid.cells()];
        int[] lastDay = new int[grid.cells()];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        Weights w = new Weights(feature, epochDay, in.firstDay());
        for (int k = 0, to = in.indexOfDay(epochDay); k < to; k++) {
            int u = grid.cellOf(k);
            int day = in.day()[k];
            if (lastDay[u] != day && w.counts(in, k)) {
                lastDay[u] = day;
                out[u] += w.of(day);
            }
        }
        return out;
    }

    private static double[] busiestAddress(RiskGrid grid, IntensityFeature feature, int epochDay) {
        RiskIncidents in = grid.incidents();
        int[] address = grid.addresses();
        double[] byAddress = new double[in.size()];
        int[] cellOfAddress = new int[in.size()];
        Weights w = new Weights(feature, epochDay, in.firstDay());
        for (int k = 0, to = in.indexOfDay(epochDay); k < to; k++) {
            if (w.counts(in, k)) {
                byAddress[address[k]] += w.of(in.day()[k]);
                cellOfAddress[address[k]] = grid.cellOf(k);
            }
        }
        double[] out = new double[grid.cells()];
        for (int a = 0; a < byAddress.length; a++) {
            int u = cellOfAddress[a];
            out[u] = Math.max(out[u], byAddress[a]);
        }
        return out;
    }

    /** A feature's filter and age weight for one scored day. */
    private static final class Weights {
        private final boolean[] places = new boolean[PlaceKind.values().length];
        private final IntensityFeature feature;
        private final int epochDay;
        private final double[] byAge;

        Weights(IntensityFeature feature, int epochDay, int firstDay) {
            for (PlaceKind kind : feature.places()) {
                places[kind.ordinal()] = true;
            }
            this.feature = feature;
            this.epochDay = epochDay;
            double rate = Math.log(2) / feature.halfLife();
            byAge = new double[Math.max(0, epochDay - firstDay)];
            for (int age = 0; age < byAge.length; age++) {
                byAge[age] = Math.exp(-rate * age);
            }
        }

        boolean counts(RiskIncidents in, int k) {
            return places[in.place()[k]] && feature.days().counts(in.day()[k], epochDay);
        }

        double of(int day) {
            return byAge[epochDay - day - 1];
        }
    }
}
