package org.khareetaty.core.forecast;

import java.time.LocalDate;

/**
 * What a forecast chart of one series draws: its recent daily counts, then the stored forecast (the
 * median point, the 80/95% count intervals, the mean) with the seasonal naive forecast beside it and the
 * validation scores that say how the model did against the naive one on the series' own last weeks.
 *
 * @param run the stored run the forecast comes from (listed without its series)
 * @param historyFrom the day of {@code history[0]}
 * @param history incidents per day up to the run's as-of day
 * @param series the stored series: forecast from the day after the as-of day
 */
public record ForecastChart(StoredRun run, LocalDate historyFrom, double[] history, StoredSeries series) {
    /** The first forecast day. */
    public LocalDate forecastFrom() {
        return run.asOf().plusDays(1);
    }
}
