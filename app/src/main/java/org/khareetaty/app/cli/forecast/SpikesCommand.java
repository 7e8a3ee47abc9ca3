package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.spike.EarlyWarning;
import org.khareetaty.core.forecast.spike.Spike;
import org.khareetaty.core.forecast.spike.SpikeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast spikes}: each zone's count on a day against its forecast from the days before. */
@Command(
        name = "spikes",
        mixinStandardHelpOptions = true,
        description = {
            "Spike check: each zone's (or cell's) count on --date against the model's one-day-ahead forecast from the",
            "days before; score 2(sqrt(count) - sqrt(expected)), an alarm above 3, and whether the count lies above",
            "the 95% interval. Alarms first. --readings: the three readings and their verdict (docs/forecast.md)."
        })
final class SpikesCommand implements Callable<Integer> {
    @Mixin
    SeriesOptions zones;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The day checked (default: the last day of the data).")
    LocalDate date;

    @Option(
            names = "--model",
            paramLabel = "M",
            defaultValue = "ets",
            description = "The expectation: ets or snaive (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(
            names = "--window",
            paramLabel = "DAYS",
            defaultValue = "1092",
            description = "Days the model is fitted on (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--span",
            paramLabel = "DAYS",
            defaultValue = "1",
            description = "Check the sum of the DAYS days ending on --date (default: ${DEFAULT-VALUE}; 7 catches a "
                    + "smaller rise that lasts).")
    int span;

    @Option(
            names = "--readings",
            description = "The verdict of three readings: the Poisson test of the day and of the week ending on it,"
                    + " the 95% interval, and an isolation forest learned on the 364 days before --date.")
    boolean readings;

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
        LocalDate day = date == null ? set.whole().last() : date;
        if (readings) {
            EarlyWarning check = EarlyWarning.train(
                    set, zones.blocks(set), zones.model(model, set), window, day, trainEvery, EarlyWarning.QUANTILE);
            SpikeVerdicts.print(set.layer(), model, check.on(day), json);
            return 0;
        }
        List<Spike> spikes = SpikeCheck.on(set, day, span, zones.model(model, set), window).stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .toList();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", day.toString());
            m.put("layer", set.layer());
            m.put("model", model);
            m.put("span", span);
            m.put(
                    "zones",
                    spikes.stream()
                            .map(s -> Map.of(
                                    "zone", s.zone(),
                                    "observed", s.observed(),
                                    "expected", s.expected(),
                                    "hi95", s.hi95(),
                                    "score", s.score(),
                                    "alarm", s.alarm(),
                                    "above95", s.exceeds95()))
                            .toList());
            System.out.println(Json.of(m));
            return 0;
        }
        long alarms = spikes.stream().filter(Spike::alarm).count();
        System.out.printf(
                Locale.ROOT,
                "%s on %s: %d alarms of %d series (%s expectation)%n",
                set.layer(),
                day,
                alarms,
                spikes.size(),
                model);
        System.out.printf(
                Locale.ROOT, "%-18s %8s %9s %6s %7s %s%n", "zone", "observed", "expected", "hi95", "score", "");
        for (Spike s : spikes) {
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %8d %9.2f %6.0f %7.2f %s%n",
                    s.zone(),
                    s.observed(),
                    s.expected(),
                    s.hi95(),
                    s.score(),
                    s.alarm() ? "SPIKE" : s.exceeds95() ? "above 95%" : "");
        }
        return 0;
    }
}
