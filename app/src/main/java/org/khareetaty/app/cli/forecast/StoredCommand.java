package org.khareetaty.app.cli.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.Forecast;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty forecast stored [ID]}: the stored forecast runs, or one run's series. */
@Command(
        name = "stored",
        mixinStandardHelpOptions = true,
        description = "List the stored forecasts with their age and whether an import made them stale, or show run ID.")
final class StoredCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The run to show (default: list them).")
    Long id;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            if (id == null) {
                List<StoredRun> runs = StoredForecasts.list(s);
                if (json) {
                    System.out.println(
                            Json.of(runs.stream().map(StoredCommand::asMap).toList()));
                } else if (runs.isEmpty()) {
                    System.out.println("No stored forecasts: make one with khareetaty forecast store --layer L");
                } else {
                    runs.forEach(StoredCommand::summary);
                }
            } else {
                StoredRun run = StoredForecasts.load(s, id);
                if (json) {
                    System.out.println(Json.of(asMap(run)));
                } else {
                    printRun(run);
                }
            }
        }
        return 0;
    }

    static void summary(StoredRun r) {
        System.out.printf(
                Locale.ROOT,
                "#%d %s%s: %s (%s holidays), data up to %s, %d training days, %d days ahead; made %s ago%s%n",
                r.id(),
                r.scope(),
                r.categories().isEmpty() ? "" : " [" + String.join(",", r.categories()) + "]",
                r.model(),
                r.holidays(),
                r.asOf(),
                r.window(),
                r.horizon(),
                age(r.madeAt()),
                r.stale() ? "; STALE: an import completed since (khareetaty forecast refresh)" : "");
    }

    static void printRun(StoredRun r) {
        summary(r);
        System.out.printf(
                Locale.ROOT,
                "%n%-16s %-14s %11s %9s %9s %9s %12s  %s%n",
                "zone",
                "form",
                "train from",
                "val MASE",
                "naive",
                "next day",
                "80%",
                "");
        for (StoredSeries s : r.series()) {
            Forecast f = s.forecast();
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %-14s %11s %9.3f %9.3f %9.0f %12s  %s%n",
                    s.zone(),
                    f.model(),
                    s.trainFrom(),
                    s.validationMase(),
                    s.naiveMase(),
                    f.mean()[0],
                    (int) f.lo80()[0] + "-" + (int) f.hi80()[0],
                    s.lowConfidence() ? "low" : "");
        }
        long better = r.series().stream()
                .filter(s -> s.validationMase() < s.naiveMase())
                .count();
        int weeks = r.series().stream().mapToInt(s -> s.weeks().weeks()).sum();
        int beaten = r.series().stream().mapToInt(s -> s.weeks().beaten()).sum();
        System.out.printf(
                Locale.ROOT,
                "%nval MASE: mean scaled error on the last 4 weeks before the as-of day, each week forecast from the "
                        + "days before it; the model beat the naive forecast there in %d of %d series, and in %d of "
                        + "%d series-weeks.%n",
                better,
                r.series().size(),
                beaten,
                weeks);
    }

    private static String age(Instant made) {
        Duration d = Duration.between(made, Instant.now());
        return d.toDays() > 0 ? d.toDays() + " d" : d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    static Map<String, Object> asMap(StoredRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("made_at", r.madeAt().toString());
        m.put("scope", r.scope());
        m.put("categories", r.categories());
        m.put("model", r.model());
        m.put("holidays", r.holidays().name());
        m.put("as_of", r.asOf().toString());
        m.put("horizon", r.horizon());
        m.put("window_days", r.window());
        m.put("cpu_seconds", r.cpuSeconds());
        m.put("stale", r.stale());
        if (!r.series().isEmpty()) {
            m.put("series", r.series().stream().map(s -> series(r, s)).toList());
        }
        return m;
    }

    private static Map<String, Object> series(StoredRun r, StoredSeries s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", s.zone());
        m.put("form", s.forecast().model());
        m.put("parameters", s.parameters());
        m.put("train_from", s.trainFrom().toString());
        m.put("train_to", s.trainTo().toString());
        m.put("validation_mase", s.validationMase());
        m.put("naive_validation_mase", s.naiveMase());
        m.put(
                "validation_weeks",
                Map.of("model", s.weeks().model(), "naive", s.weeks().naive()));
        m.put("weeks_beaten", s.weeks().beaten());
        m.put("low_confidence", s.lowConfidence());
        m.put(
                "days",
                java.util.stream.IntStream.range(0, r.horizon())
                        .mapToObj(h -> r.asOf().plusDays(h + 1L))
                        .map(LocalDate::toString)
                        .toList());
        m.put("point", s.forecast().mean());
        m.put("expected", s.expected());
        m.put("lo80", s.forecast().lo80());
        m.put("hi80", s.forecast().hi80());
        m.put("lo95", s.forecast().lo95());
        m.put("hi95", s.forecast().hi95());
        m.put("naive", s.naive());
        return m;
    }
}
