package org.khareetaty.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.forecast.risk.PatrolPlan;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.forecast.risk.RiskIncidents;
import org.khareetaty.core.forecast.risk.SelfExciting;
import org.khareetaty.core.forecast.risk.SquareGrid;
import org.khareetaty.core.forecast.risk.StoreRiskIncidents;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A day's forecast boxes for a report or a briefing: the 150 m cells the self-exciting next-day hotspot
 * forecast (after Mohler 2014; docs/forecast.md, "Next-day hotspots") flags at a coverage, scored from the
 * incidents dated before the day only, exactly as {@code khareetaty forecast hotspots --date D} ranks them
 * ({@link PatrolPlan}), with the hit rate such boxes had on each of the 28 days before beside the naive
 * one-year count's. The ranking and the backtest are over the whole grid (the area of all incidents); a
 * report or briefing of a zone shows the flagged cells whose centre lies in it ({@link #within}).
 *
 * @param plan      the patrol plan: the day, coverage, flagged cells (riskiest first) and the backtest
 * @param method    the method's name
 * @param metres    the cells' side
 * @param lat0      the grid's projection latitude (a cell's side in degrees of longitude)
 * @param gridCells the cells ranked (the grid's universe)
 * @param shown     the flagged cells in the report's or briefing's scope
 */
public record ForecastBoxes(
        PatrolPlan plan, String method, double metres, double lat0, int gridCells, List<FlaggedCell> shown) {
    public ForecastBoxes {
        shown = List.copyOf(shown);
    }

    /** Days of the backtest beside the boxes, as in {@code forecast hotspots --backtest-days}. */
    public static final int BACKTEST_DAYS = 28;

    /**
     * The boxes the self-exciting method flags on {@code day} at {@code coverage}% of the area, from the
     * incidents of {@code categories} (empty: all) dated before it; every flagged cell shown. Read back when the
     * store keeps a current plan of them ({@link StoredForecastBoxes}), else made and kept.
     */
    public static ForecastBoxes of(Store store, List<String> categories, LocalDate day, double coverage) {
        if (!(coverage > 0 && coverage <= 100)) {
            throw new IllegalArgumentException(
                    "forecast box coverage is a percent of the area, 0 < c <= 100, not " + coverage);
        }
        Optional<ForecastBoxes> stored = StoredForecastBoxes.find(store, categories, day, coverage);
        if (stored.isPresent()) {
            return stored.get();
        }
        Instant made = Instant.now();
        ForecastBoxes boxes = made(store, categories, day, coverage);
        StoredForecastBoxes.save(store, categories, boxes, made);
        return boxes;
    }

    /** The boxes scored from the incidents (every one before {@code day}) and backtested on the 28 days before. */
    private static ForecastBoxes made(Store store, List<String> categories, LocalDate day, double coverage) {
        RiskIncidents incidents = StoreRiskIncidents.load(store, categories, day.minusDays(1));
        if (incidents.size() == 0) {
            throw new IllegalArgumentException("no incidents before " + day + " to forecast its hotspots from");
        }
        double[] origin = RiskGrid.defaultOrigin(incidents);
        SquareGrid grid = RiskGrid.of(incidents, origin[0], origin[1], 150);
        SelfExciting method = SelfExciting.chosen();
        PatrolPlan plan = PatrolPlan.of(grid, method, day, coverage, BACKTEST_DAYS);
        return new ForecastBoxes(plan, method.name(), grid.size(), origin[1], grid.cells(), plan.cells());
    }

    /** These boxes with only the flagged cells whose centre lies in {@code scope} shown (null: all). */
    public ForecastBoxes within(Geometry scope) {
        if (scope == null) {
            return this;
        }
        PreparedGeometry in = PreparedGeometryFactory.prepare(scope);
        List<FlaggedCell> inside = plan.cells().stream()
                .filter(c -> in.covers(ReportScope.WGS84.createPoint(new Coordinate(c.lon(), c.lat()))))
                .toList();
        return new ForecastBoxes(plan, method, metres, lat0, gridCells, inside);
    }

    /** The square of {@code cell}, WGS84: its side {@link #metres} on the grid's local projection. */
    public Polygon square(FlaggedCell cell) {
        double half = metres / 2;
        double dLat = Math.toDegrees(half / RiskGrid.EARTH_RADIUS);
        double dLon = Math.toDegrees(half / (RiskGrid.EARTH_RADIUS * Math.cos(Math.toRadians(lat0))));
        return ReportScope.WGS84.createPolygon(new Coordinate[] {
            new Coordinate(cell.lon() - dLon, cell.lat() - dLat),
            new Coordinate(cell.lon() + dLon, cell.lat() - dLat),
            new Coordinate(cell.lon() + dLon, cell.lat() + dLat),
            new Coordinate(cell.lon() - dLon, cell.lat() + dLat),
            new Coordinate(cell.lon() - dLon, cell.lat() - dLat)
        });
    }
}
