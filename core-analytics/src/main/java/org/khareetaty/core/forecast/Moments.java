package org.khareetaty.core.forecast;

/**
 * A count model's forecast before it is made intervals: the mean and the variance of each day's count.
 * {@link #forecast()} turns it into a {@link Forecast} with {@link CountInterval}s.
 *
 * @param model      the model and the form it chose
 * @param mean       the forecast mean per day ahead
 * @param variance   the forecast variance per day ahead
 * @param parameters the fitted parameters, as {@code name=value} pairs separated by spaces (for storage)
 */
public record Moments(String model, double[] mean, double[] variance, String parameters) {
    public Forecast forecast() {
        return CountInterval.forecast(model, mean, variance);
    }
}
