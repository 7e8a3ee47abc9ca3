package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;

/** Alerts, notes, the resume point and the open incidents survive closing and reopening the store. */
class PersistenceTest {
    @TempDir
    Path tmp;

    @Test
    void aReopenedStoreResumesWhereItStoppedWithoutRaisingAnythingTwice() {
        Path dir = tmp.resolve("store");
        Stream s = new Stream();
        Event cad1 = s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8);
        long alertId;
        try (Store store = Store.open(dir);
                AlertEngine engine = Stream.engine(store, "")) {
            assertEquals(-1, engine.lastProcessedSeq());
            alertId =
                    Stream.only(Stream.feed(engine, cad1), DecisionKind.RAISED).alertId();
            Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 1, 3000, 0, 0.4, "phone-1"));
            Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 6000, 0, 0.5));
            new Alerts(store).transition(alertId, AlertState.ACKNOWLEDGED, "unit 12 on its way", "amal");
            assertEquals(3, engine.lastProcessedSeq());
        }
        try (Store store = Store.open(dir);
                AlertEngine engine = Stream.engine(store, "")) {
            assertEquals(3, engine.lastProcessedSeq(), "the resume point");
            assertTrue(engine.alreadyProcessed("cad-1"));
            assertFalse(engine.alreadyProcessed("cad-9"));
            Alert a = new Alerts(store).get(alertId).orElseThrow();
            assertEquals(AlertState.ACKNOWLEDGED, a.state());
            assertEquals(
                    List.of(new AlertNote(
                            new Alerts(store).notes(alertId).get(0).at(),
                            Alerts.osUser() + " (as amal)",
                            "unit 12 on its way")),
                    new Alerts(store).notes(alertId));
            // the feed sends cad-1 again after the restart: ignored
            assertEquals(List.of(), Stream.feed(engine, cad1));
            // a new call about the open incident updates its alert: the incident was rebuilt from the stored events
            AlertDecision d = Stream.only(
                    Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 10, 100, 0, 0.9)),
                    DecisionKind.DEDUPLICATED);
            assertEquals(alertId, d.alertId());
            assertEquals(AlertState.ACKNOWLEDGED, d.state());
            assertEquals(List.of("cad-1", "cad-2"), d.events());
            assertEquals(4, engine.lastProcessedSeq());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(
                    2, StoreQueries.number(store, "SELECT COUNT(*) FROM alerts"), "cad-1's incident and the gunshot");
            assertEquals(
                    1, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events WHERE event_id = 'cad-1'"));
            assertEquals(4, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events"));
        }
    }
}
