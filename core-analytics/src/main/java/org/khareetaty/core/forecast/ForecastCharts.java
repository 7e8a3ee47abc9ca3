package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khareetaty.core.store.Store;

/**
 * The stored forecast of a scope with the history before it, for the window's forecast chart and zone
 * table: the newest run of the scope and categories ({@link StoredForecasts}) and the daily counts of
 * its series ({@link ZoneDailyCounts}) up to the run's as-of day.
 */
public final class ForecastCharts {
    private ForecastCharts() {}

    /** The newest stored run of {@code scope} (a layer or {@code h3:R}) and {@code categories}, with its series. */
    public static Optional<StoredRun> latest(Store store, String scope, List<String> categories) {
        return StoredForecasts.list(store).stream()
                .filter(r -> r.scope().equals(scope) && r.categories().equals(categories))
                .findFirst()
                .map(r -> StoredForecasts.load(store, r.id()));
    }

    /**
     * One chart per series of the newest run of {@code scope} and {@code categories} (the whole area last),
     * each with the {@code historyDays} days up to the run's as-of day; empty when no run is stored.
     */
    public static List<ForecastChart> of(Store store, String scope, List<String> categories, int historyDays) {
        if (historyDays < 1) {
            throw new IllegalArgumentException("show at least one day of history, not " + historyDays);
        }
        Optional<StoredRun> found = latest(store, scope, categories);
        if (found.isEmpty()) {
            return List.of();
        }
        StoredRun run = found.get();
        SeriesScope s = run.seriesScope();
        SeriesSet set =
                ZoneDailyCounts.load(store, new SeriesScope(s.layer(), s.h3Resolution(), s.categories(), run.asOf()));
        StoredRun listed = new StoredRun(
                run.id(),
                run.madeAt(),
                run.scope(),
                run.categories(),
                run.model(),
                run.holidays(),
                run.asOf(),
                run.horizon(),
                run.window(),
                run.cpuSeconds(),
                run.stale(),
                List.of());
        List<ForecastChart> out = new ArrayList<>();
        for (StoredSeries series : run.series()) {
            DailySeries d = find(set, series.zone());
            LocalDate end = run.asOf().plusDays(1);
            int days = d == null ? 0 : Math.min(historyDays, Math.max(0, d.indexOf(end)));
            double[] history = d == null ? new double[0] : d.before(end, days);
            out.add(new ForecastChart(listed, end.minusDays(days), history, series));
        }
        return out;
    }

    private static DailySeries find(SeriesSet set, String zone) {
        if (zone.equals(DailySeries.WHOLE_AREA)) {
            return set.whole();
        }
        return set.zones().stream()
                .filter(z -> z.name().equals(zone))
                .findFirst()
                .orElse(null);
    }
}
