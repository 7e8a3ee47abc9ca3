package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;

/**
 * A process running the engine is killed with SIGKILL mid-stream; a new engine on the same store
 * resumes after the last stored event. Against an uninterrupted run of the same stream: every
 * event stored once, the same incidents, the same alerts (no alert raised twice), the same decisions.
 * (What the killed process had committed but H2 had not yet written to the file is lost and decided again.)
 */
class KillDuringStreamTest {
    private static final int EVENTS = 1500;
    private static final long SEED = 7;
    private static final long KILL_AFTER = 600;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledEngineResumesWithoutLosingAnEventOrRaisingAnAlertTwice() throws Exception {
        List<Event> events = TestStream.events(SEED, EVENTS);
        Path killed = dir.resolve("killed");
        long seen = runChildAndKill(killed);
        long resumedFrom;
        long countedBefore;
        try (Store store = Store.open(killed)) {
            countedBefore = StoreQueries.number(store, "SELECT SUM(event_count) FROM alerts");
        }
        try (Store store = Store.open(killed);
                AlertEngine engine = AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS))) {
            resumedFrom = engine.lastProcessedSeq();
            // the child's alert rows waited to be rewritten: reopening brings them up to their stored events
            assertTrue(
                    StoreQueries.number(store, "SELECT SUM(event_count) FROM alerts") > countedBefore,
                    "rows brought up to date at open (" + countedBefore + " events counted before)");
            // H2 writes committed transactions to the file in the background (WRITE_DELAY, 500 ms): a killed process
            // can lose
            // its last half second of decisions, which the resumed stream then decides again
            assertTrue(
                    resumedFrom > 0 && resumedFrom <= seen,
                    "stored up to " + resumedFrom + ", the child reported " + seen);
            for (Event e : events) {
                if (e.seq() > resumedFrom) {
                    engine.process(e, Instant.now());
                } else {
                    assertEquals(List.of(), engine.process(e, Instant.now()), "a repeat of " + e.id() + " is ignored");
                }
            }
        }
        Path clean = dir.resolve("clean");
        try (Store store = Store.open(clean);
                AlertEngine engine = AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS))) {
            for (Event e : events) {
                engine.process(e, Instant.now());
            }
        }
        try (Store a = Store.open(killed)) {
            assertEquals(EVENTS, StoreQueries.number(a, "SELECT COUNT(*) FROM alert_stream_events"));
            assertEquals(EVENTS, StoreQueries.number(a, "SELECT COUNT(DISTINCT event_id) FROM alert_stream_events"));
            List<List<String>> incidents =
                    StoreQueries.rows(a, "SELECT event_id, incident FROM alert_stream_events ORDER BY event_id");
            List<List<String>> alerts =
                    StoreQueries.rows(a, "SELECT dedup_key, alert_type, event_count FROM alerts ORDER BY dedup_key");
            List<List<String>> actions =
                    StoreQueries.rows(a, "SELECT action, COUNT(*) FROM alert_audit GROUP BY action ORDER BY action");
            try (Store b = Store.open(clean)) {
                assertEquals(
                        StoreQueries.rows(b, "SELECT event_id, incident FROM alert_stream_events ORDER BY event_id"),
                        incidents);
                List<List<String>> cleanAlerts = StoreQueries.rows(
                        b, "SELECT dedup_key, alert_type, event_count FROM alerts ORDER BY dedup_key");
                assertTrue(cleanAlerts.size() > 30, "the stream raises alerts: " + cleanAlerts.size());
                assertEquals(cleanAlerts, alerts);
                assertEquals(
                        StoreQueries.rows(
                                b, "SELECT action, COUNT(*) FROM alert_audit GROUP BY action ORDER BY action"),
                        actions);
            }
        }
    }

    private long runChildAndKill(Path store) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EngineUntilKilled.class.getName(),
                        store.toString(),
                        String.valueOf(SEED),
                        String.valueOf(EVENTS))
                .redirectError(stderr.toFile())
                .start();
        long seen = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("complete")) {
                    fail("the child finished before it could be killed");
                }
                seen = Long.parseLong(line.strip());
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        if (seen < KILL_AFTER) {
            fail("the child stopped after " + seen + " events: " + Files.readString(stderr));
        }
        return seen;
    }
}
