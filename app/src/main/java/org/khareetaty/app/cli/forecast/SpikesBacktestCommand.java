package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.HourBlocks;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.spike.AlarmRate;
import org.khareetaty.core.forecast.spike.Detection;
import org.khareetaty.core.forecast.spike.EarlyWarning;
import org.khareetaty.core.forecast.spike.ReadingAt;
import org.khareetaty.core.forecast.spike.ReadingsBacktest;
import org.khareetaty.core.forecast.spike.SpikeBacktest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast spikes-backtest}: the spike check's false-alarm rate and detection delay. */
@Command(
        name = "spikes-backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Measures the spike check on the real series: alarms per zone-month on every day from --from to --to",
            "(all counted as false: an upper bound), and the detection of spikes planted into each zone every",
            "--plant-every days (--length days of +--lift times the zone's recent daily mean): share caught, delay."
        })
final class SpikesBacktestCommand implements Callable<Integer> {
    @Mixin
    SeriesOptions zones;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2019-01-01", description = "First day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", defaultValue = "2019-12-24", description = "Last day.")
    LocalDate to;

    @Option(
            names = "--model",
            paramLabel = "M",
            defaultValue = "ets",
            description = "ets or snaive (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "1092", description = "Fitting window, days.")
    int window;

    @Option(
            names = "--plant-every",
            paramLabel = "DAYS",
            defaultValue = "28",
            description = "Days between planted spikes (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--length", paramLabel = "DAYS", defaultValue = "7", description = "Planted spike length.")
    int length;

    @Option(
            names = "--lift",
            paramLabel = "X",
            defaultValue = "1.0",
            description = "Planted extra incidents a day, times the zone's mean over the 28 days before "
                    + "(default: ${DEFAULT-VALUE}, a doubling; at least 1).")
    double lift;

    @Option(
            names = "--spans",
            paramLabel = "DAYS",
            split = ",",
            defaultValue = "1,7",
            description =
                    "A day alarms when the check of any of these spans ending on it does (default: ${DEFAULT-VALUE}).")
    List<Integer> spans;

    @Option(
            names = "--readings",
            description = "Score each reading of the spike verdict (Poisson test of spans 1 and 7, 95% interval,"
                    + " isolation forest learned on the 364 days before --from) and the verdict; --spans is ignored.")
    boolean readings;

    @Option(
            names = "--quantiles",
            paramLabel = "Q",
            split = ",",
            description = "--readings: the forest alarms above each of these quantiles of its training scores, "
                    + "each scored (default: the verdict's, EarlyWarning.QUANTILE).")
    List<Double> quantiles = new java.util.ArrayList<>();

    @Option(
            names = "--train-every",
            paramLabel = "K",
            defaultValue = "1",
            description = "--readings: the forest learns from every K-th day (default: ${DEFAULT-VALUE}).")
    int trainEvery;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        SeriesSet set = zones.load();
        Forecaster f = zones.model(model, set);
        long start = System.nanoTime();
        if (readings) {
            HourBlocks blocks = zones.blocks(set);
            EarlyWarning check = EarlyWarning.train(set, blocks, f, window, from, trainEvery, EarlyWarning.QUANTILE);
            List<ReadingAt> all = ReadingAt.all(quantiles.isEmpty() ? List.of(EarlyWarning.QUANTILE) : quantiles);
            Map<ReadingAt, AlarmRate> rates = ReadingsBacktest.alarms(check, set, blocks, from, to, all);
            Map<ReadingAt, Detection> found = ReadingsBacktest.planted(check, set, blocks, starts(), length, lift, all);
            ReadingScores.print(set.layer(), from, to, rates, found, check, seconds(start), json);
            return 0;
        }
        AlarmRate rate = SpikeBacktest.alarms(set, from, to, spans, f, window);
        Detection d = SpikeBacktest.planted(set, starts(), length, lift, spans, f, window);
        double seconds = seconds(start);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", set.layer());
        m.put("model", model);
        m.put("spans", spans);
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.put("zones", rate.zones());
        m.put("days", rate.days());
        m.put("alarms", rate.alarms());
        m.put("alarms_per_zone_month", rate.alarmsPerZoneMonth());
        m.put("above95_per_zone_month", rate.exceedancesPerZoneMonth());
        m.put("planted", d.planted());
        m.put("detected", d.detected());
        m.put("detection_rate", d.rate());
        m.put("mean_delay_days", d.meanDelay());
        m.put("delays", d.delays());
        m.put("seconds", seconds);
        if (json) {
            System.out.println(Json.of(m));
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%s, %s..%s, %d zones x %d days, %s expectation, spans %s:%n"
                            + "  alarms (z > 3): %d = %.3f per zone-month; above the 95%% interval: %.3f per zone-month%n"
                            + "  planted: %d spikes of %d days at +%.2fx: %d detected (%.3f), mean delay %.2f days;"
                            + " first alarm by day: %s%n"
                            + "khareetaty_spikes alarms_per_zone_month=%.3f detection=%.3f delay=%.2f seconds=%.1f%n",
                    set.layer(),
                    from,
                    to,
                    rate.zones(),
                    rate.days(),
                    model,
                    spans,
                    rate.alarms(),
                    rate.alarmsPerZoneMonth(),
                    rate.exceedancesPerZoneMonth(),
                    d.planted(),
                    length,
                    lift,
                    d.detected(),
                    d.rate(),
                    d.meanDelay(),
                    java.util.Arrays.toString(d.delays()),
                    rate.alarmsPerZoneMonth(),
                    d.rate(),
                    d.meanDelay(),
                    seconds);
        }
        return 0;
    }

    private List<LocalDate> starts() {
        return from.datesUntil(to.minusDays(length - 1L).plusDays(1), java.time.Period.ofDays(every))
                .toList();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
