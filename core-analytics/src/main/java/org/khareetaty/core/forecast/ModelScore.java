package org.khareetaty.core.forecast;

import java.util.List;
import java.util.Map;

/**
 * One model's scores in a backtest (FORECAST_PROTOCOL.md A4): MASE and MAE over zones x origins x
 * horizons and for the whole area, 80/95% interval coverage, how often it beat the seasonal naive
 * forecast, and the CPU time of its fits.
 *
 * @param mase           mean scaled error over zones x origins x horizons (the reported MASE)
 * @param maseWhole      the same for the whole-area series (origins x horizons)
 * @param relSnaive      {@code mase} / snaive's
 * @param mae            mean absolute error in counts, zones
 * @param maeWhole       mean absolute error, whole area
 * @param cover80        share of zone targets inside the 80% interval (inclusive)
 * @param cover95        share inside the 95% interval
 * @param cover80Whole   the same for the whole area
 * @param cover95Whole   the same for the whole area
 * @param beatsSnaive    share of (zone, origin) cases whose 7-day MASE is below snaive's
 * @param cpuSeconds     CPU time of all its fits (zones and whole area)
 * @param maseByHorizon  zone MASE per horizon step 1..h
 * @param maseByZone     MASE per zone, in the order of the series
 * @param forms          how often each form was chosen, e.g. {@code ETS(A,N,A)}: 120
 */
public record ModelScore(
        String model,
        double mase,
        double maseWhole,
        double relSnaive,
        double mae,
        double maeWhole,
        double cover80,
        double cover95,
        double cover80Whole,
        double cover95Whole,
        double beatsSnaive,
        double cpuSeconds,
        List<Double> maseByHorizon,
        List<Double> maseByZone,
        Map<String, Integer> forms) {}
