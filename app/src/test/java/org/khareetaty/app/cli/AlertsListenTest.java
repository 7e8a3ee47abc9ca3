package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.ReplayFile;

/**
 * {@code khareetaty alerts listen}: a real feed server on 127.0.0.1 replays a generated stream to the
 * headless client, which runs every event through the alert engine of a store and prints each
 * decision as a JSON line.
 */
class AlertsListenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path incidents;
    static Path stream;
    static int lines;

    @BeforeAll
    static void streamFromADemoStore() throws Exception {
        incidents = SmallKuwaitStore.build(dir, 11);
        stream = dir.resolve("week.jsonl");
        Cli.Run r = Cli.run("feed", "generate", "--store", incidents.toString(), "--out", stream.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        lines = Files.readAllLines(stream).size();
        assertTrue(lines > 500, lines + " events");
    }

    private static FeedServer serve(int port) throws Exception {
        FeedServerConfig config = FeedServerConfig.defaults()
                .withPort(port)
                .withToken("s3cret")
                .withSpeed(0)
                .withRetime(false)
                .withWaitForSubscribers(1);
        return FeedServer.start(config, ReplayFile.open(stream));
    }

    @Test
    void aListenerStoppedMidStreamAndAFeedRestartedLoseNoEventAndRaiseNoAlertTwice() throws Exception {
        Path store = patientEngine(dir.resolve("interrupted"));
        List<JsonNode> decisions = new ArrayList<>();
        int port;
        try (FeedServer feed = serve(0)) {
            port = feed.port();
            Cli.Run first = Cli.run(
                    "alerts",
                    "listen",
                    feed.url().toString(),
                    "--store",
                    store.toString(),
                    "--token",
                    "s3cret",
                    "--since",
                    "all",
                    "--max-events",
                    Integer.toString(lines / 3),
                    "--json");
            assertEquals(0, first.exit(), first.err());
            decisions.addAll(jsonLines(first.out()));
        }
        assertEquals(
                lines / 3,
                count(store, "SELECT COUNT(*) FROM alert_stream_events"),
                "--max-events N processes exactly N, however the events were batched");
        try (FeedServer again = serve(port)) {
            Cli.Run second = Cli.run(
                    "alerts",
                    "listen",
                    again.url().toString(),
                    "--store",
                    store.toString(),
                    "--token",
                    "s3cret",
                    "--idle-exit",
                    "3",
                    "--json");
            assertEquals(0, second.exit(), second.err());
            decisions.addAll(jsonLines(second.out()));
        }
        assertEquals(
                lines,
                count(store, "SELECT COUNT(DISTINCT event_id) FROM alert_stream_events"),
                "every event of the file processed once");
        assertEquals(lines, count(store, "SELECT COUNT(*) FROM alert_stream_events"));
        Set<Long> raised = new HashSet<>();
        for (JsonNode d : decisions) {
            if (d.get("decision").asText().equals("raised")) {
                assertTrue(raised.add(d.get("id").asLong()), "alert " + d.get("id") + " raised twice");
            }
        }
        assertEquals(
                raised.size(),
                count(store, "SELECT COUNT(*) FROM alerts"),
                "a printed decision for every alert stored");
        assertTrue(raised.size() > 10, raised.size() + " alerts");

        Path whole = patientEngine(dir.resolve("uninterrupted"));
        try (FeedServer feed = serve(0)) {
            Cli.Run once = Cli.run(
                    "alerts",
                    "listen",
                    feed.url().toString(),
                    "--store",
                    whole.toString(),
                    "--token",
                    "s3cret",
                    "--since",
                    "all",
                    "--idle-exit",
                    "3",
                    "--json");
            assertEquals(0, once.exit(), once.err());
        }
        assertEquals(
                count(whole, "SELECT COUNT(*) FROM alerts"),
                raised.size(),
                "the same alerts as an uninterrupted run: "
                        + text(
                                whole,
                                "SELECT LISTAGG(alert_type || ':' || unscored || ':' || n, ', ') FROM (SELECT alert_type, unscored, COUNT(*) n FROM alerts GROUP BY alert_type, unscored) t")
                        + " against "
                        + text(
                                store,
                                "SELECT LISTAGG(alert_type || ':' || unscored || ':' || n, ', ') FROM (SELECT alert_type, unscored, COUNT(*) n FROM alerts GROUP BY alert_type, unscored) t")
                        + "; unscored events " + count(whole, "SELECT COUNT(*) FROM alert_stream_events WHERE unscored")
                        + " against " + count(store, "SELECT COUNT(*) FROM alert_stream_events WHERE unscored"));
    }

    @Test
    void aWrongTokenIsRefusedWithAClearMessage() throws Exception {
        try (FeedServer feed = serve(0)) {
            Cli.Run r = Cli.run(
                    "alerts",
                    "listen",
                    feed.url().toString(),
                    "--store",
                    dir.resolve("refused").toString(),
                    "--token",
                    "guess",
                    "--json");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("401"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aRejectedMessageIsRecordedInTheAuditWithItsReasonAndPrintedEscaped() throws Exception {
        Path store = patientEngine(dir.resolve("rejections"));
        Path five = Files.write(
                dir.resolve("five.jsonl"), Files.readAllLines(stream).subList(0, 5));
        org.khareetaty.core.event.EventCodec codec = org.khareetaty.core.event.EventCodec.standard();
        org.khareetaty.core.event.Event first = ((org.khareetaty.core.event.EventFrame)
                        codec.decode(Files.readAllLines(stream).get(0)))
                .event();
        try (FeedServer feed = FeedServer.start(
                FeedServerConfig.defaults().withSpeed(0).withRetime(false).withWaitForSubscribers(1),
                ReplayFile.open(five))) {
            java.util.concurrent.CompletableFuture<Cli.Run> listening =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> Cli.run(
                            "alerts",
                            "listen",
                            feed.url().toString(),
                            "--store",
                            store.toString(),
                            "--since",
                            "all",
                            "--idle-exit",
                            "3"));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (feed.subscribers() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String zero = codec.encode(new org.khareetaty.core.event.Event(
                    "zero\u001b[2J",
                    first.seq() + 100,
                    first.source(),
                    first.type(),
                    first.occurredAt(),
                    first.sentAt(),
                    0,
                    0,
                    first.confidence(),
                    first.reporter(),
                    first.attributes()));
            feed.broadcastRaw(zero);
            Cli.Run r = listening.get(90, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("rejected NULL_ISLAND: event zero\\x1b[2J: lat 0, lon 0 is no place"), r.err());
            assertTrue(!r.err().contains("\u001b"), "no escape character reaches the terminal");
        }
        assertEquals(
                "null_island: event zero\u001b[2J: lat 0, lon 0 is no place (a missing position)",
                text(
                        store,
                        "SELECT reason FROM alert_audit WHERE action = 'skipped' AND event_id = 'zero' || CHAR(27) || '[2J'"));
        assertEquals(5, count(store, "SELECT COUNT(*) FROM alert_stream_events"));
        assertTrue(
                Cli.run("alerts", "audit", "verify", "--store", store.toString())
                        .out()
                        .contains("intact"),
                "the skipped entry is part of the chain");
    }

    /**
     * A store whose engine never degrades an event to unscored for overrunning its time budget: on a
     * loaded machine the overruns differ between runs, and the two runs are compared.
     */
    private static Path patientEngine(Path store) throws Exception {
        Files.createDirectories(store);
        Files.writeString(store.resolve("alerts.toml"), "[budget]\nenrichment_ms = 60000.0\nscoring_ms = 60000.0\n");
        return store;
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    private static String text(Path store, String sql) throws Exception {
        try (Store s = Store.open(store);
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Path store, String sql) throws Exception {
        try (Store s = Store.open(store);
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
