package org.khareetaty.core.forecast;

import java.util.List;

/**
 * The series of a backtest or a forecast run: one per zone (or cell) and the whole area, all over the
 * same days.
 *
 * @param layer what the zones are: a boundary layer, {@code h3:R}, or the source's own field
 * @param zones the zones' series, in code order
 * @param whole every incident of the scope, including those outside the zones kept
 * @param withoutHistory zones with incidents but not in every calendar year of the data: no series
 */
public record SeriesSet(String layer, List<DailySeries> zones, DailySeries whole, List<String> withoutHistory) {
    public SeriesSet {
        zones = List.copyOf(zones);
        withoutHistory = List.copyOf(withoutHistory);
    }

    /** A set in which every zone has a series. */
    public SeriesSet(String layer, List<DailySeries> zones, DailySeries whole) {
        this(layer, zones, whole, List.of());
    }
}
