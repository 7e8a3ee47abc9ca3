package org.khareetaty.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khareetaty.core.event.RejectedMessage.Reason;
import org.khareetaty.core.json.JsonMapping;

/**
 * Reads and writes feed messages of the versioned JSON event schema (docs/events.md), validating
 * every message: a message that fails is a {@link RejectedMessage} with its reason, never an
 * exception that could take a connection down. Thread safe.
 */
public final class EventCodec {
    /** The schema version this codec writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    /** Default upper bound of a message, in UTF-8 bytes. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;
    /** Default tolerance for an event time ahead of the receiver's clock. */
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final int maxBytes;
    private final Duration maxSkew;

    public EventCodec(Clock clock, int maxBytes, Duration maxSkew) {
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxSkew = maxSkew;
    }

    /** A codec with the default limits on the system clock. */
    public static EventCodec standard() {
        return new EventCodec(Clock.systemUTC(), DEFAULT_MAX_BYTES, DEFAULT_MAX_SKEW);
    }

    /** One event as a JSON message (one line, no line breaks). */
    public String encode(Event e) {
        ObjectNode n = JsonMapping.object();
        n.put("v", SCHEMA_VERSION);
        n.put("kind", "event");
        n.put("id", e.id());
        n.put("seq", e.seq());
        n.put("source", e.source().wire());
        n.put("type", e.type());
        n.put("occurred_at", e.occurredAt().toString());
        n.put("sent_at", e.sentAt().toString());
        n.put("lat", e.lat());
        n.put("lon", e.lon());
        n.put("confidence", e.confidence());
        if (e.reporter() != null) {
            n.put("reporter", e.reporter());
        }
        n.set("attributes", JsonMapping.tree(e.attributes()));
        return n.toString();
    }

    /** A heartbeat as a JSON message. */
    public String encode(Heartbeat h) {
        ObjectNode n = JsonMapping.object();
        n.put("v", SCHEMA_VERSION);
        n.put("kind", "heartbeat");
        n.put("seq", h.seq());
        n.put("sent_at", h.sentAt().toString());
        return n.toString();
    }

    /** Reads and validates one message. */
    public Frame decode(String message) throws RejectedMessage {
        // a UTF-16 unit is at most 3 UTF-8 bytes: only a message near the limit is encoded to count its bytes
        if (message.length() > maxBytes
                || message.length() > maxBytes / 3 && message.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new RejectedMessage(
                    Reason.OVERSIZED,
                    null,
                    "message of " + message.getBytes(StandardCharsets.UTF_8).length + " bytes exceeds the limit of "
                            + maxBytes);
        }
        JsonNode n = parse(message);
        String id = n.path("id").isTextual() ? n.get("id").asText() : null;
        JsonNode v = n.get("v");
        if (v == null || !v.canConvertToInt() || v.asInt() != SCHEMA_VERSION) {
            throw new RejectedMessage(
                    Reason.UNSUPPORTED_VERSION,
                    id,
                    "schema version " + (v == null ? "missing" : v.toString()) + " is not supported (expected "
                            + SCHEMA_VERSION + ")");
        }
        String kind = n.path("kind").asText("event");
        return switch (kind) {
            case "event" -> new EventFrame(event(n, id));
            case "heartbeat" -> new Heartbeat(longField(n, "seq", id), instant(n, "sent_at", id));
            default ->
                throw new RejectedMessage(
                        Reason.INVALID_FIELD, id, "kind '" + kind + "' is neither event nor heartbeat");
        };
    }

