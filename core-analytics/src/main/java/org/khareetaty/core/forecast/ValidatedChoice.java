package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses, per series, among candidate models by rolling-origin validation on the series' own past
 * (Tashman 2000; the way ArcGIS Pro's time series forecasting tools keep a validation model on held-out
 * time steps): the last {@code weeks} weeks of the training series are forecast one week at a time, each
 * from the series before that week only, and the candidate with the smallest mean scaled error there
 * forecasts. The days being forecast are never seen. Ties go to the earlier candidate.
 */
public final class ValidatedChoice implements Forecaster {
    private final List<Forecaster> candidates;
    private final int weeks;

    /** Chooses among {@code candidates} on the last {@code weeks} weeks before each forecast. */
    public ValidatedChoice(List<Forecaster> candidates, int weeks) {
        if (candidates.isEmpty() || weeks < 1) {
            throw new IllegalArgumentException("validation needs a candidate and at least one week");
        }
        this.candidates = List.copyOf(candidates);
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return "chosen";
    }

    @Override
    public Forecast forecast(double[] y, int horizon) {
        return forecast(y, null, horizon);
    }

    @Override
    public Forecast forecast(double[] y, LocalDate next, int horizon) {
        Forecaster best = candidates.get(0);
        if (candidates.size() > 1) {
            double bestError = Double.MAX_VALUE;
            for (Forecaster c : candidates) {
                double e = validationError(c, y, next);
                if (e < bestError) {
                    bestError = e;
                    best = c;
                }
            }
        }
        Forecast f = best.forecast(y, next, horizon);
        return new Forecast(best.name() + ":" + f.model(), f.mean(), f.lo80(), f.hi80(), f.lo95(), f.hi95());
    }

    /** Mean scaled error of {@code model} over the last {@code weeks} weeks, each forecast from a window of the same length before it. */
    double validationError(Forecaster model, double[] y, LocalDate next) {
        return Arrays.stream(weeklyErrors(model, y, next)).average().orElseThrow();
    }

    /**
     * The mean scaled error of {@code model} in each of the last {@code weeks} weeks, the earliest first, each
     * week forecast from a window of the same length before it (their mean is {@link #validationError}).
     */
    double[] weeklyErrors(Forecaster model, double[] y, LocalDate next) {
        int period = SeasonalNaive.PERIOD;
        int length = y.length - weeks * period;
        double[] out = new double[weeks];
        for (int w = weeks; w >= 1; w--) {
            int end = y.length - w * period;
            double[] train = Arrays.copyOfRange(y, end - length, end);
            double scale = SeasonalNaive.maseScale(train);
            Forecast f = next == null
                    ? model.forecast(train, period)
                    : model.forecast(train, next.minusDays((long) w * period), period);
            double sum = 0;
            for (int h = 0; h < period; h++) {
                sum += Math.abs(y[end + h] - f.mean()[h]) / (scale > 0 ? scale : 1);
            }
            out[weeks - w] = sum / period;
        }
        return out;
    }
}
