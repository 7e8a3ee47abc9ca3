package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.forecast.risk.HitRates;
import org.khareetaty.core.forecast.risk.PatrolPlan;
import org.khareetaty.core.store.Store;

/**
 * Forecast boxes kept in the store (tables {@code patrol_plans}, {@code patrol_plan_cells}) so that a report or a
 * briefing reads them instead of scoring the whole history again. On 8,000,000 incidents the self-exciting
 * forecast and its 28-day backtest take tens of seconds (docs/benchmarks.md, "Reports"), reading back a plan a few
 * milliseconds. A plan is current until an import completes after it was made, as a stored forecast is
 * ({@code forecast_runs}); a stale one is made again on first use.
 */
final class StoredForecastBoxes {
    private static final String PLAN = "SELECT id, method, metres, lat0, grid_cells, backtest_from, backtest_to,"
            + " flagged, hit_rate_mean, hit_rate_pooled, pai_mean, pai_pooled,"
            + " naive_flagged, naive_hit_mean, naive_hit_pooled, naive_pai_mean, naive_pai_pooled"
            + " FROM patrol_plans p WHERE plan_day = ? AND categories = ? AND coverage = ?"
            + " AND NOT EXISTS (SELECT 1 FROM imports i WHERE i.status = 'complete' AND i.finished_at > p.made_at)";

    private StoredForecastBoxes() {}

    /** The current stored boxes of {@code day} at {@code coverage} from the incidents of {@code categories}, if any. */
    static Optional<ForecastBoxes> find(Store store, List<String> categories, LocalDate day, double coverage) {
        return store.read("read the stored forecast boxes of", c -> {
            try (PreparedStatement ps = c.prepareStatement(PLAN)) {
                ps.setObject(1, day);
                ps.setString(2, String.join(",", categories));
                ps.setDouble(3, coverage);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<FlaggedCell> cells = cells(c, rs.getLong(1));
                    String method = rs.getString(2);
                    PatrolPlan plan = new PatrolPlan(
                            day,
                            coverage,
                            cells,
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class),
                            rates(rs, 8, method, coverage),
                            rates(rs, 13, "naive", coverage));
                    return Optional.of(
                            new ForecastBoxes(plan, method, rs.getDouble(3), rs.getDouble(4), rs.getInt(5), cells));
                }
            }
        });
    }

    /** The choices of categories and coverage the store keeps boxes of (of any day), in a fixed order. */
    static List<NextDayBoxes.Choice> choices(Store store) {
        return store.read("read the kept forecast boxes' choices of", c -> {
            List<NextDayBoxes.Choice> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT DISTINCT categories, coverage FROM patrol_plans ORDER BY categories, coverage");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String categories = rs.getString(1);
                    out.add(new NextDayBoxes.Choice(
                            categories.isEmpty() ? List.of() : List.of(categories.split(",")), rs.getDouble(2)));
                }
            }
            return out;
        });
    }

    /** Keeps {@code boxes} (made from the incidents of {@code categories}), replacing an older plan of its day and coverage. */
    static void save(Store store, List<String> categories, ForecastBoxes boxes, Instant madeAt) {
        store.read("store the forecast boxes in", c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                insert(c, String.join(",", categories), boxes, madeAt);
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private static void insert(Connection c, String categories, ForecastBoxes boxes, Instant madeAt)
            throws SQLException {
        PatrolPlan plan = boxes.plan();
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM patrol_plans WHERE plan_day = ? AND categories = ? AND coverage = ?")) {
            ps.setObject(1, plan.day());
            ps.setString(2, categories);
            ps.setDouble(3, plan.coverage());
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO patrol_plans (made_at, plan_day, categories, coverage, method, metres, lat0, grid_cells,"
                        + " backtest_from, backtest_to, flagged, hit_rate_mean, hit_rate_pooled, pai_mean, pai_pooled,"
                        + " naive_flagged, naive_hit_mean, naive_hit_pooled, naive_pai_mean, naive_pai_pooled)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setTimestamp(1, Timestamp.from(madeAt));
            ps.setObject(2, plan.day());
            ps.setString(3, categories);
            ps.setDouble(4, plan.coverage());
            ps.setString(5, boxes.method());
            ps.setDouble(6, boxes.metres());
            ps.setDouble(7, boxes.lat0());
            ps.setInt(8, boxes.gridCells());
            ps.setObject(9, plan.backtestFrom());
            ps.setObject(10, plan.backtestTo());
            bind(ps, 11, plan.measured());
            bind(ps, 16, plan.naive());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO patrol_plan_cells (plan_id, rank, cell, lon, lat, score) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (FlaggedCell cell : plan.cells()) {
                ps.setLong(1, id);
                ps.setInt(2, cell.rank());
                ps.setLong(3, cell.cell());
                ps.setDouble(4, cell.lon());
                ps.setDouble(5, cell.lat());
                ps.setDouble(6, cell.score());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int at, HitRates r) throws SQLException {
        ps.setInt(at, r.flagged());
        ps.setDouble(at + 1, r.hitRateMean());
        ps.setDouble(at + 2, r.hitRatePooled());
        ps.setDouble(at + 3, r.paiMean());
        ps.setDouble(at + 4, r.paiPooled());
    }

    private static HitRates rates(ResultSet rs, int at, String method, double coverage) throws SQLException {
        return new HitRates(
                method,
                coverage,
                rs.getInt(at),
                rs.getDouble(at + 1),
                rs.getDouble(at + 2),
                rs.getDouble(at + 3),
                rs.getDouble(at + 4));
    }

    private static List<FlaggedCell> cells(Connection c, long plan) throws SQLException {
        List<FlaggedCell> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rank, cell, lon, lat, score FROM patrol_plan_cells WHERE plan_id = ? ORDER BY rank")) {
            ps.setLong(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FlaggedCell(
                            rs.getInt(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
                }
            }
        }
        return out;
    }
}
