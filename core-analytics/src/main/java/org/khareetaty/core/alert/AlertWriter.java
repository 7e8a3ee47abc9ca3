package org.khareetaty.core.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.alert.audit.AuditChain;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.json.JsonMapping;

/**
 * Writes processed events and their decisions on the engine's connection, one event or a batch of
 * them per transaction: the event row (idempotency and resume record), raised or updated alerts with
 * their new event links, and one audit entry per decision, linked into the engine's audit chain
 * ({@link AuditChain}) when the transaction commits. Prepared statements are kept for the engine's
 * life. Not thread safe: the engine's lock.
 */
final class AlertWriter implements AutoCloseable {
    static final String ENGINE_ACTOR = "engine";
    /** The audit action of a feed message or event that was not processed. */
    static final String SKIPPED = "skipped";

    private final Connection c;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertAlert;
    private final PreparedStatement updateAlert;
    private final PreparedStatement healAlert;
    private final PreparedStatement insertLink;
    private final PreparedStatement insertAudit;
    private final PreparedStatement writeExplanation;
    private final PreparedStatement selectProcessed;
    private final long rowEveryNanos;
    /** The engine's audit chain; its head moves with each commit and goes back with a rollback. */
    private final AuditChain chain;
    /** The audit entries of the open transaction, chained and written at its commit. */
    private final List<AuditEntry> audits = new ArrayList<>();
    /** Alerts updated in the open transaction, by id, in the order first updated. */
    private final Map<Long, Update> updates = new LinkedHashMap<>();
    /** Alerts updated by committed events but not rewritten yet, by id, in the order first left waiting. */
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();

    /** A committed update not yet written: the content to write, the explanation's if it changed, since when it waits. */
    private record Waiting(AlertContent content, AlertContent explained, long sinceNanos) {}

    /**
     * An alert's content to store and, when its explanation's shape changed in the transaction, the
     * content whose explanation to store (that of the last change, as one event at a time would have
     * stored), else null; urgent when what the analyst reads first (type, priority, unscored,
     * sources) changed, which is written with the commit.
     */
    private record Update(AlertContent content, AlertContent explained, boolean urgent) {}

