package org.khareetaty.core.report;

import java.util.List;

/**
 * What a KPI report is asked for.
 *
 * @param scope      the whole area or one zone
 * @param period     the period reported
 * @param layer      the boundary layer of the zone table, or null for none
 * @param categories offense categories in scope; empty means all
 * @param order      the order of the zone table
 */
public record KpiRequest(
        ReportScope scope, ReportPeriod period, String layer, List<String> categories, ZoneOrder order) {
    public KpiRequest {
        categories = List.copyOf(categories);
    }
}
