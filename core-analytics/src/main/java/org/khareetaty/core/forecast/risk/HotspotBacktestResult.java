package org.khareetaty.core.forecast.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link HotspotBacktest}: the scores at every coverage for every method, the daily
 * hits behind them, and the CPU seconds each method spent scoring and ranking.
 *
 * @param days the evaluation days
 * @param incidents incidents on each evaluation day
 * @param cells universe cells
 * @param areaKm2 universe area
 * @param coverages the coverages, percent
 * @param rates per method (in the order run) and coverage
 * @param dailyHits method name → [coverage index][day index] hits
 * @param cpuSeconds method name → CPU seconds of scoring and ranking
 */
public record HotspotBacktestResult(
        List<LocalDate> days,
        int[] incidents,
        int cells,
        double areaKm2,
        List<Double> coverages,
        List<HitRates> rates,
        Map<String, int[][]> dailyHits,
        Map<String, Double> cpuSeconds) {

    /** The scores of {@code method} at {@code coverage}; fails when that pair was not run. */
    public HitRates rate(String method, double coverage) {
        return rates.stream()
                .filter(r -> r.method().equals(method) && r.coverage() == coverage)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + method + " at " + coverage + "%"));
    }
}
