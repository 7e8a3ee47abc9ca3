package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.stream.Backoff;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * A real feed on 127.0.0.1 replaying real Chicago calls, a real client: the feed is stopped mid-stream
 * and started again on the same port from the same file; the client resumes and every event of the
 * file is handled exactly once.
 */
class ResumeAfterServerRestartTest {
    static final int EVENTS = 2_000;

    @TempDir
    static Path dir;

    static Path file;
    static List<String> fileIds;
    static double speed;

    @BeforeAll
    static void replayFile() throws Exception {
        List<Event> calls = ChicagoCalls.first(EVENTS);
        file = ChicagoCalls.write(dir.resolve("chicago-calls.jsonl"), calls);
        fileIds = calls.stream().map(Event::id).toList();
        ReplayFile.Summary s = ReplayFile.open(file).summary();
        // the recorded months play in about two seconds
        speed = s.span().toSeconds() / 2.0;
    }

    static StreamConfig.Builder client(FeedServer server) {
        return StreamConfig.builder(server.url())
                .resumeAfter(0)
                .backoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 0.5));
    }

    @Test
    void resumesAfterTheFeedIsStoppedAndRestartedHandlingEveryEventOnce() throws Exception {
        FeedServerConfig cfg = FeedServerConfig.defaults().withSpeed(speed);
        FeedServer first = FeedServer.start(cfg, ReplayFile.open(file));
        int port = first.port();
        Handled handled = new Handled();
        HealthLog health = new HealthLog();
        FeedServer second = null;
        try (StreamClient client = StreamClient.connect(client(first).build(), handled, health)) {
            Await.until(Duration.ofSeconds(20), () -> handled.size() >= EVENTS / 4, () -> handled.size() + " handled");
            first.close();
            Await.until(Duration.ofSeconds(10), () -> client.health().state() == FeedState.RECONNECTING, health::last);
            int beforeRestart = handled.size();
            assertTrue(beforeRestart < EVENTS, "the feed was stopped mid-stream, after " + beforeRestart + " events");

            second = FeedServer.start(cfg.withPort(port), ReplayFile.open(file));
            FeedServer restarted = second;
            Await.until(
                    Duration.ofSeconds(30),
                    () -> handled.size() >= EVENTS && restarted.drained(),
                    () -> handled.size() + " handled");
            Thread.sleep(200);

            Map<String, Integer> counts = handled.countsById();
            assertEquals(new HashSet<>(fileIds), counts.keySet(), "every event of the file was handled");
            counts.forEach((id, n) -> assertEquals(1, n, id + " handled " + n + " times"));
            assertEquals(EVENTS, handled.size());
            assertEquals(fileIds, handled.snapshot().stream().map(Event::id).toList(), "in the file's order");
            assertEquals(EVENTS, client.lastProcessedSeq());
            assertTrue(client.health().counters().reconnects() >= 1);
            assertEquals(FeedState.CONNECTED, client.health().state());
            assertEquals(Set.of("khareetaty-stream-events"), handled.threads, "one handler thread");
            assertTrue(
                    health.states().containsAll(List.of(FeedState.CONNECTED, FeedState.RECONNECTING)),
                    health.states().toString());
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void aHandlerThatThrowsGetsTheEventAgainAndNothingIsLostOrDoubled() throws Exception {
        String failing = fileIds.get(300);
        AtomicBoolean failedOnce = new AtomicBoolean();
        Handled handled = new Handled() {
            @Override
            public synchronized void onEvent(Event event, Instant receivedAt) throws Exception {
                if (event.id().equals(failing) && failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("store unavailable");
                }
                super.onEvent(event, receivedAt);
            }
        };
        HealthLog health = new HealthLog();
        try (FeedServer server =
                        FeedServer.start(FeedServerConfig.defaults().withSpeed(speed * 2), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(client(server).build(), handled, health)) {
            Await.until(Duration.ofSeconds(30), () -> handled.size() >= EVENTS, () -> handled.size() + " handled");
            Thread.sleep(100);
            assertEquals(EVENTS, handled.size());
            assertEquals(new HashSet<>(fileIds), handled.countsById().keySet());
            assertEquals(List.of(failing + " attempt 1"), health.handlerFailures);
            assertEquals(1, client.health().counters().handlerFailures());
            assertTrue(client.health().counters().reconnects() >= 1, "it resumed from the last processed event");
        }
    }

    @Test
    void aRestartedClientResumesFromItsSavedPointAndSkipsWhatItsStoreAlreadyHas() throws Exception {
        try (FeedServer server = FeedServer.start(FeedServerConfig.defaults().withSpeed(0), ReplayFile.open(file))) {
            Handled firstRun = new Handled();
            long saved;
            try (StreamClient client = StreamClient.connect(client(server).build(), firstRun, null)) {
                Await.until(Duration.ofSeconds(20), () -> firstRun.size() >= 700, () -> firstRun.size() + " handled");
                client.close();
                saved = client.lastProcessedSeq();
            }
            assertEquals(
                    firstRun.size(), saved, "the resume point is the last event handled (seq = position in the file)");
            Set<String> store = new HashSet<>();
            firstRun.snapshot().forEach(e -> store.add(e.id()));

            // resumes from the saved point: nothing twice, nothing missing
            Handled resumed = new Handled();
            try (StreamClient client = StreamClient.connect(
                    client(server)
                            .resumeAfter(saved)
                            .alreadyProcessed(e -> store.contains(e.id()))
                            .build(),
                    resumed,
                    null)) {
                Await.until(
                        Duration.ofSeconds(20),
                        () -> resumed.size() >= EVENTS - saved,
                        () -> resumed.size() + " handled");
                Thread.sleep(100);
                assertEquals(0, client.health().counters().duplicates());
            }
            List<String> all =
                    new ArrayList<>(firstRun.snapshot().stream().map(Event::id).toList());
            all.addAll(resumed.snapshot().stream().map(Event::id).toList());
            assertEquals(fileIds, all);

            // a lost resume point: the store's check keeps the first run's events from being handled again
            Handled fromScratch = new Handled();
            try (StreamClient client = StreamClient.connect(
                    client(server).alreadyProcessed(e -> store.contains(e.id())).build(), fromScratch, null)) {
                Await.until(
                        Duration.ofSeconds(20),
                        () -> client.health().counters().received() >= EVENTS,
                        () -> client.health().toString());
                Thread.sleep(100);
                assertEquals(saved, client.health().counters().duplicates());
                assertEquals(EVENTS - saved, fromScratch.size());
            }
        }
    }
}
