package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/** An event matching an open alert's dedup key updates that alert and its score; a closed alert is not reopened. */
class DedupTest extends EngineFixture {

    @Test
    void aSecondCallAboutTheIncidentUpdatesTheAlertAndItsScoreInsteadOfRaisingAnother() {
        AlertDecision a = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        // 0.35 x 0.8 + 0.25 x 0.80 + 0.1 = 0.58
        assertEquals(0.58, a.score(), 1e-9);
        AlertDecision b = Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 5, 50, 0, 0.90)),
                DecisionKind.DEDUPLICATED);
        assertEquals(a.alertId(), b.alertId());
        // the CAD source's best confidence is now 0.90: 0.28 + 0.225 + 0.1 = 0.605
        assertEquals(0.605, b.score(), 1e-9);
        engine.close(); // an open alert's row may wait writes.alert_row_ms for later updates; closing writes it
        assertEquals("incident:cad-1", StoreQueries.text(store, "SELECT dedup_key FROM alerts"));
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alerts"));
        assertEquals("0.605", StoreQueries.text(store, "SELECT CAST(ROUND(score, 4) AS VARCHAR) FROM alerts"));
        assertEquals(2, StoreQueries.number(store, "SELECT event_count FROM alerts"));
        assertEquals(
                1,
                StoreQueries.number(
                        store,
                        "SELECT COUNT(*) FROM alert_audit WHERE action = 'deduplicated' AND alert_id = ?",
                        a.alertId()));
    }

    @Test
    void anEventOfAnIncidentWhoseAlertWasClosedRaisesANewAlert() {
        AlertDecision a = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        new Alerts(store).transition(a.alertId(), AlertState.CLOSED, "false alarm", "amal");
        AlertDecision b = Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 5, 50, 0, 0.90)), DecisionKind.RAISED);
        assertNotEquals(a.alertId(), b.alertId());
        assertEquals("closed", StoreQueries.text(store, "SELECT state FROM alerts WHERE id = ?", a.alertId()));
        assertEquals("new", StoreQueries.text(store, "SELECT state FROM alerts WHERE id = ?", b.alertId()));
    }

    @Test
    void anAcknowledgedAlertKeepsItsStateWhenUpdated() {
        AlertDecision a = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        new Alerts(store).transition(a.alertId(), AlertState.ACKNOWLEDGED, null, "amal");
        AlertDecision b = Stream.only(
                Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 50, 0, 0.7)),
                DecisionKind.DEDUPLICATED);
        assertEquals(AlertState.ACKNOWLEDGED, b.state());
        assertEquals("acknowledged", StoreQueries.text(store, "SELECT state FROM alerts WHERE id = ?", a.alertId()));
    }
}
