package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A Prophet-like count regression (Taylor &amp; Letham 2018, "Forecasting at scale", The American
 * Statistician 72(1): trend + annual Fourier seasonality + holidays with a normal prior on their
 * effects), fitted as a Poisson generalised linear model with a log link (Nelder &amp; Wedderburn 1972;
 * McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed. 1989) by penalised iteratively
 * reweighted least squares. The log of a day's mean count is
 *
 * <pre>  intercept + trend·t + day-of-week (6 effects) + Σ_{k≤K} (a_k sin 2πkd/365.25 + b_k cos 2πkd/365.25)
 *   + the day's holiday effect ({@link HolidayCalendar})</pre>
 *
 * with {@code t} in years to the end of the window and {@code d} the day of the year. Holiday effects
 * and the trend carry a normal prior (a ridge penalty {@code β²/(2s²)}, Prophet's {@code
 * holidays_prior_scale}), since each holiday occurs only about three times in a three-year window.
 * Older days can be discounted ({@code halfLife}: weights halving every that many days; Brown 1963's
 * discounted least squares) so that the level follows recent weeks as exponential smoothing does.
 *
 * <p>Intervals: the count is quasi-Poisson, variance {@code φ·μ} with {@code φ} the Pearson dispersion of
 * the fit (at least 1), made counts by {@link CountInterval}. Without a date ({@code next} null) the
 * annual terms and holidays are left out.
 */
public final class CountRegression implements CountModel {
    private static final double YEAR = 365.25;
    private final HolidayCalendar holidays;
    private final int harmonics;
    private final double holidayScale;
    private final double trendScale;
    private final double halfLife;

    /**
     * The settings chosen on the 2018 backtest (52 weekly origins, docs/forecast.md): 3 annual harmonics,
     * holiday prior scale 0.5, trend prior scale 0.05 per year, no discounting.
     */
    public CountRegression(HolidayCalendar holidays) {
        this(holidays, 3, 0.5, 0.05, 0);
    }

    /**
     * @param harmonics    annual Fourier pairs K (0: no annual cycle)
     * @param holidayScale prior standard deviation of a holiday's log effect (0: no holidays)
     * @param trendScale   prior standard deviation of the trend, log change per year (0: no trend)
     * @param halfLife     days over which an observation's weight halves (0: all days weigh the same)
     */
    public CountRegression(
            HolidayCalendar holidays, int harmonics, double holidayScale, double trendScale, double halfLife) {
        this.holidays = holidays;
        this.harmonics = harmonics;
        this.holidayScale = holidayScale;
        this.trendScale = trendScale;
        this.halfLife = halfLife;
    }

    @Override
    public String name() {
        return "glm";
    }

