package org.khareetaty.core.forecast.risk;

/**
 * A self-exciting intensity per cell with two exponential time kernels, after Mohler (2014), "Marked
 * point process hotspot maps for homicide and gun crime prediction in Chicago", International Journal of
 * Forecasting 30(3): each past incident in a cell adds {@code 2^(-(age-1)/longHalfLife)} (the slowly
 * decaying, chronic part that stands for the background rate; Mohler et al. 2011's μ) plus
 * {@code shortWeight·2^(-(age-1)/shortHalfLife)} (the near-repeat excitation that fades within weeks),
 * age in days (1 = yesterday), over the whole history before the day. Mohler fits the weights and decay
 * rates by maximum likelihood; here they were chosen by the hit rate on the 2018 backtest, Oct-Dec 2018,
 * before 2019 was scored (docs/forecast.md). The kernel stays in the incident's own cell: on the 2018
 * backtest every spatial spread tried (to neighbours at a tenth of the weight and more) lost hits.
 *
 * @param longHalfLife half-life of the chronic part, days
 * @param shortHalfLife half-life of the near-repeat part, days
 * @param shortWeight weight of the near-repeat part against the chronic part
 */
public record SelfExciting(double longHalfLife, double shortHalfLife, double shortWeight) implements RiskMethod {
    /** The setting chosen on 2018. */
    public static SelfExciting chosen() {
        return new SelfExciting(730, 30, 1.0);
    }

    @Override
    public String name() {
        return "selfexciting";
    }

    @Override
    public double[] score(RiskGrid grid, int epochDay) {
        RiskIncidents in = grid.incidents();
        double[] out = new double[grid.cells()];
        double longRate = Math.log(2) / longHalfLife;
        double shortRate = Math.log(2) / shortHalfLife;
        int to = in.indexOfDay(epochDay);
        for (int k = 0; k < to; k++) {
            int age = epochDay - in.day()[k] - 1;
            double w = Math.exp(-longRate * age);
            if (shortWeight != 0) {
                w += shortWeight * Math.exp(-shortRate * age);
            }
            out[grid.cellOf(k)] += w;
        }
        return out;
    }
}
