package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.Backtest;
import org.khareetaty.core.forecast.BacktestResult;
import org.khareetaty.core.forecast.BacktestSetup;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.ModelScore;
import org.khareetaty.core.forecast.SeriesSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast backtest}: protocol A's rolling-origin backtest on any period and zones. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Rolling-origin backtest of the daily count forecasts (protocol A of FORECAST_PROTOCOL.md): per origin, fit",
            "each zone's series on the --window days before it, forecast --horizon days, score MASE (in-sample lag-7",
            "scale), MAE, 80/95%% coverage and how often a model beats the seasonal naive forecast; CPU seconds of the fits.",
            "Zones: those of a boundary layer (or H3 cells) with incidents in every calendar year of the data."
        })
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    SeriesOptions zones;

    @Option(
            names = "--origins",
            paramLabel = "A..B",
            description = "Weekly origins from A to B (default: the protocol's 2019-01-01..2019-12-24, every 4th).")
    String origins;

    @Option(
            names = "--origin-every",
            paramLabel = "K",
            description = "Keep every K-th weekly origin (default 4 for the protocol's range, else 1).")
    Integer every;

    @Option(
            names = "--window",
            paramLabel = "DAYS",
            defaultValue = "1092",
            description = "Training days before each origin, a whole number of weeks (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--horizon",
            paramLabel = "H",
            defaultValue = "7",
            description = "Days forecast from each origin, 1..14 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            defaultValue = "snaive,ets,glm-median",
            description =
                    "Models to score (default: ${DEFAULT-VALUE}): snaive; ets (A,N,N or A,N,A by AICc); ets-all (all "
                            + "six additive forms); chosen (ets or snaive per series by validation on its last 4 weeks); glm "
                            + "(count regression: weekdays, annual Fourier terms, trend, holidays); combo (mean of ets and glm); "
                            + "glm-median (the regression's median, series under one a day pooled with the whole area). snaive "
                            + "is always scored; the last listed is the headline.")
    List<String> models;

    @Option(names = "--json", description = "Print as JSON: `mase` is the district mean MASE of the chosen model.")
    boolean json;

    @Override
    public Integer call() {
        BacktestSetup setup = new BacktestSetup(originList(), window, horizon);
        SeriesSet series = zones.load();
        List<Forecaster> forecasters =
                models.stream().map(m -> zones.model(m, series)).toList();
        String chosen = models.isEmpty() ? "snaive" : models.get(models.size() - 1);
        BacktestResult result = Backtest.run(series, setup, forecasters, chosen);
        if (json) {
            System.out.println(Json.of(asMap(result)));
        } else {
            BacktestReport.print(result);
        }
        return 0;
    }

    private List<LocalDate> originList() {
        if (origins == null) {
            return BacktestSetup.weekly(
                    BacktestSetup.FIRST_ORIGIN, BacktestSetup.LAST_ORIGIN, every == null ? BacktestSetup.EVERY : every);
        }
        return BacktestSetup.parseOrigins(origins, every == null ? 1 : every);
    }

    static Map<String, Object> asMap(BacktestResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", r.layer());
        m.put("origins", r.setup().origins().stream().map(LocalDate::toString).toList());
        m.put("window", r.setup().window());
        m.put("horizon", r.setup().horizon());
        m.put("zones", r.zones());
        m.put("targets", r.targets());
        m.put("chosen", r.chosen());
        m.put("mase", r.model(r.chosen()).mase());
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelScore s : r.models()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("mase", s.mase());
            one.put("mase_whole", s.maseWhole());
            one.put("rel_snaive", s.relSnaive());
            one.put("mae", s.mae());
            one.put("mae_whole", s.maeWhole());
            one.put("cover80", s.cover80());
            one.put("cover95", s.cover95());
            one.put("cover80_whole", s.cover80Whole());
            one.put("cover95_whole", s.cover95Whole());
            one.put("beats_snaive", s.beatsSnaive());
            one.put("cpu_seconds", s.cpuSeconds());
            one.put("mase_by_horizon", s.maseByHorizon());
            Map<String, Double> byZone = new LinkedHashMap<>();
            for (int i = 0; i < r.zones().size(); i++) {
                byZone.put(r.zones().get(i), s.maseByZone().get(i));
            }
            one.put("mase_by_zone", byZone);
            one.put("forms", s.forms());
            models.put(s.model(), one);
        }
        m.put("models", models);
        return m;
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