    @Override
    public Moments moments(double[] y, LocalDate next, int horizon) {
        int n = y.length;
        Design design = new Design(next == null ? null : next.minusDays(n), n, next != null);
        double total = Arrays.stream(y).sum();
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        if (total == 0) {
            Arrays.fill(variance, 0);
            return new Moments("GLM", mean, variance, "no incidents in the window");
        }
        double[][] x = new double[n][];
        double[] w = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = design.row(t);
            w[t] = halfLife > 0 ? Math.pow(0.5, (n - 1 - t) / halfLife) : 1;
        }
        double[] beta = fit(x, y, w, design.penalty(), Math.log(total / n));
        double pearson = 0;
        double weights = 0;
        for (int t = 0; t < n; t++) {
            double mu = Math.exp(dot(x[t], beta));
            pearson += w[t] * (y[t] - mu) * (y[t] - mu) / mu;
            weights += w[t];
        }
        double phi = Math.max(1, pearson / Math.max(1, weights * (n - beta.length) / n));
        for (int h = 0; h < horizon; h++) {
            mean[h] = Math.exp(dot(design.row(n + h), beta));
            variance[h] = phi * mean[h];
        }
        return new Moments("GLM", mean, variance, design.describe(beta, phi));
    }

    /** Penalised IRLS from the intercept {@code start}: at most 50 steps, until no coefficient moves 1e-8. */
    static double[] fit(double[][] x, double[] y, double[] w, double[] penalty, double start) {
        int p = penalty.length;
        double[] beta = new double[p];
        beta[0] = start;
        for (int iter = 0; iter < 50; iter++) {
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int t = 0; t < x.length; t++) {
                double eta = dot(x[t], beta);
                double mu = Math.exp(eta);
                double weight = w[t] * mu;
                double z = eta + (y[t] - mu) / mu;
                double[] r = x[t];
                for (int i = 0; i < p; i++) {
                    if (r[i] == 0) {
                        continue;
                    }
                    double wr = weight * r[i];
                    b[i] += wr * z;
                    for (int j = 0; j <= i; j++) {
                        a[i][j] += wr * r[j];
                    }
                }
            }
            for (int i = 0; i < p; i++) {
                a[i][i] += penalty[i];
                for (int j = 0; j < i; j++) {
                    a[j][i] = a[i][j];
                }
            }
            double[] updated = solve(a, b);
            double move = 0;
            for (int i = 0; i < p; i++) {
                move = Math.max(move, Math.abs(updated[i] - beta[i]));
            }
            beta = updated;
            if (move < 1e-8) {
                break;
            }
        }
        return beta;
    }

    private static double[] solve(double[][] a, double[] b) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-14)
                    .getSolver()
                    .solve(new ArrayRealVector(b, false))
                    .toArray();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalStateException("the count regression's design is singular: " + e.getMessage(), e);
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The columns of the regression: intercept, trend, 6 weekdays, 2K annual terms, one per holiday. */
    private final class Design {
        final LocalDate first;
        final int n;
        final boolean dated;
        final int annual;
        final int holidayColumns;

        Design(LocalDate first, int n, boolean dated) {
            this.first = first;
            this.n = n;
            this.dated = dated;
            this.annual = dated ? 2 * harmonics : 0;
            this.holidayColumns = dated && holidayScale > 0 ? holidays.names().size() : 0;
        }

        int columns() {
            return 2 + 6 + annual + holidayColumns;
        }

        /** The row of day {@code t} (0 = the window's first day, n = the first forecast day). */
        double[] row(int t) {
            double[] r = new double[columns()];
            r[0] = 1;
            r[1] = trendScale > 0 ? (t - (n - 1)) / YEAR : 0;
            int dow = dated ? first.plusDays(t).getDayOfWeek().getValue() - 1 : t % 7;
            if (dow > 0) {
                r[1 + dow] = 1;
            }
            if (!dated) {
                return r;
            }
            LocalDate day = first.plusDays(t);
            double angle = 2 * Math.PI * (day.getDayOfYear() - 1) / YEAR;
            for (int k = 1; k <= harmonics; k++) {
                r[6 + 2 * k] = Math.sin(k * angle);
                r[7 + 2 * k] = Math.cos(k * angle);
            }
            if (holidayColumns > 0) {
                int h = holidays.index(day);
                if (h >= 0) {
                    r[8 + annual + h] = 1;
                }
            }
            return r;
        }

        /** The fitted effects as {@code name=value} pairs: log effects, the trend per year, the dispersion. */
        String describe(double[] beta, double phi) {
            StringBuilder b =
                    new StringBuilder(String.format(Locale.ROOT, "phi=%.3f base=%.4f", phi, Math.exp(beta[0])));
            if (trendScale > 0) {
                b.append(String.format(Locale.ROOT, " trend=%+.4f", beta[1]));
            }
            String[] days = {"tue", "wed", "thu", "fri", "sat", "sun"};
            for (int i = 0; i < 6; i++) {
                b.append(String.format(Locale.ROOT, " %s=%+.4f", days[i], beta[2 + i]));
            }
            for (int k = 1; k <= annual / 2; k++) {
                b.append(
                        String.format(Locale.ROOT, " sin%d=%+.4f cos%d=%+.4f", k, beta[6 + 2 * k], k, beta[7 + 2 * k]));
            }
            for (int i = 0; i < holidayColumns; i++) {
                b.append(
                        String.format(Locale.ROOT, " %s=%+.4f", holidays.names().get(i), beta[8 + annual + i]));
            }
            return b.toString();
        }

        double[] penalty() {
            double[] d = new double[columns()];
            d[1] = trendScale > 0 ? 1 / (trendScale * trendScale) : 1;
            for (int i = 8 + annual; i < d.length; i++) {
                d[i] = 1 / (holidayScale * holidayScale);
            }
            for (int i = 2; i < 8 + annual; i++) {
                d[i] = 1e-6;
            }
            return d;
        }
    }
}
