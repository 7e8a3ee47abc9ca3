package org.khareetaty.core.forecast;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolling-origin evaluation of forecasting models (Tashman 2000), exactly as protocol A of the shared
 * bench's FORECAST_PROTOCOL.md: for each origin {@code o} every series is fitted on the {@code window}
 * days {@code o-window .. o-1} and forecast for {@code o .. o+h-1} without refitting; the error of a
 * target is scaled by the in-sample MAE of the lag-7 seasonal naive forecast over the same window
 * (MASE, Hyndman &amp; Koehler 2006); the reported MASE is the mean over zones x origins x horizons.
 * Point forecasts are scored as the models return them (not rounded, not clipped).
 */
public final class Backtest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Backtest() {}

    /**
     * Scores {@code models} on {@code series}; the seasonal naive forecast is always scored first,
     * whether listed or not. {@code chosen} names the headline model.
     */
    public static BacktestResult run(SeriesSet series, BacktestSetup setup, List<Forecaster> models, String chosen) {
        List<Forecaster> all = new ArrayList<>();
        all.add(new SeasonalNaive());
        models.stream().filter(m -> !m.name().equals("snaive")).forEach(all::add);
        Cases cases = Cases.of(series, setup);
        List<Scored> scored = new ArrayList<>();
        for (Forecaster m : all) {
            scored.add(score(m, cases, setup.horizon()));
        }
        double[][] snaiveCase = scored.get(0).caseMase;
        List<ModelScore> out = new ArrayList<>();
        for (Scored s : scored) {
            out.add(s.summary(scored.get(0).sumScaled, snaiveCase));
        }
        List<String> zones = series.zones().stream().map(DailySeries::name).toList();
        int targets = zones.size() * setup.origins().size() * setup.horizon();
        return new BacktestResult(setup, series.layer(), zones, targets, out, chosen);
    }

    /** The training windows, actual values and MASE scales of every (series, origin); the whole area last. */
    private record Cases(
            List<DailySeries> series,
            List<DailySeries> parents,
            List<LocalDate> origins,
            double[][][] train,
            double[][][] actual,
            double[][] scale) {
        static Cases of(SeriesSet set, BacktestSetup setup) {
            List<DailySeries> series = new ArrayList<>(set.zones());
            series.add(set.whole());
            int s = series.size();
            int o = setup.origins().size();
            double[][][] train = new double[s][o][];
            double[][][] actual = new double[s][o][];
            double[][] scale = new double[s][o];
            for (int i = 0; i < s; i++) {
                DailySeries d = series.get(i);
                for (int j = 0; j < o; j++) {
                    LocalDate origin = setup.origins().get(j);
                    train[i][j] = d.before(origin, setup.window());
                    actual[i][j] = d.from(origin, setup.horizon());
                    scale[i][j] = SeasonalNaive.maseScale(train[i][j]);
                    if (!(scale[i][j] > 0)) {
                        throw new IllegalArgumentException(
                                "series " + d.name() + " has the same count on every weekday of the "
                                        + setup.window() + " days before " + origin
                                        + " (no MASE scale): choose a larger zone layer or a wider --window");
                    }
                }
            }
            List<DailySeries> parents =
                    series.stream().map(d -> set.parentOf(d.name())).toList();
            return new Cases(series, parents, setup.origins(), train, actual, scale);
        }

        int zones() {
            return series.size() - 1;
        }
    }

    private static Scored score(Forecaster model, Cases c, int horizon) {
        int s = c.series.size();
        int o = c.origins.size();
        Scored r = new Scored(model.name(), c.zones(), o, horizon);
        for (int j = 0; j < o; j++) {
            for (int i = 0; i < s; i++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                Forecast f = model.pooledWith(c.parents.get(i)).forecast(c.train[i][j], c.origins.get(j), horizon);
                r.cpuNanos += THREADS.getCurrentThreadCpuTime() - t0;
                r.forms.merge(f.model(), 1, Integer::sum);
                r.add(i, j, f, c.actual[i][j], c.scale[i][j]);
            }
        }
        return r;
    }

    /** Sums of one model's errors and hits; zones are rows {@code 0..zones-1}, the whole area row {@code zones}. */
    private static final class Scored {
        final String name;
        final int zones;
        final int horizon;
        final double[] sumScaled = new double[2];
        final double[] sumAbs = new double[2];
        final long[] in80 = new long[2];
        final long[] in95 = new long[2];
        final long[] n = new long[2];
        final double[] byHorizon;
        final double[] byZone;
        final double[][] caseMase;
        final Map<String, Integer> forms = new TreeMap<>();
        long cpuNanos;

        Scored(String name, int zones, int origins, int horizon) {
            this.name = name;
            this.zones = zones;
            this.horizon = horizon;
            byHorizon = new double[horizon];
            byZone = new double[zones];
            caseMase = new double[zones][origins];
        }

        void add(int series, int origin, Forecast f, double[] actual, double scale) {
            int g = series < zones ? 0 : 1;
            double caseSum = 0;
            for (int h = 0; h < horizon; h++) {
                double err = Math.abs(actual[h] - f.mean()[h]);
                double q = err / scale;
                sumScaled[g] += q;
                sumAbs[g] += err;
                in80[g] += f.covers(h, actual[h], 80) ? 1 : 0;
                in95[g] += f.covers(h, actual[h], 95) ? 1 : 0;
                n[g]++;
                caseSum += q;
                if (g == 0) {
                    byHorizon[h] += q;
                    byZone[series] += q;
                }
            }
            if (g == 0) {
                caseMase[series][origin] = caseSum / horizon;
            }
        }

        ModelScore summary(double[] snaiveScaled, double[][] snaiveCase) {
            double mase = sumScaled[0] / n[0];
            int cases = 0;
            int beats = 0;
            for (int i = 0; i < caseMase.length; i++) {
                for (int j = 0; j < caseMase[i].length; j++) {
                    cases++;
                    beats += caseMase[i][j] < snaiveCase[i][j] ? 1 : 0;
                }
            }
            int origins = caseMase.length == 0 ? 0 : caseMase[0].length;
            List<Double> perH = new ArrayList<>();
            for (double v : byHorizon) {
                perH.add(v / ((double) zones * origins));
            }
            List<Double> perZone = new ArrayList<>();
            for (double v : byZone) {
                perZone.add(v / ((double) origins * horizon));
            }
            return new ModelScore(
                    name,
                    mase,
                    sumScaled[1] / n[1],
                    mase / (snaiveScaled[0] / n[0]),
                    sumAbs[0] / n[0],
                    sumAbs[1] / n[1],
                    (double) in80[0] / n[0],
                    (double) in95[0] / n[0],
                    (double) in80[1] / n[1],
                    (double) in95[1] / n[1],
                    cases == 0 ? Double.NaN : (double) beats / cases,
                    cpuNanos / 1e9,
                    perH,
                    perZone,
                    forms);
        }
    }
}
