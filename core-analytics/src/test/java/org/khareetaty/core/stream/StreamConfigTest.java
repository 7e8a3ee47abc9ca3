package org.khareetaty.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The URL a (re)connection opens, and the settings refused. */
class StreamConfigTest {
    @Test
    void resumesWithSinceAddedOrReplacedAndNoneWhenLive() {
        StreamConfig c = StreamConfig.of("ws://127.0.0.1:8765/events");
        assertEquals(URI.create("ws://127.0.0.1:8765/events"), c.urlResumingAfter(StreamConfig.LIVE));
        assertEquals(URI.create("ws://127.0.0.1:8765/events?since=0"), c.urlResumingAfter(0));
        assertEquals(URI.create("wss://feed.example:9000/events?region=kw&since=120"),
                StreamConfig.of("wss://feed.example:9000/events?since=5&region=kw").urlResumingAfter(120));
        assertEquals(URI.create("ws://[::1]:8765/?since=7"), StreamConfig.of("ws://[::1]:8765").urlResumingAfter(7));
    }

    @Test
    void refusesWhatCannotBeAFeed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StreamConfig.of("http://127.0.0.1:8765/events"));
        assertTrue(e.getMessage().contains("must start with ws:// or wss://"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StreamConfig.of("ws://127.0.0.1/events").withResumeAfter(-2));
        assertThrows(IllegalArgumentException.class, () -> StreamConfig.of("ws://127.0.0.1/events").withHandlerAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> StreamConfig.of("ws://127.0.0.1/events").withMaxMessageBytes(10));
        assertEquals(null, StreamConfig.of("ws://127.0.0.1/events").withToken("").token(), "an empty token is no token");
    }
}
