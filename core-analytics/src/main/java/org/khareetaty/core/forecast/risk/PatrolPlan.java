package org.khareetaty.core.forecast.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The cells to patrol on a day at a coverage, with what the same method and coverage caught on the days
 * before it (protocol B's backtest on those days) beside the naive one-year count's, so the map can say
 * e.g. "these boxes caught 45% of the next day's incidents over the last 28 days; last year's counts 40%".
 *
 * @param day the day forecast
 * @param coverage percent of the grid's area flagged
 * @param cells the flagged cells, riskiest first
 * @param backtestFrom the first day of the backtest
 * @param backtestTo the last day of the backtest (the day before {@code day})
 * @param measured the method's hit rate and PAI at the coverage over the backtest days
 * @param naive the naive one-year count's on the same days
 */
public record PatrolPlan(
        LocalDate day,
        double coverage,
        List<FlaggedCell> cells,
        LocalDate backtestFrom,
        LocalDate backtestTo,
        HitRates measured,
        HitRates naive) {
    public PatrolPlan {
        cells = List.copyOf(cells);
    }

    /**
     * The cells {@code method} flags on {@code day} at {@code coverage}%, and its backtest over the
     * {@code backtestDays} days before, each day scored from the incidents before it.
     */
    public static PatrolPlan of(RiskGrid grid, RiskMethod method, LocalDate day, double coverage, int backtestDays) {
        if (backtestDays < 1) {
            throw new IllegalArgumentException("backtest at least one day, not " + backtestDays);
        }
        LocalDate from = day.minusDays(backtestDays);
        LocalDate to = day.minusDays(1);
        List<RiskMethod> methods =
                method.name().equals("naive") ? List.of(method) : List.of(WindowCount.naive(), method);
        HotspotBacktestResult r = HotspotBacktest.run(grid, methods, from, to, List.of(coverage));
        List<FlaggedCell> cells = NextDayHotspots.flag(grid, method, (int) day.toEpochDay(), coverage);
        return new PatrolPlan(
                day, coverage, cells, from, to, r.rate(method.name(), coverage), r.rate("naive", coverage));
    }
}
