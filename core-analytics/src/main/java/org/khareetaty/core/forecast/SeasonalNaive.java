package org.khareetaty.core.forecast;

/**
 * The seasonal naive forecast: each day is forecast by the same weekday of the last week seen,
 * {@code ŷ(T+h) = y(T+h-7k)}, {@code k = ceil(h/7)} (Hyndman &amp; Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, 3rd ed., 2021, section 5.2). It is the baseline every other model is
 * shown beside, and the scale of MASE (Hyndman &amp; Koehler 2006).
 *
 * <p>Intervals as R forecast's {@code snaive} (8.20, {@code lagwalk}): normal, with standard error
 * {@code σ·sqrt(k)}, {@code σ² = mean((y_t - y_{t-7})²)} over the training series, then made counts
 * ({@link Forecast}): the backtest's coverage is therefore the reference's exactly.
 */
public final class SeasonalNaive implements Forecaster {
    /** The season: a week of daily counts. */
    public static final int PERIOD = 7;
    /** Standard normal quantiles at 0.90 and 0.975 (R's {@code qnorm}). */
    static final double Z80 = 1.2815515655446004;

    static final double Z95 = 1.959963984540054;

    @Override
    public String name() {
        return "snaive";
    }

    @Override
    public Forecast forecast(double[] y, int horizon) {
        int n = y.length;
        if (n < 2 * PERIOD) {
            throw new IllegalArgumentException(
                    "the seasonal naive forecast needs two weeks of history, not " + n + " days");
        }
        double sumSq = 0;
        for (int t = PERIOD; t < n; t++) {
            double d = y[t] - y[t - PERIOD];
            sumSq += d * d;
        }
        double sigma = Math.sqrt(sumSq / (n - PERIOD));
        double[] mean = new double[horizon];
        double[] lo80 = new double[horizon];
        double[] hi80 = new double[horizon];
        double[] lo95 = new double[horizon];
        double[] hi95 = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int k = h / PERIOD + 1;
            mean[h] = y[n - PERIOD + h % PERIOD];
            double se = sigma * Math.sqrt(k);
            lo80[h] = mean[h] - Z80 * se;
            hi80[h] = mean[h] + Z80 * se;
            lo95[h] = mean[h] - Z95 * se;
            hi95[h] = mean[h] + Z95 * se;
        }
        return new Forecast(
                name(),
                mean,
                Forecast.countLower(lo80),
                Forecast.countUpper(hi80),
                Forecast.countLower(lo95),
                Forecast.countUpper(hi95));
    }

    /**
     * The MASE scale of a training series: the in-sample mean absolute error of the one-step lag-7
     * seasonal naive forecast, {@code Q = mean_{t>7} |y_t - y_{t-7}|} (Hyndman &amp; Koehler 2006).
     */
    public static double maseScale(double[] y) {
        double sum = 0;
        for (int t = PERIOD; t < y.length; t++) {
            sum += Math.abs(y[t] - y[t - PERIOD]);
        }
        return sum / (y.length - PERIOD);
    }
}
