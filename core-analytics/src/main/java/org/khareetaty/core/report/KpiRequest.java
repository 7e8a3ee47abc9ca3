package org.khareetaty.core.report;

import java.util.List;

/**
 * What a KPI report is asked for.
 *
 * @param scope         the whole area or one zone
 * @param period        the period reported
 * @param layer         the boundary layer of the zone table, or null for none
 * @param categories    offense categories in scope; empty means all
 * @param order         the order of the zone table
 * @param forecastBoxes the coverage (percent of the area) of the forecast boxes for the day after the period
 *                      drawn on the map page, or 0 for none ({@link ForecastBoxes})
 * @param hotspots      the hotspots drawn on the map page: {@link MapHotspots.Method}, or null for none
 */
public record KpiRequest(
        ReportScope scope,
        ReportPeriod period,
        String layer,
        List<String> categories,
        ZoneOrder order,
        double forecastBoxes,
        MapHotspots.Method hotspots) {
    public KpiRequest {
        categories = List.copyOf(categories);
        if (forecastBoxes < 0 || forecastBoxes > 100) {
            throw new IllegalArgumentException("forecast box coverage is a percent of the area, not " + forecastBoxes);
        }
    }

    /** A request without forecast boxes or hotspots on its map. */
    public KpiRequest(ReportScope scope, ReportPeriod period, String layer, List<String> categories, ZoneOrder order) {
        this(scope, period, layer, categories, order, 0, null);
    }
}
