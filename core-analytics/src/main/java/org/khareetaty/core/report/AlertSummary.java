package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * The live alerts of a report's scope and period (its query class): the alerts raised in the period
 * (their {@code raised_at}, the wall clock when the engine raised them, in the days of the incidents'
 * time zone) at a place in scope, by priority and by state, and how long the
 * analysts took from the raise to the first action (acknowledge, dispatch or close), to dispatch and
 * to close, from the alerts' audit trail.
 *
 * @param raised      alerts raised in the period in scope
 * @param byPriority  by priority, P0 .. P3
 * @param byState     by state now: new, acknowledged, dispatched, closed
 * @param firstAction raise to the first analyst action
 * @param dispatch    raise to dispatch
 * @param close       raise to close
 * @param zone        the time zone the period's days are taken in
 */
public record AlertSummary(
        long raised,
        Map<String, Long> byPriority,
        Map<String, Long> byState,
        Durations firstAction,
        Durations dispatch,
        Durations close,
        ZoneId zone) {

    /**
     * How long a step took, over the alerts that reached it.
     *
     * @param n      the alerts that reached it
     * @param median their median, or null when none did
     * @param p90    their 90th percentile (nearest rank), or null when none did
     */
    public record Durations(int n, Duration median, Duration p90) {
        static Durations of(List<Duration> taken) {
            if (taken.isEmpty()) {
                return new Durations(0, null, null);
            }
            List<Duration> sorted = new ArrayList<>(taken);
            sorted.sort(null);
            return new Durations(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
        }

        private static Duration rank(List<Duration> sorted, double q) {
            return sorted.get((int) Math.max(0, Math.ceil(q * sorted.size()) - 1));
        }
    }

    /** Reads the alerts of {@code r}'s scope and period on {@code c}. */
    static AlertSummary read(Connection c, KpiRequest r) throws SQLException {
        ZoneId zone = zone(c);
        StringBuilder sql = new StringBuilder("SELECT a.priority, a.state, a.raised_at, "
                + first("'acknowledged', 'dispatched', 'closed'") + ", " + first("'dispatched'") + ", "
                + first("'closed'")
                + " FROM alerts a WHERE a.raised_at >= ? AND a.raised_at < ?");
        List<Object> parameters = new ArrayList<>(List.of(
                r.period().from().atStartOfDay(zone).toOffsetDateTime(),
                r.period().to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        String point = "ST_SetSRID(ST_MakePoint(a.lon, a.lat), 4326)";
        ReportScope scope = r.scope();
        if (scope instanceof ReportScope.Zone z) {
            sql.append(
                            " AND EXISTS (SELECT 1 FROM boundaries s WHERE s.layer = ? AND s.code = ? AND ST_Covers(s.geom, ")
                    .append(point)
                    .append("))");
            parameters.addAll(List.of(z.layer(), z.code()));
        } else if (!(scope instanceof ReportScope.WholeArea)) {
            Geometry shape =
                    scope instanceof ReportScope.Cell cell ? cell.shape() : ((ReportScope.Polygon) scope).shape();
            sql.append(" AND ST_Covers(CAST(? AS GEOMETRY), ").append(point).append(")");
            parameters.add(shape);
        }
        if (!r.categories().isEmpty()) {
            sql.append(" AND a.category IN (")
                    .append("?,".repeat(r.categories().size() - 1))
                    .append("?)");
            parameters.addAll(r.categories());
        }
        Map<String, Long> byPriority = new TreeMap<>();
        Map<String, Long> byState = new TreeMap<>();
        List<List<Duration>> taken = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long raised = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raised++;
                    byPriority.merge(rs.getString(1).trim(), 1L, Long::sum);
                    byState.merge(rs.getString(2).trim(), 1L, Long::sum);
                    OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                    for (int k = 0; k < 3; k++) {
                        OffsetDateTime step = rs.getObject(4 + k, OffsetDateTime.class);
                        if (step != null) {
                            taken.get(k).add(Duration.between(at, step));
                        }
                    }
                }
            }
        }
        return new AlertSummary(
                raised,
                byPriority,
                byState,
                Durations.of(taken.get(0)),
                Durations.of(taken.get(1)),
                Durations.of(taken.get(2)),
                zone);
    }

    /** The time of an alert's first audit entry with one of {@code actions}. */
    private static String first(String actions) {
        return "(SELECT MIN(u.at) FROM alert_audit u WHERE u.alert_id = a.id AND u.action IN (" + actions + "))";
    }

    /** The time zone of the store's incidents (the first one's), UTC when it holds none. */
    static ZoneId zone(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_zone FROM incidents LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? ZoneId.of(rs.getString(1)) : ZoneId.of("UTC");
        }
    }
}
