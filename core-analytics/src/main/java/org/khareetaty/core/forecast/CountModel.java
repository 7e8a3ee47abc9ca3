package org.khareetaty.core.forecast;

import java.time.LocalDate;

/**
 * A forecaster whose forecast is a mean and a variance per day, so that it can be combined with others
 * ({@link Combination}) or scaled to a share of a parent series ({@link Pooled}) before the count
 * intervals are made.
 */
public interface CountModel extends Forecaster {
    /** The mean and variance of days {@code 1..horizon}; {@code next} the date of the first (null: unknown). */
    Moments moments(double[] y, LocalDate next, int horizon);

    @Override
    default CountModel pooledWith(DailySeries parent) {
        return this;
    }

    @Override
    default Forecast forecast(double[] y, int horizon) {
        return moments(y, null, horizon).forecast();
    }

    @Override
    default Forecast forecast(double[] y, LocalDate next, int horizon) {
        return moments(y, next, horizon).forecast();
    }
}
