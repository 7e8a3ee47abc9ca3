package org.khareetaty.core.forecast;

import java.util.List;

/**
 * What a backtest measured: the set-up, the series, each model's scores (snaive first), and the model
 * chosen by the rule fixed before the evaluated period was looked at.
 *
 * @param zones   the zone codes, in the order of {@link ModelScore#maseByZone()}
 * @param targets zone targets scored per model (zones x origins x horizon)
 * @param chosen  the model whose MASE is the headline
 */
public record BacktestResult(
        BacktestSetup setup, String layer, List<String> zones, int targets, List<ModelScore> models, String chosen) {
    /** The scores of model {@code name}. */
    public ModelScore model(String name) {
        return models.stream()
                .filter(m -> m.model().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name + " in this backtest"));
    }
}
