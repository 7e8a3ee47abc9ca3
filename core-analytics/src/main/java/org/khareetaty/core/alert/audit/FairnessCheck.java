package org.khareetaty.core.alert.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The fairness check (the original design's bias gate): compares each zone's share of the alerts
 * raised with its share of the store's incidents over the same period. A zone whose alert share is
 * more than {@code fairness.ratio} (default 2) times its incident share, with at least
 * {@code fairness.min_alerts} (default 10) alerts, is disproportionate: the live sources alert there
 * far more than the recorded crime would explain (a sensor array, a heavily watched area, a
 * reporting bias), which the analyst should know before acting on its alerts.
 *
 * <p>Zones are those of the primary boundary layer; the period is the span of occurrence times of
 * the alerts considered (every type but trend watch), narrowed to {@code [since, until)} when given.
 */
public final class FairnessCheck {
    private final Store store;
    private final AlertConfig.Fairness config;

    public FairnessCheck(Store store, AlertConfig.Fairness config) {
        this.store = store;
        this.config = config;
    }

    /** Runs the check over alerts whose first event is in {@code [since, until)} (null: unbounded). */
    public FairnessReport run(Instant since, Instant until) {
        try (Connection c = store.connect()) {
            return run(c, since, until);
        } catch (SQLException e) {
            throw new StoreException("Cannot run the fairness check on " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    private FairnessReport run(Connection c, Instant since, Instant until) throws SQLException {
        String layer = null;
        String column = null;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT layer, zone_column FROM boundary_layers WHERE is_primary")) {
            if (rs.next()) {
                layer = rs.getString(1);
                column = rs.getString(2);
            }
        }
        Map<String, Long> alerts = new HashMap<>();
        Instant from = null;
        Instant to = null;
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT zone, COUNT(*), MIN(first_event_at), MAX(last_event_at) FROM alerts "
                        + "WHERE alert_type <> 'trend_watch' AND first_event_at >= ? AND first_event_at < ? GROUP BY zone")) {
            ps.setObject(1, utc(since == null ? Instant.EPOCH : since));
            ps.setObject(2, utc(until == null ? Instant.parse("9999-01-01T00:00:00Z") : until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    alerts.put(rs.getString(1), rs.getLong(2));
                    total += rs.getLong(2);
                    Instant f = rs.getObject(3, OffsetDateTime.class).toInstant();
                    Instant t = rs.getObject(4, OffsetDateTime.class).toInstant();
                    from = from == null || f.isBefore(from) ? f : from;
                    to = to == null || t.isAfter(to) ? t : to;
                }
            }
        }
        if (layer == null) {
            return new FairnessReport(
                    null,
                    from,
                    to,
                    total,
                    0,
                    config.ratio(),
                    config.minAlerts(),
                    List.of(),
                    "the store has no boundary layer: load one with `khareetaty boundaries load` to compare zones");
        }
        if (total == 0) {
            return new FairnessReport(
                    layer, null, null, 0, 0, config.ratio(), config.minAlerts(), List.of(), "no alerts in the period");
        }
        Map<String, Long> incidents = new HashMap<>();
        long incidentTotal = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column
                + ", COUNT(*) FROM incidents WHERE occurred_at >= ? " + "AND occurred_at <= ? GROUP BY " + column)) {
            ps.setObject(1, utc(from));
            ps.setObject(2, utc(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    incidents.put(rs.getString(1), rs.getLong(2));
                    incidentTotal += rs.getLong(2);
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM boundaries WHERE layer = ?")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
        }
        if (incidentTotal == 0) {
            return new FairnessReport(
                    layer,
                    from,
                    to,
                    total,
                    0,
                    config.ratio(),
                    config.minAlerts(),
                    List.of(),
                    "the store has no incidents between " + from + " and " + to
                            + ": import the period's records to compare");
        }
        TreeSet<String> zones = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        zones.addAll(alerts.keySet());
        zones.addAll(incidents.keySet());
        List<ZoneShare> out = new ArrayList<>();
        for (String z : zones) {
            long a = alerts.getOrDefault(z, 0L);
            long i = incidents.getOrDefault(z, 0L);
            double as = (double) a / total;
            double is = (double) i / incidentTotal;
            double ratio = is == 0 ? (a == 0 ? 0 : Double.POSITIVE_INFINITY) : as / is;
            // alerts outside every zone are listed, but only a zone can be disproportionate
            out.add(new ZoneShare(
                    z,
                    z == null ? null : names.get(z),
                    a,
                    as,
                    i,
                    is,
                    ratio,
                    z != null && a >= config.minAlerts() && ratio > config.ratio()));
        }
        out.sort(Comparator.comparing((ZoneShare z) -> z.zone() == null)
                .thenComparing(Comparator.comparingDouble(ZoneShare::ratio).reversed())
                .thenComparing(ZoneShare::zone, Comparator.nullsLast(Comparator.naturalOrder())));
        return new FairnessReport(layer, from, to, total, incidentTotal, config.ratio(), config.minAlerts(), out, null);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(Objects.requireNonNull(t), ZoneOffset.UTC);
    }
}
