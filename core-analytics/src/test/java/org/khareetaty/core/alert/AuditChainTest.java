package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.audit.AuditChain;
import org.khareetaty.core.alert.audit.AuditVerification;
import org.khareetaty.core.alert.audit.AuditVerification.AuditVerdict;
import org.khareetaty.core.alert.audit.AuditVerification.Problem;
import org.khareetaty.core.event.EventSource;

/**
 * The audit log is tamper-evident: an entry edited, inserted or deleted behind the program's back
 * (here: SQL on the store, as an SQL console would) is found by {@link AuditVerification}, and a
 * log written by two engine runs and the analysts is intact.
 */
class AuditChainTest extends StoreFixture {
    private long alertId;

    /** A log of two engine runs (the chain resumed across them) and four analyst actions. */
    @BeforeEach
    void writeLog() {
        Stream.reset(store);
        Stream s = new Stream();
        try (AlertEngine engine = Stream.engine(store, "")) {
            alertId = Stream.only(
                            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)),
                            DecisionKind.RAISED)
                    .alertId();
            Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 1, 50, 0, 0.8));
            Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 2, 2000, 0, 0.4, "p1"));
        }
        Alerts alerts = new Alerts(store);
        alerts.transition(alertId, AlertState.ACKNOWLEDGED, null, "amal");
        try (AlertEngine engine = Stream.engine(store, "")) {
            Stream.feed(engine, s.event("cad-3", EventSource.CAD, "robbery", 3, 60, 0, 0.8));
            Stream.feed(engine, s.event("cad-4", EventSource.CAD, "theft", 4, 4000, 0, 0.9));
        }
        alerts.note(alertId, "caller says\ntwo men", null);
        alerts.transition(alertId, AlertState.DISPATCHED, "unit 12", "amal");
        alerts.transition(alertId, AlertState.CLOSED, "arrest made", "noor");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = store.connect();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static long id(String where) throws SQLException {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT id FROM alert_audit WHERE " + where + " ORDER BY id LIMIT 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void findsOnly(List<Long> ids, String words) {
        AuditVerdict v = AuditVerification.verify(store);
        assertEquals(
                ids,
                v.problems().stream().map(Problem::id).toList(),
                v.problems().toString());
        assertTrue(
                v.problems().stream().allMatch(p -> p.what().contains(words)),
                v.problems().toString());
        assertEquals(ids.size(), v.problemCount());
    }

    @Test
    void aLogWrittenByTwoEngineRunsAndTheAnalystsIsIntact() {
        AuditVerdict v = AuditVerification.verify(store);
        assertTrue(v.intact(), v.problems().toString());
        assertEquals(v.entries(), v.counts().get(AuditChain.ENGINE) + v.counts().get(AuditChain.ANALYST));
        assertEquals(4, v.counts().get(AuditChain.ANALYST));
        assertTrue(v.counts().get(AuditChain.ENGINE) >= 5, v.counts().toString());
        assertEquals(0, v.unchained());
    }

    @Test
    void anEditedReasonIsFound() throws SQLException {
        long closed = id("action = 'closed'");
        sql("UPDATE alert_audit SET reason = 'no arrest' WHERE id = " + closed);
        findsOnly(List.of(closed), "was edited");
    }

    @Test
    void anEditedActorOrPriorityIsFound() throws SQLException {
        long raised = id("action = 'raised'");
        long ack = id("action = 'acknowledged'");
        sql("UPDATE alert_audit SET priority = 'PX' WHERE id = " + raised);
        sql("UPDATE alert_audit SET actor = 'someone' WHERE id = " + ack);
        findsOnly(List.of(raised, ack), "was edited");
    }

    @Test
    void aDeletedEntryIsFoundAtTheEntryThatFollowedIt() throws SQLException {
        long dispatched = id("action = 'dispatched'");
        long closed = id("action = 'closed'");
        sql("DELETE FROM alert_audit WHERE id = " + dispatched);
        findsOnly(List.of(closed), "entries were deleted or inserted");
    }

    @Test
    void anInsertedEntryIsFoundWithOrWithoutAForgedChainRecord() throws SQLException {
        sql("INSERT INTO alert_audit (at, actor, action, alert_id) VALUES (CURRENT_TIMESTAMP, 'x', 'closed', " + alertId
                + ")");
        long bare = id("actor = 'x'");
        // a copy of a real entry, linked where it was: the entry after the original no longer follows
        sql("INSERT INTO alert_audit (at, actor, claimed_actor, action, alert_id, event_id, priority, score, reason, "
                + "chain, prev_hash, entry_hash) SELECT at, actor, claimed_actor, action, alert_id, event_id, priority, "
                + "score, 'forged', chain, prev_hash, entry_hash FROM alert_audit WHERE action = 'noted'");
        long forged = id("reason = 'forged'");
        AuditVerdict v = AuditVerification.verify(store);
        List<Long> ids = v.problems().stream().map(Problem::id).toList();
        assertEquals(List.of(bare, forged, forged), ids, v.problems().toString());
        assertTrue(
                v.problems().get(0).what().contains("carries no hash"),
                v.problems().toString());
        assertTrue(
                v.problems().get(1).what().contains("deleted or inserted"),
                v.problems().toString());
        assertTrue(
                v.problems().get(2).what().contains("was edited"), v.problems().toString());
    }

    @Test
    void reorderedEntriesAreFound() throws SQLException {
        long ack = id("action = 'acknowledged'");
        long noted = id("action = 'noted'");
        sql("UPDATE alert_audit SET id = -1 WHERE id = " + ack);
        sql("UPDATE alert_audit SET id = " + ack + " WHERE id = " + noted);
        sql("UPDATE alert_audit SET id = " + noted + " WHERE id = -1");
        AuditVerdict v = AuditVerification.verify(store);
        assertTrue(
                v.problems().stream().map(Problem::id).toList().containsAll(List.of(ack, noted)),
                v.problems().toString());
    }
}
