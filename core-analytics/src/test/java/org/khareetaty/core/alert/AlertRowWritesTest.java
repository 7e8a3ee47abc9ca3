package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/**
 * An open alert's row ({@code writes.alert_row_ms}): an update that changes the explanation's shape
 * (here: a second source) is written with its event; one that only moves the score and counts waits
 * for later ones, and is written when it has waited the interval (by the engine's own timer when
 * no event comes) or when the engine closes. Its event, link and audit entry are stored at once.
 */
class AlertRowWritesTest extends EngineFixture {
    private static final String ROW =
            "SELECT alert_type, priority, score, sources, event_count, reporter_count, first_event_at, "
                    + "last_event_at FROM alerts WHERE id = ?";

    private long eventCount(long alertId) {
        return StoreQueries.number(store, "SELECT event_count FROM alerts WHERE id = ?", alertId);
    }

    private long links(long alertId) {
        return StoreQueries.number(store, "SELECT COUNT(*) FROM alert_events WHERE alert_id = ?", alertId);
    }

    @Test
    void aChangeOfShapeIsWrittenAtOnceAndCountsAloneWaitForTheClose() {
        engine.close();
        engine = Stream.engine(store, "[writes]\nalert_row_ms = 60000.0\n");
        Stream s = new Stream();
        long id = Stream.only(
                        Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)),
                        DecisionKind.RAISED)
                .alertId();
        assertEquals(1, eventCount(id));
        Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 1, 50, 0, 0.8)),
                DecisionKind.DEDUPLICATED);
        assertEquals(1, eventCount(id), "the same shape: the row waits");
        assertEquals(2, links(id), "the event's link is stored at once");
        assertEquals(
                1,
                StoreQueries.number(
                        store,
                        "SELECT COUNT(*) FROM alert_audit WHERE event_id = 'cad-2' AND action = 'deduplicated'"));
        Stream.only(
                Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 0, 50, 0.9)),
                DecisionKind.DEDUPLICATED);
        long withGunshot = eventCount(id);
        assertTrue(withGunshot > 2, "a second source changes the shape: written with the event");
        assertEquals("cad,sensor.gunshot", StoreQueries.text(store, "SELECT sources FROM alerts WHERE id = ?", id));
        Stream.only(
                Stream.feed(engine, s.event("cad-3", EventSource.CAD, "robbery", 3, 0, 0, 0.8)),
                DecisionKind.DEDUPLICATED);
        assertEquals(withGunshot, eventCount(id));
        engine.close();
        List<List<String>> afterClose = StoreQueries.rows(store, ROW, id);

        // the same events with every row written at once
        Stream.reset(store);
        engine = Stream.engine(store, "[writes]\nalert_row_ms = 0.0\n");
        Stream again = new Stream();
        long id2 = Stream.only(
                        Stream.feed(engine, again.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)),
                        DecisionKind.RAISED)
                .alertId();
        Stream.feed(engine, again.event("cad-2", EventSource.CAD, "robbery", 1, 50, 0, 0.8));
        assertEquals(2, eventCount(id2), "written at once");
        Stream.feed(engine, again.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 0, 50, 0.9));
        Stream.feed(engine, again.event("cad-3", EventSource.CAD, "robbery", 3, 0, 0, 0.8));
        assertTrue(eventCount(id2) > withGunshot);
        assertEquals(StoreQueries.rows(store, ROW, id2), afterClose, "closing wrote what waited");
    }

    @Test
    void aWaitingRowIsWrittenByTheTimerWhenNoEventComes() throws InterruptedException {
        engine.close();
        engine = Stream.engine(store, "[writes]\nalert_row_ms = 200.0\n");
        long id = Stream.only(
                        Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)),
                        DecisionKind.RAISED)
                .alertId();
        Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 1, 50, 0, 0.8)),
                DecisionKind.DEDUPLICATED);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (eventCount(id) != 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(2, eventCount(id), "written by the timer within 10 s, the engine still open");
    }
}
