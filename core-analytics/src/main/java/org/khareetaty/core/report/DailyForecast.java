package org.khareetaty.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Forecast;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.store.Store;

/**
 * The stored forecast of a report's scope (docs/forecast.md, "Stored forecasts"), for the band on the
 * daily chart: the newest run of {@code forecast store} whose scope and categories are the report's,
 * the series of the report's scope in it, and that series' median and 80/95% count intervals on the
 * days of the period it forecast.
 *
 * <p>Which run: the report's categories (as a set) must be the run's. The whole area is the whole-area
 * series of the newest run, of the report's layer when one is stored for it; a zone of layer L is its
 * series in the newest run of L; an H3 cell of r6..r8 its series in the newest run of {@code h3:R}; a
 * polygon has none.
 *
 * @param runId          the stored run's id ({@code forecast stored ID})
 * @param runScope       the run's scope: a layer, or {@code h3:R}
 * @param series         the series: a zone code, an H3 cell, or {@link DailySeries#WHOLE_AREA}
 * @param model          the run's model ({@code glm-median}) and the series' form
 * @param madeAt         when the run was made
 * @param asOf           the last day of data the run used
 * @param horizon        the days forecast after {@code asOf}
 * @param validationMase the model's scaled error on the last 4 weeks of its training window
 * @param naiveMase      the seasonal naive forecast's on the same weeks
 * @param days           the period's days that were forecast, in order, with their bands (empty when the
 *                       forecast covers no day of the period)
 */
public record DailyForecast(
        long runId,
        String runScope,
        String series,
        String model,
        Instant madeAt,
        LocalDate asOf,
        int horizon,
        double validationMase,
        double naiveMase,
        Map<LocalDate, Band> days) {
    public DailyForecast {
        days = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(days));
    }

    /** One forecast day: the median count and the 80% and 95% count intervals. */
    public record Band(double median, double lo80, double hi80, double lo95, double hi95) {}

    /** The first day forecast. */
    public LocalDate firstDay() {
        return asOf.plusDays(1);
    }

    /** The last day forecast. */
    public LocalDate lastDay() {
        return asOf.plusDays(horizon);
    }

    /** The stored forecast of {@code request}'s scope and categories, if one is stored. */
    public static Optional<DailyForecast> of(Store store, KpiRequest request) {
        Set<String> categories = Set.copyOf(request.categories());
        List<StoredRun> runs = StoredForecasts.list(store).stream()
                .filter(r -> Set.copyOf(r.categories()).equals(categories))
                .toList();
        String series;
        Optional<StoredRun> listed;
        if (request.scope() instanceof ReportScope.WholeArea) {
            series = DailySeries.WHOLE_AREA;
            listed = runs.stream()
                    .filter(r -> r.scope().equals(request.layer()))
                    .findFirst()
                    .or(() -> runs.stream().findFirst());
        } else if (request.scope() instanceof ReportScope.Zone z) {
            series = z.code();
            listed = runs.stream().filter(r -> r.scope().equals(z.layer())).findFirst();
        } else if (request.scope() instanceof ReportScope.Cell c) {
            series = Long.toHexString(c.id());
            listed =
                    runs.stream().filter(r -> r.scope().equals("h3:" + c.res())).findFirst();
        } else {
            return Optional.empty();
        }
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        StoredRun run = StoredForecasts.load(store, listed.get().id());
        return run.series().stream()
                .filter(s -> s.zone().equalsIgnoreCase(series))
                .findFirst()
                .map(s -> of(run, s, request.period()));
    }

    private static DailyForecast of(StoredRun run, StoredSeries s, ReportPeriod period) {
        Forecast f = s.forecast();
        Map<LocalDate, Band> days = new LinkedHashMap<>();
        for (int h = 0; h < f.horizon(); h++) {
            LocalDate day = run.asOf().plusDays(h + 1L);
            if (!day.isBefore(period.from()) && !day.isAfter(period.to())) {
                days.put(day, new Band(f.mean()[h], f.lo80()[h], f.hi80()[h], f.lo95()[h], f.hi95()[h]));
            }
        }
        return new DailyForecast(
                run.id(),
                run.scope(),
                s.zone(),
                run.model() + ", " + f.model(),
                run.madeAt(),
                run.asOf(),
                run.horizon(),
                s.validationMase(),
                s.naiveMase(),
                days);
    }
}