    private static JsonNode parse(String message) throws RejectedMessage {
        try {
            JsonNode n = JsonMapping.reader().readTree(message);
            if (n == null || !n.isObject()) {
                throw new RejectedMessage(Reason.MALFORMED_JSON, null, "message is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new RejectedMessage(Reason.MALFORMED_JSON, null, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private Event event(JsonNode n, String id) throws RejectedMessage {
        if (id == null || id.isBlank()) {
            throw new RejectedMessage(Reason.MISSING_FIELD, null, "field 'id' is missing or not a string");
        }
        if (id.length() > Event.MAX_ID_LENGTH) {
            throw new RejectedMessage(
                    Reason.TOO_LONG,
                    null,
                    "event id of " + id.length() + " characters is longer than " + Event.MAX_ID_LENGTH);
        }
        String sourceName = text(n, "source", id);
        EventSource source = EventSource.fromWire(sourceName)
                .orElseThrow(() -> new RejectedMessage(
                        Reason.INVALID_FIELD, id, "event " + id + ": unknown source '" + sourceName + "'"));
        double lat = number(n, "lat", id);
        double lon = number(n, "lon", id);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new RejectedMessage(
                    Reason.COORDINATES_OUT_OF_RANGE,
                    id,
                    "event " + id + ": lat " + lat + ", lon " + lon + " is outside WGS84 (-90..90, -180..180)");
        }
        if (lat == 0 && lon == 0) {
            throw new RejectedMessage(
                    Reason.NULL_ISLAND, id, "event " + id + ": lat 0, lon 0 is no place (a missing position)");
        }
        double confidence = number(n, "confidence", id);
        if (confidence < 0 || confidence > 1) {
            throw new RejectedMessage(
                    Reason.INVALID_FIELD, id, "event " + id + ": confidence " + confidence + " is outside 0..1");
        }
        Instant occurred = instant(n, "occurred_at", id);
        Instant limit = clock.instant().plus(maxSkew);
        if (occurred.isAfter(limit)) {
            throw new RejectedMessage(
                    Reason.FUTURE_TIME,
                    id,
                    "event " + id + ": occurred_at " + occurred + " is more than " + maxSkew.toMinutes()
                            + " min in the future");
        }
        if (occurred.isBefore(Event.TIME_FLOOR)) {
            throw new RejectedMessage(
                    Reason.BEFORE_TIME_FLOOR,
                    id,
                    "event " + id + ": occurred_at " + occurred + " is before " + Event.TIME_FLOOR);
        }
        String type = text(n, "type", id);
        JsonNode reporter = n.get("reporter");
        String reporterText = reporter == null || reporter.isNull() ? null : reporter.asText();
        if (type.length() > Event.MAX_TYPE_LENGTH
                || reporterText != null && reporterText.length() > Event.MAX_ID_LENGTH) {
            throw new RejectedMessage(
                    Reason.TOO_LONG,
                    id,
                    "event " + id + ": "
                            + (type.length() > Event.MAX_TYPE_LENGTH
                                    ? "type of " + type.length() + " characters is longer than " + Event.MAX_TYPE_LENGTH
                                    : "reporter of " + reporterText.length() + " characters is longer than "
                                            + Event.MAX_ID_LENGTH));
        }
        return new Event(
                id,
                longField(n, "seq", id),
                source,
                type,
                occurred,
                instant(n, "sent_at", id),
                lat,
                lon,
                confidence,
                reporterText,
                attributes(n, id));
    }

    private static String text(JsonNode n, String field, String id) throws RejectedMessage {
        JsonNode f = required(n, field, id);
        if (!f.isTextual() || f.asText().isBlank()) {
            throw new RejectedMessage(
                    Reason.INVALID_FIELD, id, where(id) + "field '" + field + "' must be a non-empty string");
        }
        return f.asText();
    }

    private static double number(JsonNode n, String field, String id) throws RejectedMessage {
        JsonNode f = required(n, field, id);
        if (!f.isNumber() || !Double.isFinite(f.asDouble())) {
            throw new RejectedMessage(
                    Reason.INVALID_FIELD, id, where(id) + "field '" + field + "' must be a number, got " + f);
        }
        return f.asDouble();
    }

    private static long longField(JsonNode n, String field, String id) throws RejectedMessage {
        JsonNode f = required(n, field, id);
        if (!f.canConvertToLong() || !f.isIntegralNumber() || f.asLong() < 0) {
            throw new RejectedMessage(
                    Reason.INVALID_FIELD,
                    id,
                    where(id) + "field '" + field + "' must be a non-negative integer, got " + f);
        }
        return f.asLong();
    }

    private static Instant instant(JsonNode n, String field, String id) throws RejectedMessage {
        String s = text(n, field, id);
        try {
            return IsoInstants.parse(s);
        } catch (DateTimeParseException e) {
            throw new RejectedMessage(
                    Reason.INVALID_FIELD,
                    id,
                    where(id) + "field '" + field + "' is not an ISO-8601 UTC instant (e.g. 2025-03-01T18:22:05Z): '"
                            + s + "'");
        }
    }

    private static Map<String, Object> attributes(JsonNode n, String id) throws RejectedMessage {
        JsonNode a = n.get("attributes");
        if (a == null || a.isNull()) {
            return Map.of();
        }
        if (!a.isObject()) {
            throw new RejectedMessage(Reason.INVALID_FIELD, id, where(id) + "field 'attributes' must be a JSON object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        var it = a.fields();
        while (it.hasNext()) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                throw new RejectedMessage(
                        Reason.INVALID_FIELD,
                        id,
                        where(id) + "attribute '" + e.getKey() + "' must be a string, number or boolean");
            }
            // 1e999 reads as infinity, which JSON cannot write back: the stored event would change
            if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
                throw new RejectedMessage(
                        Reason.INVALID_FIELD,
                        id,
                        where(id) + "attribute '" + e.getKey() + "' is not a finite number: " + v.asText());
            }
            out.put(
                    e.getKey(),
                    v.isNumber()
                            ? v.numberValue()
                            : v.isBoolean() ? (Object) v.booleanValue() : v.isNull() ? null : v.asText());
        }
        return out;
    }

    private static JsonNode required(JsonNode n, String field, String id) throws RejectedMessage {
        JsonNode f = n.get(field);
        if (f == null || f.isNull()) {
            throw new RejectedMessage(Reason.MISSING_FIELD, id, where(id) + "field '" + field + "' is missing");
        }
        return f;
    }

    private static String where(String id) {
        return id == null ? "" : "event " + id + ": ";
    }
}
