package org.khareetaty.core.alert.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per-stage latency histograms: recorded in memory by the engine and added to the store's
 * {@code alert_latency} table (stage, bucket, count) when flushed, so {@code khareetaty alerts stats}
 * shows p50/p95/p99 over every run since the last reset. Thread safe: the engine's thread records
 * the stages, its durability thread received-to-decided.
 */
public final class StageLatencies {
    private final Map<Stage, LatencyHistogram> run = new EnumMap<>(Stage.class);
    private final Map<Stage, LatencyHistogram> unflushed = new EnumMap<>(Stage.class);

    /** Percentiles of one stage, in milliseconds. */
    public record Percentiles(Stage stage, long count, double p50, double p95, double p99) {}

    public StageLatencies() {
        for (Stage s : Stage.values()) {
            run.put(s, new LatencyHistogram());
            unflushed.put(s, new LatencyHistogram());
        }
    }

    /** Records one duration of {@code stage}. */
    public synchronized void record(Stage stage, long nanos) {
        run.get(stage).record(nanos);
        unflushed.get(stage).record(nanos);
    }

    /** This run's percentiles of {@code stage}. */
    public synchronized Percentiles percentiles(Stage stage) {
        return of(stage, run.get(stage));
    }

    static Percentiles of(Stage stage, LatencyHistogram h) {
        return new Percentiles(
                stage, h.total(), h.quantileMillis(0.50), h.quantileMillis(0.95), h.quantileMillis(0.99));
    }

    /** Adds the unflushed counts to the store on {@code c} (in the caller's transaction). */
    public synchronized void flush(Connection c) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("MERGE INTO alert_latency t USING (VALUES (CAST(? AS VARCHAR(24)), "
                        + "CAST(? AS INT), CAST(? AS BIGINT))) s(stage, bucket, n) ON t.stage = s.stage AND t.bucket = s.bucket "
                        + "WHEN MATCHED THEN UPDATE SET count = t.count + s.n WHEN NOT MATCHED THEN INSERT (stage, bucket, count) "
                        + "VALUES (s.stage, s.bucket, s.n)")) {
            boolean any = false;
            for (Map.Entry<Stage, LatencyHistogram> e : unflushed.entrySet()) {
                LatencyHistogram h = e.getValue();
                for (int b = 0; b < LatencyHistogram.BUCKETS; b++) {
                    if (h.count(b) > 0) {
                        ps.setString(1, e.getKey().wire());
                        ps.setInt(2, b);
                        ps.setLong(3, h.count(b));
                        ps.addBatch();
                        any = true;
                    }
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
        unflushed.values().forEach(LatencyHistogram::clear);
    }

    /** Percentiles of every stage over everything the store has recorded since the last reset. */
    public static Map<Stage, Percentiles> stored(Connection c) throws SQLException {
        Map<Stage, LatencyHistogram> hs = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            hs.put(s, new LatencyHistogram());
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT stage, bucket, count FROM alert_latency")) {
            while (rs.next()) {
                for (Stage st : Stage.values()) {
                    if (st.wire().equals(rs.getString(1))) {
                        hs.get(st).add(rs.getInt(2), rs.getLong(3));
                    }
                }
            }
        }
        Map<Stage, Percentiles> out = new EnumMap<>(Stage.class);
        hs.forEach((k, v) -> out.put(k, of(k, v)));
        return out;
    }

    /** Clears the stored histograms. */
    public static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM alert_latency");
        }
    }
}
