package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.ReplayFile;

/**
 * {@code khareetaty alerts listen} in a process of its own, stopped with SIGTERM in the middle of a
 * stream (what Ctrl-C and a service manager send): it stores and prints the batch in hand, then
 * closes the engine and the store. Every decision stored is printed, none is printed that is not
 * stored, and the store opens again cleanly.
 */
class ListenStopTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sigtermStoresAndPrintsTheBatchInHandThenClosesTheEngineAndTheStore() throws Exception {
        Path incidents = SmallKuwaitStore.build(dir, 13);
        Path stream = dir.resolve("week.jsonl");
        Cli.Run r = Cli.run("feed", "generate", "--store", incidents.toString(), "--out", stream.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> lines = Files.readAllLines(stream);
        Path store = dir.resolve("listener");
        Files.createDirectories(store);
        Files.writeString(store.resolve("alerts.toml"), "[budget]\nenrichment_ms = 60000.0\nscoring_ms = 60000.0\n");
        // the recorded week played in about 20 seconds: the listener is stopped in the middle of it
        double seconds = Duration.between(sentAt(lines.get(0)), sentAt(lines.get(lines.size() - 1)))
                .toSeconds();
        FeedServerConfig config = FeedServerConfig.defaults()
                .withToken("s3cret")
                .withSpeed(Math.max(1, seconds / 20))
                .withRetime(false)
                .withWaitForSubscribers(1);
        Set<String> printed = new HashSet<>();
        String err;
        int exit;
        try (FeedServer feed = FeedServer.start(config, ReplayFile.open(stream))) {
            Path stdout = dir.resolve("listener-stdout.txt");
            Path stderr = dir.resolve("listener-stderr.txt");
            Process listener = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Khareetaty.class.getName(),
                            "alerts",
                            "listen",
                            feed.url().toString(),
                            "--store",
                            store.toString(),
                            "--token",
                            "s3cret",
                            "--since",
                            "all",
                            "--json")
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            try {
                // its output goes to a file, which keeps all it printed; stop it once 100 decisions are out
                while (listener.isAlive() && Files.readString(stdout).split("\n").length < 100) {
                    Thread.sleep(20);
                }
                listener.destroy(); // SIGTERM
                assertTrue(listener.waitFor(60, TimeUnit.SECONDS), "the listener stops");
            } finally {
                listener.destroyForcibly();
            }
            exit = listener.exitValue();
            err = Files.readString(stderr);
            for (String line : Files.readAllLines(stdout)) {
                printed.add(key(JSON.readTree(line)));
            }
        }
        assertEquals(143, exit, "the exit status of a process stopped by SIGTERM: " + err);
        assertFalse(err.contains("Exception") || err.contains("Cannot "), err);
        assertTrue(err.contains("stopped after"), "the listener ran to its end: " + err);
        Set<String> stored = new HashSet<>();
        long events;
        try (Store s = Store.open(store);
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            try (ResultSet rs =
                    st.executeQuery("SELECT event_id, action, alert_id FROM alert_audit WHERE event_id IS NOT NULL")) {
                while (rs.next()) {
                    long id = rs.getLong(3);
                    String alert = rs.wasNull() ? "-" : Long.toString(id);
                    stored.add(rs.getString(1) + " " + rs.getString(2) + " " + alert);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM alert_stream_events")) {
                rs.next();
                events = rs.getLong(1);
            }
        }
        assertTrue(events > 0 && events < lines.size(), events + " of " + lines.size() + " events: stopped mid-stream");
        assertEquals(stored, printed, "every decision stored was printed, and only those");
    }

    private static Instant sentAt(String line) throws Exception {
        return Instant.parse(JSON.readTree(line).get("sent_at").asText());
    }

    private static String key(JsonNode d) {
        return d.get("event").asText() + " " + d.get("decision").asText() + " "
                + (d.get("id").isNull() ? "-" : d.get("id").asText());
    }
}
