package org.khareetaty.core.alert;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the engine's state after a restart (or a failed write) from the store: replays, without
 * storing anything, the stored events of the last hour or so of stream time (the longest window plus
 * the allowed lateness, at most 1,000,000 events), then takes the open alerts' ids, states and linked
 * events from the store, forgets those closed meanwhile, and rewrites the rows of alerts whose last
 * update waited to be written when the process died.
 */
final class RestartReplay {
    private static final Logger LOG = LoggerFactory.getLogger(RestartReplay.class);
    private static final int MAX_ROWS = 1_000_000;
    private final Connection connection;
    private final AlertConfig config;
    private final Pipeline pipeline;
    private final AlertWriter writer;
    private final Path dir;

    RestartReplay(Connection connection, AlertConfig config, Pipeline pipeline, AlertWriter writer, Path dir) {
        this.connection = connection;
        this.config = config;
        this.pipeline = pipeline;
        this.writer = writer;
        this.dir = dir;
    }

    /** Replays the stored events into the fresh {@code state}; returns the highest sequence number stored, or -1 when none. */
    long restore(EngineState state) throws SQLException {
        long maxRow;
        long lastSeq;
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT row_id, seq FROM alert_stream_events ORDER BY row_id DESC LIMIT 1")) {
            if (!rs.next()) {
                connection.commit();
                return -1;
            }
            maxRow = rs.getLong(1);
            lastSeq = rs.getLong(2);
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM alert_stream_events " + "WHERE row_id > "
                        + Math.max(0, maxRow - 100_000))) {
            if (rs.next()) {
                lastSeq = Math.max(lastSeq, rs.getLong(1));
            }
        }
        Map<OpenAlert, AlertContent> replayed = replay(state, start(maxRow));
        state.sweep();
        resolvePending(state);
        int healed = 0;
        for (var r : replayed.entrySet()) {
            if (r.getKey().id > 0 && writer.heal(r.getKey().id, r.getValue())) {
                healed++;
            }
        }
        if (healed > 0) {
            LOG.info("{} open alert(s) in {} brought up to their last stored events", healed, dir);
        }
        connection.commit();
        return lastSeq;
    }

    /**
     * Replays the events from row {@code fromRow} on; returns each alert's content after the last
     * replayed event touching it (a row that waited to be rewritten when the process died is behind it).
     */
    private Map<OpenAlert, AlertContent> replay(EngineState state, long fromRow) throws SQLException {
        Map<OpenAlert, AlertContent> replayed = new IdentityHashMap<>();
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT event_id, seq, source, event_type, occurred_at, sent_at, "
                        + "received_at, lat, lon, confidence, reporter, unscored FROM alert_stream_events WHERE row_id >= ? "
                        + "ORDER BY row_id")) {
            ps.setLong(1, fromRow);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // without the attributes: the windows do not keep them
                    Event e = new Event(
                            rs.getString(1),
                            rs.getLong(2),
                            EventSource.fromWire(rs.getString(3)).orElseThrow(),
                            rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getDouble(8),
                            rs.getDouble(9),
                            rs.getFloat(10),
                            rs.getString(11),
                            Map.of());
                    for (Draft d : pipeline.run(
                                    e, rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(12), state)
                            .drafts()) {
                        if (d.alert != null && d.content != null) {
                            replayed.put(d.alert, d.content);
                        }
                    }
                }
            }
        }
        return replayed;
    }

    /** How far back stream time must be replayed: the longest window or dedup gap, plus the allowed lateness. */
    private Duration horizon() {
        AlertConfig.Windows w = config.windows();
        Duration h = w.sessionGap();
        for (Duration d : List.of(
                config.corroboration().window(),
                config.fusion().window(),
                w.sliding().plus(w.slide()),
                config.geofenceDedupGap(),
                config.spike().dedupGap())) {
            if (d.compareTo(h) > 0) {
                h = d;
            }
        }
        return h.plus(w.allowedLateness());
    }

    /** The first row to replay: back from the last row until events are older than the horizon. */
    private long start(long maxRow) throws SQLException {
        final int chunk = 20_000;
        long w = Long.MIN_VALUE;
        long start = maxRow;
        long horizon = horizon().toMillis();
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(occurred_at) FROM alert_stream_events "
                + "WHERE row_id > ? AND row_id <= ? AND NOT late")) {
            for (long hi = maxRow; hi > 0 && maxRow - hi < MAX_ROWS; hi -= chunk) {
                ps.setLong(1, hi - chunk);
                ps.setLong(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    OffsetDateTime t = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                    start = Math.max(1, hi - chunk + 1);
                    if (t == null) {
                        continue;
                    }
                    long ms = t.toInstant().toEpochMilli();
                    w = Math.max(w, ms);
                    if (ms < w - horizon) {
                        break;
                    }
                }
            }
        }
        return start;
    }

    /** Gives the replayed open alerts their stored ids, states and links; forgets those closed or never stored. */
    private void resolvePending(EngineState state) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                        "SELECT id, state FROM alerts WHERE dedup_key = ? ORDER BY id DESC LIMIT 1");
                PreparedStatement links =
                        connection.prepareStatement("SELECT event_id FROM alert_events WHERE alert_id = ?")) {
            for (OpenAlert a : state.openAlerts()) {
                find.setString(1, a.dedupKey);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next() && AlertState.fromWire(rs.getString(2)).open()) {
                        a.id = rs.getLong(1);
                        a.state = AlertState.fromWire(rs.getString(2));
                    } else {
                        a.id = OpenAlert.PENDING;
                    }
                }
                if (a.id > 0) {
                    links.setLong(1, a.id);
                    a.linked.clear();
                    try (ResultSet rs = links.executeQuery()) {
                        while (rs.next()) {
                            a.linked.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        state.forgetUnstored();
    }
}
