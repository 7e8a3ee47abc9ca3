package org.khareetaty.core.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.khareetaty.core.alert.audit.AuditChain;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.store.Transactions;

/**
 * The store's alerts as the analyst works them: list, read one with its events, notes and audit
 * history, move it through new, acknowledged, dispatched, closed, and add notes. Every action is
 * written to the audit log with its actor in the same transaction. Thread safe (a connection per call).
 */
public final class Alerts {
    private static final String COLUMNS =
            "id, dedup_key, alert_type, state, priority, score, term_severity, term_confidence, "
                    + "term_corroboration, term_urgency, term_sensitivity, unverified, unscored, event_type, category, zone, zones, lat, lon, "
                    + "cell, sources, event_count, reporter_count, first_event_at, last_event_at, raised_at, updated_at, "
                    + "(SELECT explanation FROM alert_explanations x WHERE x.alert_id = alerts.id)";
    private final Store store;

    public Alerts(Store store) {
        this.store = store;
    }

    /**
     * Alerts in the order of the analyst's queue: highest priority first, then by state (new before
     * acknowledged before dispatched before closed), then most recently updated first; {@code state}
     * and {@code priority} filter when not null.
     */
    public List<Alert> list(AlertState state, Priority priority, int limit) {
        return list(state, false, priority, limit);
    }

