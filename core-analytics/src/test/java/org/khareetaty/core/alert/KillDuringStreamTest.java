package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;

/**
 * Processes running the engine are killed with SIGKILL at random points of a stream, one after the
 * other on the same store, each resuming after the last stored event; a last one finishes the
 * stream. After each kill, every decision a process printed is in the store (printed only once
 * stored on disk), and no alert id printed for one alert names another. At the end, against an
 * uninterrupted run of the same stream: every event stored once and printed at most once, the same
 * incidents, the same alerts (none raised twice), the same decisions.
 */
class KillDuringStreamTest {
    private static final int EVENTS = 1500;
    private static final long SEED = 7;
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    /** One event as a child printed it: its sequence number and id, and each decision as {@code kind/alertId}. */
    private record Printed(long seq, String eventId, List<String> decisions) {}

    /** What one child printed before it was killed or finished. */
    private record Child(List<Printed> printed, boolean complete) {}

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedEnginesNeverTakeBackAPrintedDecisionAndEndWithTheAlertsOfAnUninterruptedRun() throws Exception {
        long runSeed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(runSeed);
        String run = " (kill points from seed " + runSeed + ")";
        Path killed = dir.resolve("killed");
        List<Printed> printed = new ArrayList<>();
        Map<Long, String> alertTriggers = new HashMap<>();
        boolean complete = false;
        for (int k = 0; k <= KILLS && !complete; k++) {
            // the first child runs long enough to leave alert rows waiting; the last one is not killed
            int after = k == KILLS ? Integer.MAX_VALUE : (k == 0 ? 200 : 30) + random.nextInt(200);
            Child child = runChild(killed, random.nextLong(), after, random.nextInt(3_000));
            printed.addAll(child.printed());
            complete = child.complete();
            if (k == 0) {
                rowsAreBroughtUpToDateWhenAnEngineOpens(killed);
            }
            everyPrintedDecisionIsStored(killed, printed, alertTriggers, "after child " + (k + 1) + run);
        }
        assertTrue(complete, "the last child finishes the stream" + run);
        Set<String> once = new HashSet<>();
        for (Printed p : printed) {
            assertTrue(once.add(p.eventId()), p.eventId() + " was decided and printed twice" + run);
        }
        // a batch stored but not yet printed when the kill came is not printed by the next process, which resumes after
        // it
        assertTrue(once.size() > EVENTS / 2, once.size() + " events printed" + run);

        Path clean = dir.resolve("clean");
        try (Store store = Store.open(clean);
                AlertEngine engine = AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS))) {
            for (Event e : TestStream.events(SEED, EVENTS)) {
                engine.process(e, Instant.now());
            }
        }
        try (Store a = Store.open(killed);
                Store b = Store.open(clean)) {
            assertEquals(EVENTS, StoreQueries.number(a, "SELECT COUNT(*) FROM alert_stream_events"));
            assertEquals(EVENTS, StoreQueries.number(a, "SELECT COUNT(DISTINCT event_id) FROM alert_stream_events"));
            for (String sql : List.of(
                    "SELECT event_id, incident FROM alert_stream_events ORDER BY event_id",
                    "SELECT action, COUNT(*) FROM alert_audit GROUP BY action ORDER BY action")) {
                assertEquals(StoreQueries.rows(b, sql), StoreQueries.rows(a, sql), sql + run);
            }
            String alerts = "SELECT dedup_key, alert_type, priority, event_count FROM alerts ORDER BY dedup_key";
            List<List<String>> cleanAlerts = StoreQueries.rows(b, alerts);
            assertTrue(cleanAlerts.size() > 30, "the stream raises alerts: " + cleanAlerts.size());
            assertEquals(cleanAlerts, StoreQueries.rows(a, alerts), run);
        }
    }

    /** The child's alert rows waited to be rewritten: reopening brings them up to their stored events. */
    private static void rowsAreBroughtUpToDateWhenAnEngineOpens(Path killed) {
        try (Store store = Store.open(killed)) {
            long before = StoreQueries.number(store, "SELECT SUM(event_count) FROM alerts");
            try (AlertEngine engine = AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS))) {
                assertTrue(
                        StoreQueries.number(store, "SELECT SUM(event_count) FROM alerts") > before,
                        "rows brought up to date at open (" + before + " events counted before)");
            }
        }
    }

    /**
     * Every printed event is stored, each printed decision has its audit entry with the printed
     * alert id, and an alert id printed as raised names, now and forever, the alert whose trigger
     * was the event printed with it.
     */
    private static void everyPrintedDecisionIsStored(
            Path killed, List<Printed> printed, Map<Long, String> alertTriggers, String when) {
        try (Store store = Store.open(killed)) {
            Set<String> events = new HashSet<>();
            for (List<String> row : StoreQueries.rows(store, "SELECT event_id FROM alert_stream_events")) {
                events.add(row.get(0));
            }
            Set<String> audit = new HashSet<>();
            for (List<String> row : StoreQueries.rows(
                    store, "SELECT event_id, action, alert_id FROM alert_audit WHERE event_id IS NOT NULL")) {
                audit.add(row.get(0) + " " + row.get(1) + "/" + (row.get(2) == null ? "-" : row.get(2)));
            }
            Map<Long, String> triggers = new HashMap<>();
            for (List<String> row :
                    StoreQueries.rows(store, "SELECT alert_id, event_id FROM alert_events WHERE role = 'trigger'")) {
                triggers.merge(Long.parseLong(row.get(0)), row.get(1), (x, y) -> x.compareTo(y) < 0 ? x : y);
            }
            for (Printed p : printed) {
                assertTrue(events.contains(p.eventId()), "printed event " + p.eventId() + " is stored, " + when);
                for (String d : p.decisions()) {
                    assertTrue(
                            audit.contains(p.eventId() + " " + d),
                            "printed decision " + d + " about " + p.eventId() + " is stored, " + when);
                    if (d.startsWith("raised/") || d.startsWith("trend_watch/")) {
                        long id = Long.parseLong(d.substring(d.indexOf('/') + 1));
                        String was = alertTriggers.putIfAbsent(id, p.eventId());
                        assertTrue(
                                was == null || was.equals(p.eventId()),
                                "alert " + id + " was raised for " + was + " and again for " + p.eventId() + ", "
                                        + when);
                    }
                }
            }
            for (Map.Entry<Long, String> t : alertTriggers.entrySet()) {
                assertTrue(
                        triggers.containsKey(t.getKey()),
                        "alert " + t.getKey() + " raised for " + t.getValue() + " is stored, " + when);
            }
        }
    }

    /**
     * Runs the child on {@code store} until it has printed {@code killAfter} events, then waits
     * {@code delayMicros} and kills it with SIGKILL; or lets it finish the stream. Its standard
     * output goes to a file, which keeps every line it printed before it died.
     */
    private Child runChild(Path store, long batchSeed, int killAfter, int delayMicros) throws Exception {
        Path stdout = Files.createTempFile(dir, "child-stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "child-stderr", ".txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EngineUntilKilled.class.getName(),
                        store.toString(),
                        String.valueOf(SEED),
                        String.valueOf(EVENTS),
                        String.valueOf(batchSeed))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try (FileChannel out = FileChannel.open(stdout)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long lines = 0;
            while (lines < killAfter && child.isAlive()) {
                buf.clear();
                int n = out.read(buf);
                if (n <= 0) {
                    LockSupport.parkNanos(200_000);
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (buf.get(k) == '\n') {
                        lines++;
                    }
                }
            }
            LockSupport.parkNanos(delayMicros * 1_000L);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        String text = Files.readString(stdout);
        List<Printed> printed = new ArrayList<>();
        boolean complete = false;
        // whole lines only: a line cut by the kill was not printed
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (line.equals("complete")) {
                complete = true;
            } else if (!line.isEmpty()) {
                printed.add(parse(line));
            }
        }
        if (!complete && printed.size() < killAfter) {
            fail("the child stopped after " + printed.size() + " events: " + Files.readString(stderr));
        }
        return new Child(printed, complete);
    }

    private static Printed parse(String line) {
        String[] f = line.split(" ");
        return new Printed(Long.parseLong(f[0]), f[1], List.of(f).subList(2, f.length));
    }
}
