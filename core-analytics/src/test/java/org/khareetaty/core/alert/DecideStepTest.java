package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.event.EventSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The decide step on events, without a store: raise, deduplicate, suppress, late, and a geofence's dedup gap. */
class DecideStepTest {
    @TempDir
    static Path tmp;

    static AlertConfig config;
    final Stream s = new Stream();

    @BeforeAll
    static void readConfig() throws IOException {
        Files.writeString(tmp.resolve(AlertConfig.FILE_NAME), Stream.TEST_BUDGETS);
        config = AlertConfig.forStore(tmp);
    }

    @Test
    void aSecondCallAboutTheIncidentUpdatesItsOpenAlertInsteadOfRaisingAnother() {
        Decisions d = new Decisions(config, List.of());
        Draft raised = Decisions.only(
                d.decide(s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        assertEquals("incident:cad-1", raised.alert.dedupKey);
        // 0.35 x 0.8 + 0.25 x 0.80 + 0.1 (urgency 1) = 0.58
        assertEquals(0.58, raised.content.score(), 1e-9);
        assertEquals(Map.of("cad-1", "trigger"), raised.links);
        Draft updated = Decisions.only(
                d.decide(s.event("cad-2", EventSource.CAD, "robbery", 5, 50, 0, 0.90)), DecisionKind.DEDUPLICATED);
        assertSame(raised.alert, updated.alert);
        // the CAD source's best confidence is now 0.90: 0.28 + 0.225 + 0.1 = 0.605
        assertEquals(0.605, updated.content.score(), 1e-9);
        assertEquals("updates open alert incident:cad-1 (anomaly: cad 0.90 >= 0.70)", updated.reason);
        assertEquals(Map.of("cad-2", "member"), updated.links);
    }

    @Test
    void anEventOfAnIncidentWhoseAlertTheAnalystClosedRaisesANewAlert() {
        Decisions d = new Decisions(config, List.of());
        Draft first = Decisions.only(
                d.decide(s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        d.states.changed(first.alert.id, AlertState.CLOSED);
        Draft second = Decisions.only(
                d.decide(s.event("cad-2", EventSource.CAD, "robbery", 5, 50, 0, 0.90)), DecisionKind.RAISED);
        assertNotSame(first.alert, second.alert);
        assertEquals("incident:cad-1", second.alert.dedupKey);
    }

    @Test
    void anAcknowledgedAlertIsUpdatedInItsState() {
        Decisions d = new Decisions(config, List.of());
        Draft first = Decisions.only(
                d.decide(s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        d.states.changed(first.alert.id, AlertState.ACKNOWLEDGED);
        Draft update = Decisions.only(
                d.decide(s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 50, 0, 0.7)),
                DecisionKind.DEDUPLICATED);
        assertEquals(AlertState.ACKNOWLEDGED, update.state);
    }

    @Test
    void aLowConfidenceReportIsSuppressedWithTheGateItFailed() {
        Decisions d = new Decisions(config, List.of());
        Draft suppressed = Decisions.only(
                d.decide(s.event("cad-1", EventSource.CAD, "theft", 0, 0, 0, 0.30)), DecisionKind.SUPPRESSED);
        assertNull(suppressed.alert);
        assertEquals(List.of("cad-1"), suppressed.assessed);
        assertEquals("anomaly: best source cad 0.30 below 0.70", suppressed.reason);
    }

    @Test
    void anEventBeyondTheAllowedLatenessIsLoggedLateAndAssessedAlone() {
        Decisions d = new Decisions(config, List.of());
        d.decide(s.event("cad-1", EventSource.CAD, "robbery", 10, 0, 0, 0.80));
        List<Draft> ds = d.decide(s.event("cad-2", EventSource.CAD, "robbery", 4, 3000, 0, 0.80));
        assertEquals(DecisionKind.LATE, ds.get(0).kind);
        assertEquals(
                "occurred 6m00s before stream time (allowed lateness 5m00s): not placed in windows, assessed alone",
                ds.get(0).reason);
        assertEquals("event:cad-2", Decisions.only(ds, DecisionKind.RAISED).alert.dedupKey);
    }

    @Test
    void aGeofenceAlertIsUpdatedWithinItsDedupGapAndRaisedAgainAfterIt() {
        GeometryFactory gf = new GeometryFactory();
        double w = Stream.lon(0, -3500);
        double e = Stream.lon(0, -2500);
        double south = Stream.lat(-500);
        double north = Stream.lat(500);
        Geofence square = new Geofence(
                "west-square",
                GeofenceRule.parse("any"),
                gf.createPolygon(new Coordinate[] {
                    new Coordinate(w, south),
                    new Coordinate(e, south),
                    new Coordinate(e, north),
                    new Coordinate(w, north),
                    new Coordinate(w, south)
                }),
                "test");
        Decisions d = new Decisions(config, List.of(square));
        Draft g = fence(d.decide(s.event("cad-1", EventSource.CAD, "theft", 0, 0, -3000, 0.30)));
        assertEquals(DecisionKind.RAISED, g.kind);
        assertEquals("geofence:west-square:cad-1", g.alert.dedupKey);
        assertEquals("geofence west-square (any): 1 event inside, always alerts", g.reason);
        Draft again = fence(d.decide(s.event("cad-2", EventSource.CAD, "theft", 10, 100, -3100, 0.9)));
        assertEquals(DecisionKind.DEDUPLICATED, again.kind);
        assertSame(g.alert, again.alert);
        assertEquals(Map.of("cad-2", "trigger"), again.links);
        // 31 minutes after the last event inside, beyond the 30-minute dedup gap
        Draft later = fence(d.decide(s.event("cad-3", EventSource.CAD, "theft", 41, 0, -3000, 0.9)));
        assertEquals(DecisionKind.RAISED, later.kind);
        assertEquals("geofence:west-square:cad-3", later.alert.dedupKey);
    }

    private static Draft fence(List<Draft> ds) {
        List<Draft> of = ds.stream()
                .filter(x -> x.alert != null && x.alert.type == AlertType.GEOFENCE)
                .toList();
        assertEquals(
                1,
                of.size(),
                ds.stream().map(x -> x.kind + ": " + x.reason).toList().toString());
        return of.get(0);
    }
}