    /** As {@link #list(AlertState, Priority, int)}; {@code openOnly} leaves out closed alerts. */
    public List<Alert> list(AlertState state, boolean openOnly, Priority priority, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alerts WHERE 1 = 1");
        if (state != null) {
            sql.append(" AND state = ?");
        }
        if (openOnly) {
            sql.append(" AND state <> 'closed'");
        }
        if (priority != null) {
            sql.append(" AND priority = ?");
        }
        sql.append(" ORDER BY priority, CASE state WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1"
                + " WHEN 'dispatched' THEN 2 ELSE 3 END, updated_at DESC, id DESC LIMIT ?");
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (state != null) {
                ps.setString(i++, state.wire());
            }
            if (priority != null) {
                ps.setString(i++, priority.name());
            }
            ps.setInt(i, limit);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the alerts", e);
        }
    }

    /** The alert with {@code id}, if any. */
    public Optional<Alert> get(long id) {
        try (Connection c = store.connect()) {
            return get(c, id);
        } catch (SQLException e) {
            throw failure("read alert " + id, e);
        }
    }

    private static Optional<Alert> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The events behind alert {@code id}, in occurrence order. */
    public List<AlertEvent> events(long id) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT l.event_id, l.role, e.source, "
                        + "e.event_type, e.occurred_at, e.confidence, e.lat, e.lon, e.reporter FROM alert_events l LEFT JOIN alert_stream_events e "
                        + "ON e.event_id = l.event_id WHERE l.alert_id = ? ORDER BY e.occurred_at, l.event_id")) {
            ps.setLong(1, id);
            List<AlertEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime t = rs.getObject(5, OffsetDateTime.class);
                    out.add(new AlertEvent(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            t == null ? null : t.toInstant(),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            rs.getDouble(8),
                            rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the events of alert " + id, e);
        }
    }

    /** The notes on alert {@code id}, oldest first. */
    public List<AlertNote> notes(long id) {
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT at, actor, note FROM alert_notes WHERE alert_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            List<AlertNote> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertNote(
                            rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the notes of alert " + id, e);
        }
    }

    /** The audit history of alert {@code id}, oldest first. */
    public List<AuditEntry> history(long id) {
        return new AuditLog(store).ofAlert(id);
    }

    /**
     * Moves alert {@code id} to {@code to} (acknowledged, dispatched or closed), with an optional note,
     * recording the action in the audit log: its actor is the operating-system user, with the name
     * {@code claimed} (an analyst's {@code --actor}, or null) beside it.
     *
     * @throws IllegalArgumentException when there is no such alert or it cannot move to {@code to}
     *         (states only move forward; closed is final)
     */
    public Alert transition(long id, AlertState to, String note, String claimed) {
        String who = osUser();
        String as = claimed(claimed, who);
        try (Connection c = store.connect()) {
            analystAction(c, tx -> {
                Alert a = get(tx, id).orElseThrow(() -> missing(id));
                if (!a.state().mayMoveTo(to)) {
                    throw new IllegalArgumentException(
                            "Alert " + id + " is " + a.state().wire() + ": it cannot be moved to " + to.wire()
                                    + (a.state() == AlertState.CLOSED
                                            ? " (closed is final)"
                                            : " (states move forward: new, acknowledged, " + "dispatched, closed)"));
                }
                OffsetDateTime now =
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                try (PreparedStatement ps =
                        tx.prepareStatement("UPDATE alerts SET state = ?, updated_at = ? WHERE id = ?")) {
                    ps.setString(1, to.wire());
                    ps.setObject(2, now);
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                audit(
                        tx,
                        new AuditEntry(
                                0,
                                now.toInstant(),
                                who,
                                as,
                                action(to),
                                a.id(),
                                null,
                                a.priority().name(),
                                a.score(),
                                note));
                if (note != null && !note.isBlank()) {
                    insertNote(tx, now, id, as == null ? who : who + " (as " + as + ")", note);
                }
            });
            store.sync();
            AlertStates.of(store).changed(id, to);
            return get(c, id).orElseThrow();
        } catch (SQLException e) {
            throw failure("update alert " + id, e);
        }
    }

    /**
     * Adds an analyst's note to alert {@code id} (audit action {@code noted}), by the operating-system
     * user, with the name {@code claimed} (or null) beside it.
     */
    public void note(long id, String note, String claimed) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("The note is empty: give --note TEXT");
        }
        String who = osUser();
        String as = claimed(claimed, who);
        try (Connection c = store.connect()) {
            analystAction(c, tx -> {
                Alert a = get(tx, id).orElseThrow(() -> missing(id));
                OffsetDateTime now =
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                insertNote(tx, now, id, as == null ? who : who + " (as " + as + ")", note);
                audit(
                        tx,
                        new AuditEntry(
                                0,
                                now.toInstant(),
                                who,
                                as,
                                "noted",
                                a.id(),
                                null,
                                a.priority().name(),
                                a.score(),
                                note));
            });
            store.sync();
        } catch (SQLException e) {
            throw failure("add a note to alert " + id, e);
        }
    }

    private static String action(AlertState to) {
        return to.wire();
    }

    private static void insertNote(Connection c, OffsetDateTime now, long id, String who, String note)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO alert_notes (alert_id, at, actor, note) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setObject(2, now);
            ps.setString(3, who.length() > 200 ? who.substring(0, 200) : who);
            ps.setString(4, note.length() > 10_000 ? note.substring(0, 10_000) : note);
            ps.executeUpdate();
        }
    }

    /**
     * Runs an analyst's action in one transaction while holding the store's analyst audit lock, so
     * its audit entry links to the last one committed.
     */
    private void analystAction(Connection c, Transactions.Work work) throws SQLException {
        synchronized (store.shared(AuditChain.AnalystLock.class, AuditChain.AnalystLock::new)) {
            Transactions.inOne(c, work);
        }
    }

    /** Writes {@code e} (its reason cut to the column) at the end of the analysts' audit chain, on {@code c}. */
    private static void audit(Connection c, AuditEntry e) throws SQLException {
        String reason = e.reason() == null || e.reason().isBlank()
                ? null
                : e.reason().length() > 4000 ? e.reason().substring(0, 4000) : e.reason();
        AuditEntry entry = new AuditEntry(
                0, e.at(), e.actor(), e.claimedActor(), e.action(), e.alertId(), null, e.priority(), e.score(), reason);
        AuditChain chain = AuditChain.resume(c, AuditChain.ANALYST);
        String previous = chain.head();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_audit (at, actor, claimed_actor, action, "
                + "alert_id, event_id, priority, score, reason, chain, prev_hash, entry_hash) "
                + "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
            ps.setString(2, entry.actor());
            ps.setString(3, entry.claimedActor());
            ps.setString(4, entry.action());
            ps.setLong(5, entry.alertId());
            ps.setString(6, entry.priority());
            if (entry.score() == null) {
                ps.setNull(7, Types.DOUBLE);
            } else {
                ps.setDouble(7, entry.score());
            }
            ps.setString(8, entry.reason());
            ps.setString(9, chain.name());
            ps.setString(10, previous);
            ps.setString(11, chain.append(entry));
            ps.executeUpdate();
        }
    }

    /**
     * The operating-system user running the program: the actor of an analyst's action. On Unix the
     * name of the process's real user id, which {@code -Duser.name=...} cannot change; elsewhere the
     * JVM's {@code user.name}.
     */
    static String osUser() {
        try {
            String name = new com.sun.security.auth.module.UnixSystem().getUsername();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (RuntimeException | LinkageError e) {
            // not a Unix system: the JVM's view below
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** The name an analyst claimed with {@code --actor}, cut to the column; null when none or the user's own. */
    private static String claimed(String claimed, String user) {
        if (claimed == null || claimed.isBlank() || claimed.strip().equals(user)) {
            return null;
        }
        String s = claimed.strip();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException(
                "There is no alert " + id + " in the store; `khareetaty alerts list` shows the alerts");
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("Cannot " + what + " in the store at " + store.dir() + ": " + e.getMessage(), e);
    }

    static Alert read(ResultSet rs) throws SQLException {
        Double score = rs.getObject(6) == null ? null : rs.getDouble(6);
        ScoreTerms terms = rs.getObject(7) == null
                ? null
                : new ScoreTerms(rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11));
        return new Alert(
                rs.getLong(1),
                rs.getString(2),
                AlertType.fromWire(rs.getString(3)),
                AlertState.fromWire(rs.getString(4)),
                Priority.valueOf(rs.getString(5).trim().toUpperCase(Locale.ROOT)),
                score,
                terms,
                rs.getBoolean(12),
                rs.getBoolean(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getDouble(18),
                rs.getDouble(19),
                rs.getLong(20),
                rs.getString(21),
                rs.getInt(22),
                rs.getInt(23),
                instant(rs, 24),
                instant(rs, 25),
                instant(rs, 26),
                instant(rs, 27),
                rs.getString(28));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
