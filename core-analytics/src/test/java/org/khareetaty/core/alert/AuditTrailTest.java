package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.event.EventSource;

/** Every kind of decision and every analyst action lands in the audit log with its time, actor and reason. */
class AuditTrailTest extends StoreFixture {

    @Test
    void theLogHoldsEveryDecisionKindAndAnalystActionWithActorAndReason() throws Exception {
        Stream s = new Stream();
        new Geofences(store)
                .add("west-square", SensitiveSitesTest.resource("test-geofence.geojson"), GeofenceRule.parse("any"));
        long alertId;
        try (AlertEngine engine = Stream.engine(store, SpikePredictionTest.CONFIG)) {
            // first the trend watch of SpikePredictionTest, 5 km south
            for (var e : SpikePredictionTest.scenario(s, "m-", -5000).subList(0, 13)) {
                Stream.feed(engine, e);
            }
            alertId = Stream.only(
                            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 190, 0, 0, 0.8)),
                            DecisionKind.RAISED)
                    .alertId();
            Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 191, 50, 0, 0.8));
            Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 192, 2000, 0, 0.4, "p1"));
            Stream.feed(engine, s.event("cr-2", EventSource.CITIZEN_REPORT, "theft", 193, 2010, 0, 0.4, "p2"));
            Stream.feed(engine, s.event("cad-3", EventSource.CAD, "theft", 194, 0, -3000, 0.3));
            Stream.feed(engine, s.event("cad-4", EventSource.CAD, "theft", 210, 4000, 0, 0.9));
            Stream.feed(engine, s.event("cad-late", EventSource.CAD, "theft", 200, 4000, 4000, 0.3));
        }
        Alerts alerts = new Alerts(store);
        alerts.transition(alertId, AlertState.ACKNOWLEDGED, null, "amal");
        alerts.note(alertId, "caller says two men, one armed", "amal");
        alerts.transition(alertId, AlertState.DISPATCHED, "unit 12", "amal");
        alerts.transition(alertId, AlertState.CLOSED, "arrest made", "noor");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> alerts.transition(alertId, AlertState.ACKNOWLEDGED, null, "amal"));
        assertEquals(
                "Alert " + alertId + " is closed: it cannot be moved to acknowledged (closed is final)",
                e.getMessage());

        AuditLog log = new AuditLog(store);
        Map<String, Long> counts = log.countsByAction(null);
        for (String action : List.of(
                "raised",
                "deduplicated",
                "suppressed",
                "fused",
                "late",
                "trend_watch",
                "acknowledged",
                "noted",
                "dispatched",
                "closed")) {
            assertTrue(counts.getOrDefault(action, 0L) > 0, action + " in " + counts);
        }
        List<AuditEntry> history = alerts.history(alertId);
        assertEquals(
                List.of("raised", "deduplicated", "acknowledged", "noted", "dispatched", "closed"),
                history.stream().map(AuditEntry::action).toList());
        // the actor is the operating-system user; the name given with --actor is kept beside it
        String user = System.getProperty("user.name");
        assertEquals(
                List.of("engine", "engine", user, user, user, user),
                history.stream().map(AuditEntry::actor).toList());
        assertEquals(
                java.util.Arrays.asList(null, null, "amal", "amal", "amal", "noor"),
                history.stream().map(AuditEntry::claimedActor).toList());
        assertEquals("arrest made", history.get(5).reason());
        assertEquals("cad-1", history.get(0).eventId());
        AuditEntry late = log.list(null, "late", 5).get(0);
        assertEquals("cad-late", late.eventId());
        assertTrue(late.reason().startsWith("occurred 10m00s before stream time"), late.reason());
        AuditEntry suppressed = log.list(null, "suppressed", 100).stream()
                .filter(x -> x.eventId().equals("cr-1"))
                .findFirst()
                .orElseThrow();
        assertEquals("anomaly: best source citizen_report 0.40 below 0.70", suppressed.reason());
        assertTrue(log.suppressionsByGate(null).containsKey("anomaly"));
        for (AuditEntry x : log.list(null, null, 1000)) {
            assertTrue(x.at() != null && x.actor() != null && x.action() != null, x.toString());
        }
    }
}
