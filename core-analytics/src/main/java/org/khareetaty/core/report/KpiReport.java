package org.khareetaty.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * A CompStat-style KPI report of a scope and period (docs/reports.md): counts by category against
 * the prior period, the same period last year and the year to date against the last, with their
 * changes and C-test marks ({@link Change}); one row per zone of the chosen layer, zones without
 * incidents included; arrest rates with Wilson intervals; the period's profile for the charts. The
 * layout-free values the writers ({@link KpiCsv}, {@link KpiPdf}) draw.
 *
 * @param store      the store's name (its folder)
 * @param generated  when the report was made
 * @param request    what was asked
 * @param scopeName  what the scope is called
 * @param scopeZoneName the scope zone's name (empty for the whole area or a zone without one)
 * @param arabicNames Arabic place names of the scope's and the table's zones, by code, where the
 *                   boundaries carry one ({@code name_ar}: Kuwait's layers), and of the cells the report
 *                   names, by H3 id in hex
 * @param categories one row per category: the taxonomy's categories (or those asked for), zeros included
 * @param total      all categories together
 * @param zones      one row per zone of the layer (none without a layer), in the order asked, and a row
 *                   {@link #NO_ZONE} for incidents in scope outside every zone of it when there are any
 * @param profile    the period's daily, weekday and hourly counts
 * @param sources    the files the store's incidents came from
 * @param details    the top cells and blocks and the data-quality notes
 * @param alerts     the live alerts raised in the period in scope
 * @param map        the map page: the zones of the layer, or H3 cells, coloured by their counts; the
 *                   forecast boxes and hotspots when asked for
 * @param forecast   the stored forecast of the scope for the daily chart's band, or null when none is stored
 */
public record KpiReport(
        String store,
        Instant generated,
        KpiRequest request,
        String scopeName,
        String scopeZoneName,
        Map<String, String> arabicNames,
        List<KpiRow> categories,
        KpiRow total,
        List<KpiRow> zones,
        TimeProfile profile,
        List<String> sources,
        ReportDetails details,
        AlertSummary alerts,
        ReportMap map,
        DailyForecast forecast) {

    /**
     * This report with its map page drawn over the raster basemap {@code tiles} (null: the boundaries alone) and
     * the street lines of {@code streets} (null: none).
     */
    public KpiReport withBasemap(RasterTiles tiles, StreetLayer streets) {
        return new KpiReport(
                store,
                generated,
                request,
                scopeName,
                scopeZoneName,
                arabicNames,
                categories,
                total,
                zones,
                profile,
                sources,
                details,
                alerts,
                map.withBackground(tiles, streets),
                forecast);
    }

    /** The key of the zone-table row of incidents outside every zone of the layer. */
    public static final String NO_ZONE = "(none)";

    /** The report of {@code request} on {@code store}, made at {@code generated}. */
    public static KpiReport of(Store store, KpiRequest request, Instant generated) {
        return of(store, request, generated, ProgressListener.NONE);
    }

    /**
     * The report of {@code request} on {@code store}, made at {@code generated}, its queries reported
     * to {@code progress} ({@link KpiCounts#STEPS} steps); a cancel stops it between two queries with
     * {@link org.khareetaty.core.progress.CancelledException}.
     */
    public static KpiReport of(Store store, KpiRequest request, Instant generated, ProgressListener progress) {
        KpiCounts read = KpiCounts.read(store, request, progress);
        ReportMap map = overlays(store, request, read.map(), progress);
        ReportPeriod period = request.period();
        Set<String> names =
                new LinkedHashSet<>(request.categories().isEmpty() ? Taxonomy.CATEGORIES : request.categories());
        read.counts().values().forEach(byCategory -> names.addAll(new java.util.TreeSet<>(byCategory.keySet())));
        List<KpiRow> categories = new ArrayList<>();
        Counts all = Counts.ZERO;
        for (String category : names) {
            Counts sum = Counts.ZERO;
            for (Map<String, Counts> byCategory : read.counts().values()) {
                sum = sum.plus(byCategory.getOrDefault(category, Counts.ZERO));
            }
            categories.add(KpiRow.of(category, "", sum, period));
            all = all.plus(sum);
        }
        return new KpiReport(
                store.dir().getFileName() == null
                        ? store.dir().toString()
                        : store.dir().getFileName().toString(),
                generated,
                request,
                read.scopeName(),
                read.scopeZoneName(),
                read.arabicNames(),
                categories,
                KpiRow.of("all", "", all, period),
                request.layer() == null ? List.of() : zones(read, request),
                read.profile(),
                read.sources(),
                read.details(),
                read.alerts(),
                map,
                DailyForecast.of(store, request).orElse(null));
    }

    /** {@code map} with the forecast boxes for the day after the period and the hotspots, when asked for. */
    private static ReportMap overlays(Store store, KpiRequest request, ReportMap map, ProgressListener progress) {
        if (request.forecastBoxes() == 0 && request.hotspots() == null) {
            return map;
        }
        ForecastBoxes boxes = request.forecastBoxes() == 0
                ? null
                : ForecastBoxes.of(
                        store, request.categories(), request.period().to().plusDays(1), request.forecastBoxes());
        progress.checkCancelled();
        MapHotspots hotspots = request.hotspots() == null ? null : MapHotspots.of(store, request, request.hotspots());
        progress.checkCancelled();
        return map.with(boxes, hotspots);
    }

    private static List<KpiRow> zones(KpiCounts read, KpiRequest request) {
        Map<String, String> names = new java.util.TreeMap<>(ZoneOrder::compareCodes);
        names.putAll(read.zones());
        read.counts().keySet().stream().filter(z -> z != null).forEach(z -> names.putIfAbsent(z, ""));
        List<KpiRow> rows = new ArrayList<>();
        names.forEach(
                (code, name) -> rows.add(KpiRow.of(code, name, sum(read.counts().get(code)), request.period())));
        rows.sort(request.order().comparator());
        if (read.counts().containsKey(null)) {
            rows.add(KpiRow.of(NO_ZONE, "outside every zone", sum(read.counts().get(null)), request.period()));
        }
        return rows;
    }

    private static Counts sum(Map<String, Counts> byCategory) {
        Counts sum = Counts.ZERO;
        if (byCategory != null) {
            for (Counts n : byCategory.values()) {
                sum = sum.plus(n);
            }
        }
        return sum;
    }
}
