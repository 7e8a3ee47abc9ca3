package org.khareetaty.core.forecast;

import java.util.List;
import java.util.Map;

/**
 * The series of a backtest or a forecast run: one per zone (or cell) and the whole area, all over the
 * same days.
 *
 * @param layer what the zones are: a boundary layer, {@code h3:R}, or the source's own field
 * @param zones the zones' series, in code order
 * @param whole every incident of the scope, including those outside the zones kept
 * @param withoutHistory zones with incidents but not in every calendar year of the data: no series
 * @param parents zone code to the daily series of its parent zone (a beat's district: every incident of the
 *     beats with that parent code), for pooling sparse zones; zones not listed pool with {@code whole}
 */
public record SeriesSet(
        String layer,
        List<DailySeries> zones,
        DailySeries whole,
        List<String> withoutHistory,
        Map<String, DailySeries> parents) {
    public SeriesSet {
        zones = List.copyOf(zones);
        withoutHistory = List.copyOf(withoutHistory);
        parents = Map.copyOf(parents);
    }

    /** A set whose zones have no parent zone but the whole area. */
    public SeriesSet(String layer, List<DailySeries> zones, DailySeries whole, List<String> withoutHistory) {
        this(layer, zones, whole, withoutHistory, Map.of());
    }

    /** A set in which every zone has a series. */
    public SeriesSet(String layer, List<DailySeries> zones, DailySeries whole) {
        this(layer, zones, whole, List.of());
    }

    /** The same zones with {@code parents}: zone code to the series of the zone that contains it. */
    public SeriesSet withParents(Map<String, DailySeries> parents) {
        return new SeriesSet(layer, zones, whole, withoutHistory, parents);
    }

    /** The series a sparse {@code zone} is pooled with: its parent zone's, else the whole area's. */
    public DailySeries parentOf(String zone) {
        return parents.getOrDefault(zone, whole);
    }
}
