package org.khareetaty.core.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.RejectedMessage.Reason;

class EventCodecTest {
    private static final Instant NOW = Instant.parse("2025-03-01T18:30:00Z");
    private final EventCodec codec = new EventCodec(Clock.fixed(NOW, ZoneOffset.UTC), 4096, Duration.ofMinutes(5));

    private static Event sample() {
        return new Event(
                "cad-1",
                7,
                EventSource.CAD,
                "assault",
                Instant.parse("2025-03-01T18:22:05Z"),
                Instant.parse("2025-03-01T18:22:07Z"),
                29.3759,
                47.9774,
                0.8,
                "dispatcher-4",
                Map.of("priority_code", "2", "units", 3));
    }

    @Test
    void anEventSurvivesARoundTrip() throws Exception {
        Frame f = codec.decode(codec.encode(sample()));
        Event back = assertInstanceOf(EventFrame.class, f).event();
        assertEquals(sample().id(), back.id());
        assertEquals(7, back.seq());
        assertEquals(EventSource.CAD, back.source());
        assertEquals(sample().occurredAt(), back.occurredAt());
        assertEquals(29.3759, back.lat());
        assertEquals("dispatcher-4", back.reporter());
        assertEquals(3, ((Number) back.attributes().get("units")).intValue());
        assertEquals("2", back.attributes().get("priority_code"));
    }

    @Test
    void aHeartbeatSurvivesARoundTrip() throws Exception {
        Heartbeat h = new Heartbeat(41, NOW);
        assertEquals(h, codec.decode(codec.encode(h)));
    }

    @Test
    void rejectsEachKindOfBadMessageWithItsReason() {
        String good = codec.encode(sample());
        assertRejected(Reason.MALFORMED_JSON, "{\"v\":1, \"id\": ");
        assertRejected(Reason.MALFORMED_JSON, "[1,2]");
        assertRejected(Reason.OVERSIZED, good.replace("\"dispatcher-4\"", "\"" + "x".repeat(5000) + "\""));
        assertRejected(Reason.UNSUPPORTED_VERSION, good.replace("\"v\":1", "\"v\":2"));
        assertRejected(Reason.MISSING_FIELD, good.replace("\"type\":\"assault\",", ""));
        assertRejected(Reason.INVALID_FIELD, good.replace("\"cad\"", "\"radio\""));
        assertRejected(Reason.INVALID_FIELD, good.replace("\"confidence\":0.8", "\"confidence\":1.8"));
        assertRejected(Reason.INVALID_FIELD, good.replace("2025-03-01T18:22:05Z", "01/03/2025 18:22"));
        assertRejected(Reason.COORDINATES_OUT_OF_RANGE, good.replace("\"lat\":29.3759", "\"lat\":129.3759"));
        assertRejected(Reason.FUTURE_TIME, good.replace("2025-03-01T18:22:05Z", "2025-03-02T18:22:05Z"));
        // found by StreamClientFuzzTest: 1e999 read as infinity, written back as the string "Infinity"
        assertRejected(Reason.INVALID_FIELD, good.replace("\"units\":3", "\"units\":-1e999"));
    }

    @Test
    void rejectsWhatTheImporterAndTheAlertStoreRejectToo() {
        EventCodec roomy = new EventCodec(Clock.fixed(NOW, ZoneOffset.UTC), 65_536, Duration.ofMinutes(5));
        String good = roomy.encode(sample());
        assertRejected(
                roomy,
                Reason.NULL_ISLAND,
                good.replace("\"lat\":29.3759", "\"lat\":0.0").replace("\"lon\":47.9774", "\"lon\":0.0"));
        assertRejected(roomy, Reason.BEFORE_TIME_FLOOR, good.replace("2025-03-01T18:22:05Z", "1989-12-31T23:59:59Z"));
        assertRejected(
                roomy, Reason.TOO_LONG, good.replace("\"cad-1\"", "\"" + "i".repeat(Event.MAX_ID_LENGTH + 1) + "\""));
        assertRejected(
                roomy,
                Reason.TOO_LONG,
                good.replace("\"assault\"", "\"" + "t".repeat(Event.MAX_TYPE_LENGTH + 1) + "\""));
        assertRejected(
                roomy,
                Reason.TOO_LONG,
                good.replace("\"dispatcher-4\"", "\"" + "r".repeat(Event.MAX_ID_LENGTH + 1) + "\""));
        // at the limits, and a place on the equator or the meridian alone, are events
        for (String ok : List.of(
                good.replace("\"cad-1\"", "\"" + "i".repeat(Event.MAX_ID_LENGTH) + "\""),
                good.replace("2025-03-01T18:22:05Z", "1990-01-01T00:00:00Z"),
                good.replace("\"lat\":29.3759", "\"lat\":0.0"))) {
            assertInstanceOf(EventFrame.class, assertDoesNotThrow(() -> roomy.decode(ok)));
        }
    }

    @Test
    void aRejectionNamesTheEventAndTheField() {
        String bad = codec.encode(sample()).replace("\"lon\":47.9774", "\"lon\":\"east\"");
        RejectedMessage e = assertThrows(RejectedMessage.class, () -> codec.decode(bad));
        assertEquals("cad-1", e.eventId());
        assertTrue(e.getMessage().contains("cad-1") && e.getMessage().contains("'lon'"), e.getMessage());
    }

    private void assertRejected(Reason reason, String message) {
        assertRejected(codec, reason, message);
    }

    private static void assertRejected(EventCodec codec, Reason reason, String message) {
        RejectedMessage e = assertThrows(RejectedMessage.class, () -> codec.decode(message), message);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
