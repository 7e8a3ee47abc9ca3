package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.testing.StoreQueries;

/**
 * {@link AlertEngine#processAll}: events stored in batches (one transaction each) give the same
 * decisions and the same stored alerts, links, audit and events as the same events processed one at
 * a time; a batch that fails leaves nothing behind.
 */
class GroupCommitTest {
    @TempDir
    Path tmp;

    /** What a run stored, row by row, without the wall-clock times of writing. */
    private static List<List<String>> stored(Store store) {
        List<List<String>> all = new ArrayList<>();
        all.addAll(StoreQueries.rows(
                store,
                "SELECT id, dedup_key, alert_type, state, priority, score, term_severity, term_confidence, "
                        + "term_corroboration, term_urgency, term_sensitivity, unverified, unscored, sources, event_count, reporter_count, "
                        + "first_event_at, last_event_at FROM alerts ORDER BY id"));
        all.addAll(StoreQueries.rows(store, "SELECT alert_id, explanation FROM alert_explanations ORDER BY alert_id"));
        all.addAll(StoreQueries.rows(
                store, "SELECT alert_id, event_id, role FROM alert_events ORDER BY alert_id, event_id"));
        all.addAll(StoreQueries.rows(
                store,
                "SELECT actor, action, alert_id, event_id, priority, score, reason FROM alert_audit ORDER BY id"));
        all.addAll(StoreQueries.rows(
                store,
                "SELECT event_id, seq, zone, cell, incident, late, unscored FROM alert_stream_events ORDER BY row_id"));
        return all;
    }

    /** Row by row, so that a difference names its row. */
    private static void assertSameRows(List<List<String>> expected, List<List<String>> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
        assertEquals(expected.size(), actual.size(), "rows");
    }

    private static Received received(Event e) {
        return new Received(e, e.occurredAt().plus(Duration.ofSeconds(2)));
    }

    @Test
    void batchesStoreWhatOneAtATimeStores() {
        List<Event> events = TestStream.events(11, 800);
        List<AlertDecision> single = new ArrayList<>();
        List<List<String>> singleRows;
        try (Store store = Store.open(tmp.resolve("single"));
                AlertEngine engine = Stream.engine(store, "")) {
            for (Event e : events) {
                single.addAll(Stream.feed(engine, e));
            }
            engine.close();
            singleRows = stored(store);
        }
        List<AlertDecision> batched = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(3);
        int batches = 0;
        try (Store store = Store.open(tmp.resolve("batched"));
                AlertEngine engine = Stream.engine(store, "")) {
            for (int i = 0; i < events.size(); ) {
                int n = Math.min(events.size() - i, r.nextInt(1, 41));
                List<Received> batch = events.subList(i, i + n).stream()
                        .map(GroupCommitTest::received)
                        .toList();
                engine.processAll(batch).forEach(batched::addAll);
                i += n;
                batches++;
            }
            assertEquals(events.get(events.size() - 1).seq(), engine.lastProcessedSeq());
            engine.close();
            assertSameRows(singleRows, stored(store));
        }
        assertTrue(batches < events.size() / 10, batches + " batches");
        assertTrue(
                single.stream().anyMatch(d -> d.kind() == DecisionKind.DEDUPLICATED)
                        && single.stream().anyMatch(d -> d.kind() == DecisionKind.RAISED),
                "the stream raises and updates alerts");
        assertEquals(single, batched);
    }

    @Test
    void aBatchThatFailsLeavesNothingAndItsEventsThenGoThroughOneByOne() {
        List<Event> events = TestStream.events(5, 60);
        // every alert row written at each commit, so that the rows read before and after the failed batch are
        // comparable
        try (Store store = Store.open(tmp.resolve("store"));
                AlertEngine engine = Stream.engine(store, "[writes]\nalert_row_ms = 0.0\n")) {
            engine.processAll(events.subList(0, 40).stream()
                    .map(GroupCommitTest::received)
                    .toList());
            List<List<String>> before = stored(store);
            Event known = events.get(10);
            // an event the store holds, sent again under a new sequence number, in the middle of a batch
            Event again = new Event(
                    known.id(),
                    1_000,
                    known.source(),
                    known.type(),
                    known.occurredAt(),
                    known.sentAt(),
                    known.lat(),
                    known.lon(),
                    known.confidence(),
                    known.reporter(),
                    known.attributes());
            List<Received> batch = new ArrayList<>();
            events.subList(40, 50).forEach(e -> batch.add(received(e)));
            batch.add(received(again));
            events.subList(50, 60).forEach(e -> batch.add(received(e)));
            StoreException x = assertThrows(StoreException.class, () -> engine.processAll(batch));
            assertTrue(x.getMessage().contains("Cannot store event " + known.id()), x.getMessage());
            assertEquals(before, stored(store), "nothing of the failed batch is stored");
            assertEquals(events.get(39).seq(), engine.lastProcessedSeq());
            for (Received e : batch) {
                List<AlertDecision> ds = engine.process(e.event(), e.receivedAt());
                assertEquals(
                        e.event() == again,
                        ds.isEmpty(),
                        "decisions for " + e.event().id() + ": " + ds);
            }
            assertEquals(60, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events"));
        }
    }
}
