package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Exponential smoothing with the form chosen by AICc (Hyndman, Koehler, Snyder &amp; Grose 2002;
 * Hyndman et al. 2008): each additive-error form of {@link EtsForm#ALL} is fitted by maximum
 * likelihood (minimising {@code n·log(SSE)} over the smoothing weights and the initial states, as R
 * forecast's {@code ets}), the weekly season of daily counts included; the form with the smallest AICc
 * forecasts. Weights are kept in R's "usual" region ({@code 0 < β ≤ α < 1}, {@code 0 < γ ≤ 1-α},
 * {@code 0.8 ≤ φ ≤ 0.98}) and start where R's {@code initparam} starts them. Unlike R, which searches
 * weights and initial states together with Nelder-Mead, the initial states are concentrated out: in a
 * linear (additive-error) model the one-step errors are linear in the initial states, so for given
 * weights the best initial states are a least-squares solution (Hyndman et al. 2008, section 5.2's
 * linear innovations form); the optimiser (BOBYQA, Powell 2009, or Brent for one weight; commons-math3)
 * then searches only the one to four weights. The same likelihood, an exact inner minimum, a fraction
 * of the evaluations.
 *
 * <p>Intervals: {@link CountInterval} around the forecast mean, with the model's forecast variance made
 * proportional to the day's mean ({@code v_h · μ_h / ȳ}, ȳ the window's mean), as the variance of a
 * count is: the model's pooled variance would be too wide on quiet weekdays and too narrow on busy ones.
 */
public final class Ets implements CountModel {
    static final int PERIOD = SeasonalNaive.PERIOD;
    private static final double LOW = 1e-4;
    private static final double HIGH = 0.9999;
    private static final double PENALTY = 1e12;
    private final List<EtsForm> forms;

    /**
     * Chooses between ETS(A,N,N) and ETS(A,N,A), the forms R picks for 94% of the district-weeks: on the
     * 2018 backtest (13 origins, before any 2019 day was looked at) all six forms gave district MASE
     * 0.7916 at 11.8 CPU s, these two 0.7913 at 1.0 s (docs/forecast.md).
     */
    public Ets() {
        this(EtsForm.NO_TREND);
    }

    /** Chooses among {@code forms} only. */
    public Ets(List<EtsForm> forms) {
        this.forms = List.copyOf(forms);
    }

    @Override
    public String name() {
        return "ets";
    }

