package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertText.local;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts stats}: per-stage latencies, decisions and alert counts. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Per-stage latency p50/p95/p99 over every engine run since the last reset, decisions by kind, alerts by state and priority.")
final class Stats implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--reset", description = "Clear the stored latency histograms.")
    boolean reset;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Store s = store.open(); Connection c = s.connect()) {
            if (reset) {
                StageLatencies.reset(c);
                System.out.println("latency histograms cleared");
                return 0;
            }
            Map<Stage, StageLatencies.Percentiles> lat = StageLatencies.stored(c);
            Map<String, Long> decisions = new AuditLog(s).countsByAction(null);
            Map<String, Long> byState = group(c, "SELECT state, COUNT(*) FROM alerts GROUP BY state ORDER BY 1");
            Map<String, Long> byPriority = group(c, "SELECT priority, COUNT(*) FROM alerts GROUP BY priority ORDER BY 1");
            Map<String, Long> bySource = group(c, "SELECT source, COUNT(*) FROM alert_stream_events WHERE occurred_at >= "
                    + "(SELECT MAX(occurred_at) FROM alert_stream_events) - INTERVAL '24' HOUR GROUP BY source ORDER BY 1");
            Object[] stream = stream(c);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                Map<String, Object> st = new LinkedHashMap<>();
                lat.forEach((k, v) -> st.put(k.wire(), Map.of("count", v.count(), "p50_ms", nan(v.p50()), "p95_ms", nan(v.p95()),
                        "p99_ms", nan(v.p99()))));
                m.put("events", stream[0]);
                m.put("last_seq", stream[1]);
                m.put("first_occurred_at", stream[2]);
                m.put("last_occurred_at", stream[3]);
                m.put("latency", st);
                m.put("decisions", decisions);
                m.put("alerts_by_state", byState);
                m.put("alerts_by_priority", byPriority);
                m.put("last_24h_by_source", bySource);
                System.out.println(Json.of(m));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%,d events processed, last seq %s, occurred %s .. %s%n", (Long) stream[0],
                    stream[1] == null ? "-" : stream[1], stream[2] == null ? "-" : local(Instant.parse((String) stream[2])),
                    stream[3] == null ? "-" : local(Instant.parse((String) stream[3])));
            System.out.printf(Locale.ROOT, "%n  %-20s %10s %9s %9s %9s%n", "stage", "events", "p50 ms", "p95 ms", "p99 ms");
            for (Stage st : Stage.values()) {
                StageLatencies.Percentiles p = lat.get(st);
                System.out.printf(Locale.ROOT, "  %-20s %,10d %9s %9s %9s%n", st.wire(), p.count(), ms(p.p50()), ms(p.p95()), ms(p.p99()));
            }
            System.out.println("\ndecisions and actions: " + decisions);
            System.out.println("alerts by state: " + byState);
            System.out.println("alerts by priority: " + byPriority);
            System.out.println("events in the last 24 h of stream time, by source: " + bySource);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the alert statistics: " + e.getMessage(), e);
        }
        return 0;
    }

    private static Object nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Map<String, Long> group(Connection c, String sql) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1).trim(), rs.getLong(2));
            }
        }
        return m;
    }

    private static Object[] stream(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq), MIN(occurred_at), "
                + "MAX(occurred_at) FROM alert_stream_events")) {
            rs.next();
            OffsetDateTime a = rs.getObject(3, OffsetDateTime.class);
            OffsetDateTime b = rs.getObject(4, OffsetDateTime.class);
            return new Object[] {rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
                    a == null ? null : a.toInstant().toString(), b == null ? null : b.toInstant().toString()};
        }
    }
}
