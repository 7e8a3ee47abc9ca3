package org.khareetaty.core.forecast;

import java.time.LocalDate;

/** A forecasting model: fits a daily count series and forecasts the next days with intervals. */
public interface Forecaster {
    /** The model's short name, as the backtest reports it ({@code snaive}, {@code ets}). */
    String name();

    /**
     * Fits {@code y} (daily counts, oldest first, its length a whole number of weeks so that the
     * first forecast day has the season position of {@code y[0]}) and forecasts days {@code 1..horizon}.
     */
    Forecast forecast(double[] y, int horizon);

    /**
     * The same, for a model that needs the calendar (holidays, the annual cycle): {@code next} is the date
     * of the first forecast day, so {@code y[i]} is the count of {@code next - y.length + i}.
     */
    default Forecast forecast(double[] y, LocalDate next, int horizon) {
        return forecast(y, horizon);
    }

    /**
     * The same model with its sparse series pooled with {@code parent} (the zone that contains the series,
     * {@link SeriesSet#parentOf}); a model that does not pool returns itself.
     */
    default Forecaster pooledWith(DailySeries parent) {
        return this;
    }
}