    @Override
    public Moments moments(double[] y, LocalDate next, int horizon) {
        EtsFit best = choose(y);
        double level = Arrays.stream(y).average().orElse(0);
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = best.mean(h + 1);
            double v = best.variance(h + 1);
            variance[h] = level > 0 ? v * Math.max(mean[h], 0.01) / level : v;
        }
        return new Moments(best.form().label(), mean, variance, best.parameters());
    }

    /** The fit of the form with the smallest AICc. */
    public EtsFit choose(double[] y) {
        EtsFit best = null;
        for (EtsForm form : forms) {
            if (y.length < 3 * PERIOD + form.parameters(PERIOD) + 2) {
                continue;
            }
            EtsFit fit = fit(y, form);
            if (best == null || fit.aicc() < best.aicc()) {
                best = fit;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(
                    "exponential smoothing needs at least " + (3 * PERIOD + 4) + " days of history, not " + y.length);
        }
        return best;
    }

    /** Fits one form by maximum likelihood. */
    public static EtsFit fit(double[] y, EtsForm form) {
        Profile p = new Profile(form, y);
        double[] start = p.start();
        double[] best;
        if (start.length == 1) {
            UnivariatePointValuePair r = new BrentOptimizer(1e-6, 1e-8)
                    .optimize(
                            new MaxEval(500),
                            new UnivariateObjectiveFunction(u -> p.objective(new double[] {u})),
                            GoalType.MINIMIZE,
                            new SearchInterval(0, 1, start[0]));
            best = new double[] {r.getPoint()};
        } else {
            try {
                PointValuePair r = new BOBYQAOptimizer(2 * start.length + 1, 0.1, 1e-5)
                        .optimize(
                                new MaxEval(2000),
                                new ObjectiveFunction(p::objective),
                                GoalType.MINIMIZE,
                                new InitialGuess(start),
                                new SimpleBounds(new double[start.length], ones(start.length)));
                best = r.getPoint();
            } catch (MathIllegalStateException e) {
                // out of evaluations, or one of BOBYQA's untested paths (PathIsExploredException): the best point seen
                best = p.bestSeen();
            }
        }
        return p.fit(best);
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1);
        return a;
    }

    /**
     * The likelihood of a form as a function of its weights alone, the initial states concentrated out.
     * The weights live in the unit box: {@code α = LOW + u0 (HIGH - LOW)}, {@code β = LOW + u (α - LOW)},
     * {@code γ = LOW + u (1 - α - LOW)}, {@code φ = 0.8 + 0.18 u}, which is R's usual region. The initial
     * states are {@code [l0, b0?, s_0..s_{m-2}?]}, the last seasonal state making them sum to zero.
     */
    private static final class Profile {
        final EtsForm form;
        final double[] y;
        final int n;
        final int states;
        final int beta;
        final int gamma;
        final int phi;
        final double[] residual;
        final double[][] columns;
        private double[] bestU;
        private double bestF = Double.MAX_VALUE;

        Profile(EtsForm form, double[] y) {
            this.form = form;
            this.y = y;
            this.n = y.length;
            int i = 1;
            beta = form.hasTrend() ? i++ : -1;
            gamma = form.season() ? i++ : -1;
            phi = form.trend() == EtsForm.Trend.DAMPED ? i : -1;
            states = 1 + (form.hasTrend() ? 1 : 0) + (form.season() ? PERIOD - 1 : 0);
            residual = new double[n];
            columns = new double[states][n];
        }

        /** R's initparam: α near its lower bound (0.2/m of its range), β and γ near theirs, φ near its upper. */
        double[] start() {
            double[] u = new double[1 + (beta >= 0 ? 1 : 0) + (gamma >= 0 ? 1 : 0) + (phi >= 0 ? 1 : 0)];
            u[0] = form.season() ? 0.2 / PERIOD : 0.2;
            if (beta >= 0) {
                u[beta] = 0.1;
            }
            if (gamma >= 0) {
                u[gamma] = 0.05;
            }
            if (phi >= 0) {
                u[phi] = 0.99;
            }
            return u;
        }

        double[] weights(double[] u) {
            double a = LOW + u[0] * (HIGH - LOW);
            return new double[] {
                a,
                beta >= 0 ? LOW + u[beta] * (a - LOW) : 0,
                gamma >= 0 ? LOW + u[gamma] * Math.max(0, 1 - a - LOW) : 0,
                phi >= 0 ? 0.8 + 0.18 * u[phi] : 1
            };
        }

        double[] bestSeen() {
            return bestU == null ? start() : bestU;
        }

        double objective(double[] u) {
            double sse = concentrated(weights(u), null);
            double f = Double.isFinite(sse) ? n * Math.log(Math.max(sse, 1e-300)) : PENALTY;
            if (f < bestF) {
                bestF = f;
                bestU = u.clone();
            }
            return f;
        }

        /** The SSE at the best initial states for weights {@code w}; writes those states to {@code initial}. */
        double concentrated(double[] w, double[] initial) {
            double[] zero = new double[states];
            run(w, zero, y, residual, null);
            for (int j = 0; j < states; j++) {
                double[] basis = new double[states];
                basis[j] = 1;
                run(w, basis, null, columns[j], null);
            }
            double[][] ata = new double[states][states];
            double[] atr = new double[states];
            for (int j = 0; j < states; j++) {
                double[] cj = columns[j];
                for (int t = 0; t < n; t++) {
                    atr[j] += cj[t] * residual[t];
                }
                for (int k = 0; k <= j; k++) {
                    double[] ck = columns[k];
                    double sum = 0;
                    for (int t = 0; t < n; t++) {
                        sum += cj[t] * ck[t];
                    }
                    ata[j][k] = sum;
                    ata[k][j] = sum;
                }
            }
            double[] x = solve(ata, atr);
            double sse = 0;
            for (int t = 0; t < n; t++) {
                double e = residual[t];
                for (int j = 0; j < states; j++) {
                    e -= x[j] * columns[j][t];
                }
                sse += e * e;
            }
            if (initial != null) {
                System.arraycopy(x, 0, initial, 0, states);
            }
            return sse;
        }

        /**
         * The one-step errors from initial states {@code x0} on {@code data} (null: all zeros) into
         * {@code out}, negated for the state columns so that {@code e = residual - Σ x_j column_j};
         * the final states into {@code end} when given.
         */
        void run(double[] w, double[] x0, double[] data, double[] out, double[] end) {
            double a = w[0];
            double b = w[1];
            double g = w[2];
            double ph = w[3];
            double l = x0[0];
            double s = form.hasTrend() ? x0[1] : 0;
            double[] seas = new double[PERIOD];
            if (form.season()) {
                int first = form.hasTrend() ? 2 : 1;
                double sum = 0;
                for (int j = 0; j < PERIOD - 1; j++) {
                    seas[j] = x0[first + j];
                    sum += seas[j];
                }
                seas[PERIOD - 1] = -sum;
            }
            for (int t = 0; t < n; t++) {
                int pos = t % PERIOD;
                double trend = ph * s;
                double e = (data == null ? 0 : data[t]) - (l + trend + seas[pos]);
                out[t] = data == null ? -e : e;
                l = l + trend + a * e;
                s = trend + b * e;
                seas[pos] += g * e;
            }
            if (end != null) {
                end[0] = l;
                end[1] = s;
                System.arraycopy(seas, 0, end, 2, PERIOD);
            }
        }

        /** Solves the small symmetric system by Gaussian elimination with partial pivoting (a ridge of 1e-10 of the diagonal keeps it regular). */
        private static double[] solve(double[][] m, double[] v) {
            int q = v.length;
            double[][] a = new double[q][q + 1];
            for (int i = 0; i < q; i++) {
                System.arraycopy(m[i], 0, a[i], 0, q);
                a[i][i] += 1e-10 * (1 + Math.abs(m[i][i]));
                a[i][q] = v[i];
            }
            for (int c = 0; c < q; c++) {
                int p = c;
                for (int r = c + 1; r < q; r++) {
                    if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                        p = r;
                    }
                }
                double[] tmp = a[c];
                a[c] = a[p];
                a[p] = tmp;
                for (int r = c + 1; r < q; r++) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= q; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
            double[] x = new double[q];
            for (int r = q - 1; r >= 0; r--) {
                double sum = a[r][q];
                for (int k = r + 1; k < q; k++) {
                    sum -= a[r][k] * x[k];
                }
                x[r] = sum / a[r][r];
            }
            return x;
        }

        EtsFit fit(double[] u) {
            double[] w = weights(u);
            double[] initial = new double[states];
            concentrated(w, initial);
            double[] end = new double[2 + PERIOD];
            double sse = 0;
            run(w, initial, y, residual, end);
            for (double e : residual) {
                sse += e * e;
            }
            int np = form.parameters(PERIOD) + 1;
            double lik = n * Math.log(Math.max(sse, 1e-300));
            double aicc = lik + 2.0 * np + 2.0 * np * (np + 1) / (n - np - 1);
            return new EtsFit(
                    form,
                    w[0],
                    w[1],
                    w[2],
                    w[3],
                    end[0],
                    end[1],
                    Arrays.copyOfRange(end, 2, 2 + PERIOD),
                    n,
                    sse / (n - np),
                    aicc);
        }
    }
}