    /**
     * @param rowEvery how long an alert's rewrite may wait for later updates (zero: rewritten at
     *                 every commit)
     */
    AlertWriter(Connection c, Duration rowEvery) throws SQLException {
        this.c = c;
        this.rowEveryNanos = rowEvery.toNanos();
        c.setAutoCommit(false);
        insertEvent = c.prepareStatement(
                "INSERT INTO alert_stream_events (event_id, seq, source, event_type, occurred_at, sent_at, "
                        + "received_at, lat, lon, confidence, reporter, attributes, zone, cell, incident, late, unscored) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertAlert = c.prepareStatement(
                "INSERT INTO alerts (dedup_key, alert_type, state, priority, score, term_severity, "
                        + "term_confidence, term_corroboration, term_urgency, term_sensitivity, unverified, unscored, event_type, category, "
                        + "zone, zones, lat, lon, cell, sources, event_count, reporter_count, first_event_at, last_event_at, raised_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        String update = "UPDATE alerts SET alert_type = ?, priority = ?, score = ?, term_severity = ?, "
                + "term_confidence = ?, term_corroboration = ?, term_urgency = ?, term_sensitivity = ?, unverified = ?, unscored = ?, "
                + "event_type = ?, category = ?, sources = ?, event_count = ?, reporter_count = ?, first_event_at = ?, "
                + "last_event_at = ?, updated_at = ? WHERE id = ?";
        updateAlert = c.prepareStatement(update);
        healAlert = c.prepareStatement(update + " AND last_event_at < ?");
        writeExplanation = c.prepareStatement(
                "MERGE INTO alert_explanations (alert_id, explanation) KEY (alert_id) VALUES (?, ?)");
        insertLink = c.prepareStatement("INSERT INTO alert_events (alert_id, event_id, role) VALUES (?, ?, ?)");
        insertAudit = c.prepareStatement(
                "INSERT INTO alert_audit (at, actor, claimed_actor, action, alert_id, event_id, priority, score, "
                        + "reason, chain, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        selectProcessed = c.prepareStatement("SELECT 1 FROM alert_stream_events WHERE event_id = ?");
        chain = AuditChain.resume(c, AuditChain.ENGINE);
        c.commit();
    }

    /** Whether an event with this id is stored. */
    boolean processed(String eventId) throws SQLException {
        selectProcessed.setString(1, eventId);
        try (ResultSet rs = selectProcessed.executeQuery()) {
            return rs.next();
        }
    }

    /** The stored row of one processed event. */
    record EventRow(
            Event event, Instant receivedAt, String zone, long cell, String incident, boolean late, boolean unscored) {}

    /**
     * Writes the event and its drafts into the open transaction (raised alerts get their ids, the
     * alerts' linked events are noted) and returns the decisions in draft order; {@link #commit}
     * ends the transaction, which may hold several events (group commit). An alert updated by
     * several events of one transaction is rewritten once, with the last content. On failure the
     * transaction is rolled back, the exception thrown, and the caller must rebuild what it noted.
     */
    List<AlertDecision> stage(EventRow row, List<Draft> drafts) throws SQLException {
        List<AlertDecision> out = new ArrayList<>(drafts.size());
        OffsetDateTime now = now();
        try {
            insertEvent(row);
            for (Draft d : drafts) {
                if (d.alert != null
                        && d.content != null
                        && (d.kind == DecisionKind.RAISED
                                || d.kind == DecisionKind.TREND_WATCH
                                || d.kind == DecisionKind.DEDUPLICATED)) {
                    String shape = shape(d.content);
                    if (d.newAlert) {
                        d.alert.id = insertAlert(d.alert.dedupKey, d.content, now);
                    } else {
                        Update u = updates.get(d.alert.id);
                        AlertContent explained =
                                !shape.equals(d.alert.explained) ? d.content : u != null ? u.explained() : null;
                        boolean urgent = !urgent(d.content).equals(d.alert.urgent) || u != null && u.urgent();
                        updates.put(d.alert.id, new Update(d.content, explained, urgent));
                    }
                    d.alert.explained = shape;
                    d.alert.urgent = urgent(d.content);
                    for (var link : d.links.entrySet()) {
                        insertLink.setLong(1, d.alert.id);
                        insertLink.setString(2, link.getKey());
                        insertLink.setString(3, link.getValue());
                        insertLink.addBatch();
                    }
                    d.alert.linked.addAll(d.links.keySet());
                }
                audit(now, d);
                out.add(decision(d));
            }
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
        return out;
    }

    /**
     * Rewrites the alerts that are due, runs {@code beforeCommit} and commits; rolls back on failure.
     * An alert whose type, priority, unscored flag or sources changed is rewritten at once; one whose
     * score, counts or explanation's details (gate figures, lead event) alone moved waits until it
     * has waited the writer's interval, taking later updates meanwhile: its events, links and audit
     * entries are stored with every commit, its row at most that often ({@link #flushWaiting} writes
     * the rest).
     */
    void commit(Runnable beforeCommit) throws SQLException {
        commit(beforeCommit, false);
    }

    private void commit(Runnable beforeCommit, boolean all) throws SQLException {
        long nanos = System.nanoTime();
        Set<Long> written = new HashSet<>();
        try {
            OffsetDateTime now = now();
            for (var u : updates.entrySet()) {
                Waiting w = waiting.get(u.getKey());
                AlertContent explained =
                        u.getValue().explained() != null ? u.getValue().explained() : w == null ? null : w.explained();
                if (all
                        || rowEveryNanos == 0
                        || u.getValue().urgent()
                        || w != null && nanos - w.sinceNanos() >= rowEveryNanos) {
                    updateAlert(u.getKey(), u.getValue().content(), now, explained);
                    written.add(u.getKey());
                }
            }
            for (var w : waiting.entrySet()) {
                if (!all && nanos - w.getValue().sinceNanos() < rowEveryNanos) {
                    break;
                }
                if (!updates.containsKey(w.getKey())) {
                    updateAlert(
                            w.getKey(),
                            w.getValue().content(),
                            now,
                            w.getValue().explained());
                    written.add(w.getKey());
                }
            }
            insertLink.executeBatch();
            String committed = chain.head();
            try {
                writeAudits();
                beforeCommit.run();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                chain.reset(committed);
                throw e;
            }
            audits.clear();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
        for (Long id : written) {
            waiting.remove(id);
        }
        for (var u : updates.entrySet()) {
            if (!written.contains(u.getKey())) {
                Waiting w = waiting.get(u.getKey());
                AlertContent explained =
                        u.getValue().explained() != null ? u.getValue().explained() : w == null ? null : w.explained();
                waiting.put(
                        u.getKey(), new Waiting(u.getValue().content(), explained, w == null ? nanos : w.sinceNanos()));
            }
        }
        updates.clear();
    }

    /** Writes and commits the audit entry of a skipped message or event ({@code skipped}, with why). */
    void skipped(String eventId, String why) throws SQLException {
        audits.add(new AuditEntry(
                0,
                now().toInstant(),
                ENGINE_ACTOR,
                null,
                SKIPPED,
                null,
                eventId,
                null,
                null,
                why == null ? null : why.length() > 4000 ? why.substring(0, 3997) + "..." : why));
        commit(() -> {});
    }

    /** Whether some alert waits longer than the interval to be rewritten. */
    boolean waitingDue() {
        return !waiting.isEmpty()
                && System.nanoTime() - waiting.values().iterator().next().sinceNanos() >= rowEveryNanos;
    }

    /** Rewrites the waiting alerts that are due ({@code all}: every one) and commits. */
    void flushWaiting(boolean all) throws SQLException {
        commit(() -> {}, all);
    }

    /** Rolls the open transaction back with what this writer noted of it. */
    void rollback() throws SQLException {
        updates.clear();
        audits.clear();
        insertLink.clearBatch();
        insertAudit.clearBatch();
        c.rollback();
    }

    /** Now, to the store's microseconds: the time an audit entry's hash covers is the time stored. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private void insertEvent(EventRow r) throws SQLException {
        Event e = r.event();
        insertEvent.setString(1, e.id());
        insertEvent.setLong(2, e.seq());
        insertEvent.setString(3, e.source().wire());
        insertEvent.setString(4, e.type());
        insertEvent.setObject(5, utc(e.occurredAt()));
        insertEvent.setObject(6, utc(e.sentAt()));
        insertEvent.setObject(7, utc(r.receivedAt()));
        insertEvent.setDouble(8, e.lat());
        insertEvent.setDouble(9, e.lon());
        insertEvent.setFloat(10, (float) e.confidence());
        insertEvent.setString(11, e.reporter());
        insertEvent.setString(12, e.attributes().isEmpty() ? null : json(e.attributes()));
        insertEvent.setString(13, r.zone());
        insertEvent.setLong(14, r.cell());
        insertEvent.setString(15, r.incident());
        insertEvent.setBoolean(16, r.late());
        insertEvent.setBoolean(17, r.unscored());
        insertEvent.executeUpdate();
    }

    private long insertAlert(String dedupKey, AlertContent a, OffsetDateTime now) throws SQLException {
        PreparedStatement p = insertAlert;
        p.setString(1, dedupKey);
        p.setString(2, a.type().wire());
        p.setString(3, AlertState.NEW.wire());
        p.setString(4, a.priority().name());
        setTerms(p, 5, a.score(), a.terms());
        p.setBoolean(11, a.unverified());
        p.setBoolean(12, a.unscored());
        p.setString(13, a.eventType());
        p.setString(14, a.category());
        p.setString(15, a.zone());
        p.setString(16, json(a.zones()));
        p.setDouble(17, a.lat());
        p.setDouble(18, a.lon());
        p.setLong(19, a.cell());
        p.setString(20, a.sources());
        p.setInt(21, a.eventCount());
        p.setInt(22, a.reporterCount());
        p.setObject(23, utc(a.firstAt()));
        p.setObject(24, utc(a.lastAt()));
        p.setObject(25, now);
        p.setObject(26, now);
        p.executeUpdate();
        long id;
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        explain(id, a);
        return id;
    }

    private void explain(long id, AlertContent a) throws SQLException {
        writeExplanation.setLong(1, id);
        writeExplanation.setString(2, json(a.explanation().document()));
        writeExplanation.executeUpdate();
    }

    /**
     * What the explanation says that matters to the analyst: type, gate, sources, priority, lead.
     * An update that leaves it as it was keeps the stored explanation and writes only the terms and
     * counts (rewriting a few kilobytes of JSON per event was a fifth of the engine's time).
     */
    private static String shape(AlertContent a) {
        return a.type() + "|" + a.priority() + "|" + a.unscored() + "|" + a.sources() + "|"
                + a.explanation().shape();
    }

    /** What the analyst reads first in the queue: an update that changes it is written with its event. */
    private static String urgent(AlertContent a) {
        return a.type() + "|" + a.priority() + "|" + a.unscored() + "|" + a.sources();
    }

    private void updateAlert(long id, AlertContent a, OffsetDateTime now, AlertContent explained) throws SQLException {
        setUpdate(updateAlert, id, a, now).executeUpdate();
        if (explained != null) {
            explain(id, explained);
        }
    }

    /**
     * Rewrites alert {@code id} with {@code a} if its stored last event is older than {@code a}'s (an
     * update that waited was lost with the process); true if it did. In the open transaction.
     */
    boolean heal(long id, AlertContent a) throws SQLException {
        PreparedStatement p = setUpdate(healAlert, id, a, now());
        p.setObject(20, utc(a.lastAt()));
        if (p.executeUpdate() == 0) {
            return false;
        }
        explain(id, a);
        return true;
    }

    private static PreparedStatement setUpdate(PreparedStatement p, long id, AlertContent a, OffsetDateTime now)
            throws SQLException {
        p.setString(1, a.type().wire());
        p.setString(2, a.priority().name());
        setTerms(p, 3, a.score(), a.terms());
        p.setBoolean(9, a.unverified());
        p.setBoolean(10, a.unscored());
        p.setString(11, a.eventType());
        p.setString(12, a.category());
        p.setString(13, a.sources());
        p.setInt(14, a.eventCount());
        p.setInt(15, a.reporterCount());
        p.setObject(16, utc(a.firstAt()));
        p.setObject(17, utc(a.lastAt()));
        p.setObject(18, now);
        p.setLong(19, id);
        return p;
    }

    private static void setTerms(PreparedStatement p, int at, Double score, ScoreTerms t) throws SQLException {
        if (score == null) {
            p.setNull(at, Types.DOUBLE);
        } else {
            p.setDouble(at, score);
        }
        double[] v = t == null
                ? null
                : new double[] {t.severity(), t.confidence(), t.corroboration(), t.urgency(), t.sensitivity()};
        for (int i = 0; i < 5; i++) {
            if (v == null) {
                p.setNull(at + 1 + i, Types.DOUBLE);
            } else {
                p.setDouble(at + 1 + i, v[i]);
            }
        }
    }

    private void audit(OffsetDateTime now, Draft d) {
        String reason = d.reason;
        audits.add(new AuditEntry(
                0,
                now.toInstant(),
                ENGINE_ACTOR,
                null,
                d.kind.wire(),
                d.alert != null && d.alert.id > 0 ? d.alert.id : null,
                d.event.id(),
                d.content == null ? null : d.content.priority().name(),
                d.content == null ? null : d.content.score(),
                reason == null ? null : reason.length() > 4000 ? reason.substring(0, 3997) + "..." : reason));
    }

    /** Links the transaction's audit entries into the chain and writes them. */
    private void writeAudits() throws SQLException {
        for (AuditEntry e : audits) {
            String previous = chain.head();
            insertAudit.setObject(1, utc(e.at()));
            insertAudit.setString(2, e.actor());
            insertAudit.setNull(3, Types.VARCHAR);
            insertAudit.setString(4, e.action());
            if (e.alertId() == null) {
                insertAudit.setNull(5, Types.BIGINT);
            } else {
                insertAudit.setLong(5, e.alertId());
            }
            insertAudit.setString(6, e.eventId());
            insertAudit.setString(7, e.priority());
            if (e.score() == null) {
                insertAudit.setNull(8, Types.DOUBLE);
            } else {
                insertAudit.setDouble(8, e.score());
            }
            insertAudit.setString(9, e.reason());
            insertAudit.setString(10, chain.name());
            insertAudit.setString(11, previous);
            insertAudit.setString(12, chain.append(e));
            insertAudit.addBatch();
        }
        insertAudit.executeBatch();
    }

    private static AlertDecision decision(Draft d) {
        AlertContent a = d.content;
        boolean withAlert = d.alert != null && d.alert.id > 0;
        List<String> events = withAlert && a != null ? List.copyOf(d.alert.linked) : d.assessed;
        return new AlertDecision(
                d.kind,
                d.event.id(),
                withAlert ? d.alert.id : null,
                a == null ? null : a.type(),
                a == null ? null : a.priority(),
                a == null ? null : a.score(),
                a == null ? null : a.terms(),
                events,
                a != null ? a.zone() : d.event.zone(),
                withAlert ? d.state : null,
                a != null && a.unverified(),
                a != null && a.unscored(),
                d.reason);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static String json(Object o) {
        try {
            return JsonMapping.compact().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : List.of(
                insertEvent,
                insertAlert,
                updateAlert,
                healAlert,
                writeExplanation,
                insertLink,
                insertAudit,
                selectProcessed)) {
            p.close();
        }
    }
}
