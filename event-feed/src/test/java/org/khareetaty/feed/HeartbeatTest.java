package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/** Heartbeats keep a quiet feed CONNECTED; without them it turns STALE, and a message brings it back. */
class HeartbeatTest {
    @TempDir
    Path dir;

    @Test
    void heartbeatsKeepAQuietFeedConnected() throws Exception {
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), ChicagoCalls.first(5));
        HealthLog health = new HealthLog();
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(0).withHeartbeatInterval(Duration.ofMillis(100)),
                        ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url())
                                .resumeAfter(0)
                                .stale(Duration.ofMillis(600), Duration.ZERO)
                                .build(),
                        new Handled(),
                        health)) {
            Await.until(Duration.ofSeconds(10), () -> client.health().counters().processed() == 5, health::last);
            Thread.sleep(2_000);
            assertEquals(FeedState.CONNECTED, client.health().state());
            assertFalse(
                    health.states().contains(FeedState.STALE), health.states().toString());
            assertTrue(
                    client.health().counters().heartbeats() >= 8,
                    client.health().toString());
        }
    }

    @Test
    void withoutHeartbeatsTheFeedTurnsStaleAndRecoversOnTheNextMessage() throws Exception {
        List<Event> calls = ChicagoCalls.first(6);
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls.subList(0, 5));
        HealthLog health = new HealthLog();
        // a heartbeat every minute: after the one sent on connecting, nothing for the length of the test
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(0).withHeartbeatInterval(Duration.ofMinutes(1)),
                        ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url())
                                .resumeAfter(0)
                                .stale(Duration.ofMillis(500), Duration.ZERO)
                                .build(),
                        new Handled(),
                        health)) {
            Await.until(Duration.ofSeconds(10), () -> client.health().state() == FeedState.STALE, health::last);
            assertEquals(5, client.health().counters().processed());
            assertTrue(
                    client.health().detail().contains("no event or heartbeat for"),
                    client.health().detail());

            server.broadcastRaw(EventCodec.standard().encode(calls.get(5).withSentAt(java.time.Instant.now())));
            Await.until(Duration.ofSeconds(10), () -> health.states().size() >= 4, health::last);
            assertEquals(
                    List.of(FeedState.CONNECTING, FeedState.CONNECTED, FeedState.STALE, FeedState.CONNECTED),
                    health.states().subList(0, 4));
            assertEquals(0, client.health().counters().reconnects());
        }
    }

    @Test
    void aFeedSilentBeyondTheLimitIsDroppedAndResumed() throws Exception {
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), ChicagoCalls.first(5));
        HealthLog health = new HealthLog();
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(0).withHeartbeatInterval(Duration.ofMinutes(1)),
                        ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url())
                                .resumeAfter(0)
                                .stale(Duration.ofMillis(300), Duration.ofMillis(800))
                                .build(),
                        new Handled(),
                        health)) {
            Await.until(Duration.ofSeconds(10), () -> client.health().counters().reconnects() >= 1, health::last);
            Await.until(Duration.ofSeconds(10), () -> client.health().state() == FeedState.CONNECTED, health::last);
            assertEquals(5, client.health().counters().processed(), "resumed after the last event: none again");
            assertEquals(0, client.health().counters().duplicates());
        }
    }
}
