package org.khareetaty.core.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored forecast run: every zone of a scope forecast from the data up to {@code asOf}.
 *
 * @param id         its id in the store (0 before it is saved)
 * @param madeAt     when it was made
 * @param scope      the boundary layer, or {@code h3:R}
 * @param categories the category filter (empty: all)
 * @param model      the model's catalogue name ({@link ModelCatalog#HEADLINE})
 * @param asOf       the last day of data used
 * @param window     training days per series
 * @param cpuSeconds CPU time of the fits and validations
 * @param stale      an import completed after the run was made: {@code forecast refresh} refits it
 * @param series     its series, the whole area last (empty when listed without them)
 */
public record StoredRun(
        long id,
        Instant madeAt,
        String scope,
        List<String> categories,
        String model,
        HolidayCalendar holidays,
        LocalDate asOf,
        int horizon,
        int window,
        double cpuSeconds,
        boolean stale,
        List<StoredSeries> series) {
    public StoredRun {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** The scope to read again when the run is refreshed: up to the store's last day. */
    public SeriesScope seriesScope() {
        return scope.startsWith("h3:")
                ? SeriesScope.cells(Integer.parseInt(scope.substring(3)), categories, null)
                : SeriesScope.layer(scope, categories, null);
    }
}
