package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.event.RejectedMessage.Reason;
import org.khareetaty.core.stream.FeedCounters;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.Rejection;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * Bad messages pushed by a real feed to a real client: each is rejected with its reason (or, for
 * valid late and out-of-order events, handled), and the connection stays up.
 */
class BadMessagesTest {
    @TempDir
    Path dir;

    @Test
    void rejectsEachBadMessageWithItsReasonAndKeepsTheConnection() throws Exception {
        List<Event> calls = ChicagoCalls.first(20);
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        EventCodec codec = EventCodec.standard();
        Event template = calls.get(19);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String valid = codec.encode(live(template, "ok", 30, now));

        Handled handled = new Handled();
        HealthLog health = new HealthLog();
        try (FeedServer server = FeedServer.start(FeedServerConfig.defaults().withSpeed(0), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url()).resumeAfter(0).build(), handled, health)) {
            Await.until(Duration.ofSeconds(10), () -> handled.size() == 20, () -> handled.size() + " handled");

            server.broadcastRaw("{\"v\":1,\"kind\":\"event\",\"id\":\"broken\",");
            server.broadcastRaw(valid.replace("\"v\":1", "\"v\":2"));
            server.broadcastRaw(codec.encode(new Event(
                    "huge",
                    31,
                    EventSource.CCTV,
                    "object_count",
                    now,
                    now,
                    41.88,
                    -87.63,
                    0.5,
                    "cam-1",
                    Map.of("blob", "x".repeat(10 * 1024 * 1024)))));
            server.broadcastRaw(valid.replace("\"lat\":" + template.lat(), "\"lat\":95.0"));
            server.broadcastRaw(codec.encode(live(template, "tomorrow", 32, now.plus(Duration.ofDays(1)))));
            // valid but late and out of order: an event numbered below the last one, that happened two hours ago
            server.broadcastRaw(codec.encode(live(template, "late", 5, now.minus(Duration.ofHours(2)))));
            server.broadcastRaw(codec.encode(live(template, "after-the-faults", 33, now)));

            Await.until(
                    Duration.ofSeconds(20),
                    () -> handled.size() == 22 && health.rejections.size() == 5,
                    () -> handled.size() + " handled, rejections " + health.rejections);

            assertEquals(
                    List.of(
                            Reason.MALFORMED_JSON,
                            Reason.UNSUPPORTED_VERSION,
                            Reason.OVERSIZED,
                            Reason.COORDINATES_OUT_OF_RANGE,
                            Reason.FUTURE_TIME),
                    health.rejections.stream().map(Rejection::reason).toList());
            Rejection huge = health.rejections.get(2);
            assertEquals(
                    10 * 1024 * 1024,
                    huge.length(),
                    1000,
                    "the 10 MB message arrived whole and was refused before parsing");
            assertTrue(huge.message().contains("exceeds the limit of 65536"), huge.message());
            assertTrue(
                    health.rejections.get(1).message().contains("schema version 2 is not supported"),
                    health.rejections.get(1).message());
            assertEquals("ok", health.rejections.get(3).eventId());
            assertTrue(
                    health.rejections.get(3).excerpt().startsWith("{\"v\":1"),
                    health.rejections.get(3).excerpt());

            List<String> last =
                    handled.snapshot().subList(20, 22).stream().map(Event::id).toList();
            assertEquals(List.of("late", "after-the-faults"), last);
            FeedCounters c = client.health().counters();
            assertEquals(22, c.received());
            assertEquals(1, c.outOfOrder(), "the late event is counted as out of order, and handled");
            assertEquals(5, c.rejectedTotal());
            assertEquals(1, c.rejected(Reason.OVERSIZED));
            assertEquals(0, c.reconnects(), "the connection stayed up");
            assertEquals(FeedState.CONNECTED, client.health().state());
            assertEquals(33, client.lastProcessedSeq(), "the resume point never moves back");
        }
    }

    private static Event live(Event template, String id, long seq, Instant occurred) {
        return new Event(
                id,
                seq,
                template.source(),
                template.type(),
                occurred,
                occurred.plusSeconds(5),
                template.lat(),
                template.lon(),
                template.confidence(),
                template.reporter(),
                template.attributes());
    }
}
