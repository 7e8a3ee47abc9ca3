package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/** Citizen reports within 50 m and 5 minutes are one incident report: majority, then confidence, settles its type. */
class CitizenFusionTest extends EngineFixture {

    @Test
    void reportsFromSeveralPhonesFuseIntoOneIncidentClassifiedByMajority() {
        AlertDecision raised = Stream.only(
                Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "assault", 0, 0, 0, 0.75, "phone-1")),
                DecisionKind.RAISED);
        List<AlertDecision> second =
                Stream.feed(engine, s.event("cr-2", EventSource.CITIZEN_REPORT, "assault", 2, 30, 0, 0.60, "phone-2"));
        AlertDecision fused = Stream.only(second, DecisionKind.FUSED);
        assertEquals(raised.alertId(), fused.alertId());
        assertEquals(
                raised.alertId(), Stream.only(second, DecisionKind.DEDUPLICATED).alertId());
        // a conflicting classification, more confident: the majority (assault 2, fight 1) still wins
        List<AlertDecision> third =
                Stream.feed(engine, s.event("cr-3", EventSource.CITIZEN_REPORT, "fight", 4, 0, 20, 0.90, "phone-3"));
        assertEquals(
                "fused into citizen-report group cr-1: 3 reports from 3 reporters, classified assault "
                        + "(votes {assault=2, fight=1}, confidence 0.75)",
                Stream.only(third, DecisionKind.FUSED).reason());
        assertEquals(
                List.of("cr-1", "cr-2", "cr-3"),
                Stream.only(third, DecisionKind.FUSED).events());
        AlertDecision update = Stream.only(third, DecisionKind.DEDUPLICATED);
        // one source, so no corroboration; the group's confidence is its best assault report's, 0.75
        assertEquals(0.75, update.terms().confidence(), 1e-9);
        assertEquals(0, update.terms().corroboration());
        assertEquals(0.5, update.terms().severity(), 1e-9, "assault");
        engine.close(); // an open alert's row may wait writes.alert_row_ms for later updates; closing writes it
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alerts"));
        assertEquals(3, StoreQueries.number(store, "SELECT reporter_count FROM alerts WHERE id = ?", raised.alertId()));
        assertEquals(
                "assault", StoreQueries.text(store, "SELECT event_type FROM alerts WHERE id = ?", raised.alertId()));
        assertEquals(
                List.of(List.of("cr-1", "trigger"), List.of("cr-2", "fused"), List.of("cr-3", "fused")),
                StoreQueries.rows(
                        store,
                        "SELECT event_id, role FROM alert_events WHERE alert_id = ? ORDER BY event_id",
                        raised.alertId()));
    }

    @Test
    void aTieBetweenClassificationsGoesToTheMostConfidentReport() {
        Stream.only(
                Stream.feed(engine, s.event("cr-a", EventSource.CITIZEN_REPORT, "assault", 0, 0, 0, 0.60, "phone-a")),
                DecisionKind.SUPPRESSED);
        List<AlertDecision> ds =
                Stream.feed(engine, s.event("cr-b", EventSource.CITIZEN_REPORT, "fight", 1, 10, 10, 0.80, "phone-b"));
        assertTrue(Stream.only(ds, DecisionKind.FUSED)
                .reason()
                .contains("classified fight (votes {assault=1, fight=1}, confidence 0.80)"));
        AlertDecision raised = Stream.only(ds, DecisionKind.RAISED);
        assertEquals(
                AlertType.ANOMALY, raised.type(), "the group at 0.80 passes the anomaly gate the first report failed");
        assertEquals(0.6, raised.terms().severity(), 1e-9, "fight");
        assertEquals("fight", StoreQueries.text(store, "SELECT event_type FROM alerts WHERE id = ?", raised.alertId()));
    }

    @Test
    void oneReporterCountsOnceAndReportsBeyondFiftyMetresOrFiveMinutesAreNotFused() {
        Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "assault", 0, 0, 0, 0.80, "phone-1"));
        AlertDecision again = Stream.only(
                Stream.feed(engine, s.event("cr-2", EventSource.CITIZEN_REPORT, "assault", 1, 5, 0, 0.80, "phone-1")),
                DecisionKind.FUSED);
        assertTrue(again.reason().contains("2 reports from 1 reporters"), again.reason());
        List<AlertDecision> far =
                Stream.feed(engine, s.event("cr-3", EventSource.CITIZEN_REPORT, "assault", 2, 60, 0, 0.80, "phone-3"));
        assertTrue(
                far.stream().noneMatch(d -> d.kind() == DecisionKind.FUSED),
                "60 m from the group's first report: " + far);
        List<AlertDecision> later =
                Stream.feed(engine, s.event("cr-4", EventSource.CITIZEN_REPORT, "assault", 7.5, 0, 0, 0.80, "phone-4"));
        assertTrue(
                later.stream().noneMatch(d -> d.kind() == DecisionKind.FUSED),
                "6.5 minutes after the group's latest report: " + later);
        // all four are one incident (within 500 m, no 30-minute gap): one alert, two report groups of one source
        engine.close(); // an open alert's row may wait writes.alert_row_ms for later updates; closing writes it
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alerts"));
        assertEquals(3, StoreQueries.number(store, "SELECT reporter_count FROM alerts"));
    }

    @Test
    void fusedReportsAreOneSourceForCorroboration() {
        Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "robbery", 0, 0, 0, 0.70, "phone-1"));
        Stream.feed(engine, s.event("cr-2", EventSource.CITIZEN_REPORT, "robbery", 1, 10, 0, 0.70, "phone-2"));
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 3, 100, 0, 0.80)),
                DecisionKind.DEDUPLICATED);
        assertEquals(AlertType.CORRELATED, d.type());
        assertEquals(0.15, d.terms().corroboration(), 1e-12, "two sources: the phones and the CAD call");
        assertNotEquals(0.40, d.terms().corroboration());
    }
}
