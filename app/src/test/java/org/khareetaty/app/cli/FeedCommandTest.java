package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * {@code khareetaty feed generate} from a Kuwait demo store (a smaller one than {@code khareetaty
 * demo} builds: 4,000 incidents over two months) and {@code khareetaty feed serve} of the file it
 * writes, received by the stream client.
 */
class FeedCommandTest {
    @TempDir
    static Path dir;

    static Path store;
    static Path stream;
    static JsonNode generated;

    @BeforeAll
    static void demoStoreAndStream() throws Exception {
        store = SmallKuwaitStore.build(dir, 5);
        stream = dir.resolve("week.jsonl");
        Cli.Run r = Cli.run("feed", "generate", "--store", store.toString(), "--out", stream.toString(), "--json");
        assertEquals(0, r.exit(), r.out() + r.err());
        generated = new ObjectMapper().readTree(r.out());
    }

    @Test
    void generatesTheLastWeekOfTheStoreAsAStreamWithACadCallPerIncident() throws Exception {
        long incidents;
        try (Store s = Store.open(store);
                var c = s.connect();
                var st = c.createStatement();
                var rs = st.executeQuery(
                        "SELECT COUNT(*) FROM incidents WHERE local_date BETWEEN DATE '2025-12-25' AND DATE '2025-12-31'")) {
            rs.next();
            incidents = rs.getLong(1);
        }
        assertTrue(incidents > 300, incidents + " incidents in the last week");
        assertEquals(incidents, generated.get("incidents").asLong());
        assertEquals(incidents, generated.get("by_source").get("cad").asLong());
        List<String> lines = Files.readAllLines(stream);
        assertEquals(generated.get("events").asLong(), lines.size());
        EventCodec codec = EventCodec.standard();
        for (String line : lines) {
            codec.decode(line);
        }
        Cli.Run again = Cli.run(
                "feed",
                "generate",
                "--store",
                store.toString(),
                "--out",
                dir.resolve("again.jsonl").toString(),
                "--json");
        assertEquals(
                generated.get("sha256"),
                new ObjectMapper().readTree(again.out()).get("sha256"),
                "the same seed, the same bytes");
    }

    @Test
    void servesTheFileToAClientThatGetsEveryEventOnceThenExits() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path tokenFile = Files.writeString(dir.resolve("feed.token"), "t0ken\n");
        CompletableFuture<Cli.Run> served = CompletableFuture.supplyAsync(() -> Cli.run(
                "feed",
                "serve",
                "--replay",
                stream.toString(),
                "--port",
                Integer.toString(port),
                "--speed",
                "max",
                "--token-file",
                tokenFile.toString(),
                "--wait-for",
                "1",
                "--exit-when-done"));
        List<String> expected = new ArrayList<>();
        EventCodec codec = EventCodec.standard();
        for (String line : Files.readAllLines(stream)) {
            expected.add(((EventFrame) codec.decode(line)).event().id());
        }
        List<String> ids = new CopyOnWriteArrayList<>();
        StreamConfig cfg = StreamConfig.builder("ws://127.0.0.1:" + port + "/events")
                .resumeAfter(0)
                .token("t0ken")
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (StreamClient client = StreamClient.connect(cfg, (e, at) -> ids.add(e.id()), null)) {
            while (!served.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // "done" means every message was written to the socket; the client may still be reading the last ones
            while (ids.size() < expected.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, client.health().counters().rejectedTotal());
        }
        Cli.Run r = served.get(10, TimeUnit.SECONDS);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("feed at ws://127.0.0.1:" + port + "/events: replaying " + stream), r.out());
        assertTrue(r.out().contains("bearer token required; waiting for 1 subscriber(s)"), r.out());
        assertEquals(expected, ids, "every event of the file, once, in order");
        assertTrue(r.out().contains(String.format("done: %,d events published", expected.size())), r.out());
    }

    @Test
    void explainsWhatIsWrongWithItsInput() throws Exception {
        Cli.Run missing =
                Cli.run("feed", "serve", "--replay", dir.resolve("nope.jsonl").toString(), "--port", "0", "--no-auth");
        assertEquals(1, missing.exit());
        assertEquals(
                "error: replay file " + dir.resolve("nope.jsonl") + " does not exist",
                missing.err().trim());

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"v\":1,\"kind\":\"event\",\"id\":\"x\"}\n");
        Cli.Run invalid = Cli.run("feed", "serve", "--replay", bad.toString(), "--port", "0", "--no-auth");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().contains(bad + " line 1: MISSING_FIELD"), invalid.err());

        Cli.Run empty = Cli.run(
                "feed",
                "generate",
                "--store",
                dir.resolve("empty").toString(),
                "--out",
                dir.resolve("x.jsonl").toString());
        assertEquals(1, empty.exit());
        assertTrue(empty.err().contains("holds no incidents to make a stream from"), empty.err());

        Cli.Run speed = Cli.run("feed", "serve", "--replay", stream.toString(), "--speed", "fast", "--no-auth");
        assertEquals(2, speed.exit());
        assertTrue(speed.err().contains("speed 'fast' is not a positive factor"), speed.err());
    }

    @Test
    void aStreamWrittenOverAFolderOrUnderAFileIsOneErrorLine() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        for (Path out : List.of(dir, plain.resolve("week.jsonl"))) {
            Cli.Run r = Cli.run("feed", "generate", "--store", store.toString(), "--out", out.toString());
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.err().startsWith("error: ") && r.err().contains(dir.toString()), r.err());
            assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), "no stack trace: " + r.err());
        }
    }

    @Test
    void anOpenFeedMustBeAskedForAndAnEmptyTokenIsRefused() {
        String replay = stream.toString();
        Cli.Run none = Cli.run("feed", "serve", "--replay", replay, "--port", "0");
        assertEquals(2, none.exit(), none.out() + none.err());
        assertTrue(none.err().startsWith("error: the feed needs a token: --token-file FILE"), none.err());
        assertTrue(none.err().contains("give --no-auth"), none.err());

        Cli.Run empty = Cli.run("feed", "serve", "--replay", replay, "--port", "0", "--token", "");
        assertEquals(2, empty.exit(), empty.out() + empty.err());
        assertTrue(empty.err().contains("error: --token is empty: an empty secret protects nothing"), empty.err());

        Cli.Run both = Cli.run("feed", "serve", "--replay", replay, "--port", "0", "--token", "t", "--no-auth");
        assertEquals(2, both.exit(), both.out() + both.err());
    }

    @Test
    void aTokenOnTheCommandLineIsWarnedAbout() {
        Cli.Run r = Cli.run(
                "feed", "serve", "--replay", dir.resolve("nope.jsonl").toString(), "--port", "0", "--token", "t");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("warning: --token on the command line shows in the process list (ps)"), r.err());
    }
}
