package org.khareetaty.core.forecast;

import java.time.LocalDate;

/**
 * A count model whose point forecast is the median of its forecast distribution rather than its mean:
 * the optimal point forecast under absolute error, the loss MASE and MAE score (Gneiting 2011, "Making
 * and evaluating point forecasts", JASA 106(494), theorem 9: the median is consistent for absolute
 * error). For a daily count with a small mean the two differ by a fraction of an incident (a Poisson
 * count of mean 2.6 has median 2) and the median's absolute error is the smaller. The intervals are the
 * model's ({@link CountInterval}); the mean stays available from {@link CountModel#moments}.
 */
public final class MedianPoint implements CountModel {
    private final String name;
    private final CountModel model;

    /** The median of {@code model}'s forecast distribution, reported as {@code name}. */
    public MedianPoint(String name, CountModel model) {
        this.name = name;
        this.model = model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CountModel pooledWith(DailySeries parent) {
        return new MedianPoint(name, model.pooledWith(parent));
    }

    @Override
    public Moments moments(double[] y, LocalDate next, int horizon) {
        return model.moments(y, next, horizon);
    }

    @Override
    public Forecast forecast(double[] y, LocalDate next, int horizon) {
        Moments m = model.moments(y, next, horizon);
        Forecast f = m.forecast();
        return new Forecast(f.model(), medians(m), f.lo80(), f.hi80(), f.lo95(), f.hi95());
    }

    @Override
    public Forecast forecast(double[] y, int horizon) {
        return forecast(y, null, horizon);
    }

    /** The median count of each day: the smallest {@code k} with {@code P(Y ≤ k) ≥ 1/2}. */
    static double[] medians(Moments m) {
        double[] out = new double[m.mean().length];
        for (int h = 0; h < out.length; h++) {
            out[h] = CountInterval.quantile(
                    CountInterval.cdf(Math.max(0.01, m.mean()[h]), Math.max(0, m.variance()[h])), 0.5);
        }
        return out;
    }
}
