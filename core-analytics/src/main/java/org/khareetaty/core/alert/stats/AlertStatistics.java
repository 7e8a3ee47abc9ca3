package org.khareetaty.core.alert.stats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * What the alert engine has done in a store ({@code khareetaty alerts stats}): the events processed,
 * per-stage latency percentiles since the last reset, decisions and analyst actions by kind, alerts by
 * state and by priority, and the events of the last 24 hours of stream time by source.
 *
 * @param stream           the events processed
 * @param latency          per stage, percentiles over every engine run since the last reset
 * @param decisions        audit entries by action (raised, suppressed, acknowledged, ...)
 * @param alertsByState    alerts by state (new, acknowledged, dispatched, closed)
 * @param alertsByPriority alerts by priority (P0 .. P3)
 * @param lastDayBySource  events by source in the 24 hours of stream time up to the latest event
 */
public record AlertStatistics(
        ProcessedEvents stream,
        Map<Stage, StageLatencies.Percentiles> latency,
        Map<String, Long> decisions,
        Map<String, Long> alertsByState,
        Map<String, Long> alertsByPriority,
        Map<String, Long> lastDayBySource) {

    /**
     * The events the engine processed.
     *
     * @param events        how many
     * @param lastSeq       the feed sequence number of the last, or null when none
     * @param firstOccurred when the earliest occurred, or null
     * @param lastOccurred  when the latest occurred, or null
     */
    public record ProcessedEvents(long events, Long lastSeq, Instant firstOccurred, Instant lastOccurred) {}

    /**
     * Reads the statistics of {@code store}.
     *
     * @throws StoreException when the store cannot be read
     */
    public static AlertStatistics of(Store store) {
        try (Connection c = store.connect()) {
            Map<Stage, StageLatencies.Percentiles> latency = StageLatencies.stored(c);
            Map<String, Long> decisions = new AuditLog(store).countsByAction(null);
            return new AlertStatistics(
                    processed(c),
                    latency,
                    decisions,
                    group(c, "SELECT state, COUNT(*) FROM alerts GROUP BY state ORDER BY 1"),
                    group(c, "SELECT priority, COUNT(*) FROM alerts GROUP BY priority ORDER BY 1"),
                    group(
                            c,
                            "SELECT source, COUNT(*) FROM alert_stream_events WHERE occurred_at >= "
                                    + "(SELECT MAX(occurred_at) FROM alert_stream_events) - INTERVAL '24' HOUR GROUP BY source ORDER BY 1"));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the alert statistics: " + e.getMessage(), e);
        }
    }

    /**
     * Clears the stored latency histograms of {@code store}.
     *
     * @throws StoreException when the store cannot be written
     */
    public static void resetLatencies(Store store) {
        try (Connection c = store.connect()) {
            StageLatencies.reset(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot clear the latency histograms: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> group(Connection c, String sql) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1).trim(), rs.getLong(2));
            }
        }
        return m;
    }

    private static ProcessedEvents processed(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq), MIN(occurred_at), "
                        + "MAX(occurred_at) FROM alert_stream_events")) {
            rs.next();
            OffsetDateTime a = rs.getObject(3, OffsetDateTime.class);
            OffsetDateTime b = rs.getObject(4, OffsetDateTime.class);
            return new ProcessedEvents(
                    rs.getLong(1),
                    rs.getObject(2) == null ? null : rs.getLong(2),
                    a == null ? null : a.toInstant(),
                    b == null ? null : b.toInstant());
        }
    }
}
