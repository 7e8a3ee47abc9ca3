package org.khareetaty.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The URL a (re)connection opens, the defaults, and the settings refused. */
class StreamConfigTest {
    @Test
    void resumesWithSinceAddedOrReplacedAndNoneWhenLive() {
        StreamConfig c = StreamConfig.of("ws://127.0.0.1:8765/events");
        assertEquals(URI.create("ws://127.0.0.1:8765/events"), c.urlResumingAfter(StreamConfig.LIVE));
        assertEquals(URI.create("ws://127.0.0.1:8765/events?since=0"), c.urlResumingAfter(0));
        assertEquals(
                URI.create("wss://feed.example:9000/events?region=kw&since=120"),
                StreamConfig.of("wss://feed.example:9000/events?since=5&region=kw")
                        .urlResumingAfter(120));
        assertEquals(
                URI.create("ws://[::1]:8765/?since=7"),
                StreamConfig.of("ws://[::1]:8765").urlResumingAfter(7));
    }

    @Test
    void refusesWhatCannotBeAFeed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> StreamConfig.of("http://127.0.0.1:8765/events"));
        assertTrue(e.getMessage().contains("must start with ws:// or wss://"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> StreamConfig.builder("ws://127.0.0.1/events")
                        .resumeAfter(-2)
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StreamConfig.builder("ws://127.0.0.1/events")
                        .handlerAttempts(0)
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StreamConfig.builder("ws://127.0.0.1/events")
                        .maxMessageBytes(10)
                        .build());
        assertEquals(
                null,
                StreamConfig.builder("ws://127.0.0.1/events").token("").build().token(),
                "an empty token is no token");
    }

    @Test
    void theDefaultsAreLiveWithoutTokenStaleAfterFifteenSecondsAndThreeHandlerAttempts() {
        StreamConfig c = StreamConfig.of("ws://127.0.0.1/events");
        assertEquals(null, c.token());
        assertEquals(StreamConfig.LIVE, c.resumeAfterSeq());
        assertEquals(Duration.ofSeconds(15), c.staleAfter());
        assertEquals(Duration.ofSeconds(45), c.reconnectWhenStaleFor());
        assertEquals(Backoff.DEFAULT, c.backoff());
        assertEquals(Duration.ofSeconds(10), c.pingInterval());
        assertEquals(64 * 1024, c.maxMessageBytes());
        assertEquals(100_000, c.rememberedIds());
        assertEquals(ProcessedEventCheck.NONE, c.alreadyProcessed());
        assertEquals(null, c.tls());
        assertEquals(3, c.handlerAttempts());
        assertEquals(Duration.ofMinutes(5), c.maxClockSkew());
        StreamConfig changed = StreamConfig.builder("ws://127.0.0.1/events")
                .resumeAfter(0)
                .token("t")
                .stale(Duration.ofSeconds(1), Duration.ZERO)
                .build();
        assertEquals(0, changed.resumeAfterSeq());
        assertEquals("t", changed.token());
        assertEquals(Duration.ZERO, changed.reconnectWhenStaleFor());
        assertEquals(c.rememberedIds(), changed.rememberedIds(), "what is not changed keeps its default");
    }
}
