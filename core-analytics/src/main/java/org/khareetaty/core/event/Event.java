package org.khareetaty.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One live event of schema version {@link EventCodec#SCHEMA_VERSION} (docs/events.md).
 *
 * @param id         unique across the stream; processing is idempotent by it
 * @param seq        the feed's sequence number, increasing along the stream (resume point)
 * @param source     where it comes from
 * @param type       what it reports, e.g. {@code assault}, {@code gunshot}, {@code motion}
 * @param occurredAt when it happened
 * @param sentAt     when the feed sent it
 * @param lat        WGS84 latitude, -90..90
 * @param lon        WGS84 longitude, -180..180
 * @param confidence the source's or model's confidence, 0..1
 * @param reporter   reporter or device id, or null when unknown
 * @param attributes source attributes (strings, numbers, booleans), never null
 */
public record Event(
        String id,
        long seq,
        EventSource source,
        String type,
        Instant occurredAt,
        Instant sentAt,
        double lat,
        double lon,
        double confidence,
        String reporter,
        Map<String, Object> attributes) {

    /** The longest id (and reporter) the alert store keeps, in characters. */
    public static final int MAX_ID_LENGTH = 1000;
    /** The longest type the alert store keeps, in characters. */
    public static final int MAX_TYPE_LENGTH = 200;
    /**
     * The earliest time an event may have occurred: the importer's default time floor (1990-01-01,
     * {@code ImportOptions.DEFAULT_TIME_FLOOR}), earlier times being data-entry errors.
     */
    public static final Instant TIME_FLOOR = Instant.parse("1990-01-01T00:00:00Z");

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(sentAt, "sentAt");
        attributes = attributes == null || attributes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * This event without its source attributes: what the alert engine keeps in its windows (the
     * attributes are stored with the event's row and read by no decision).
     */
    public Event withoutAttributes() {
        return attributes.isEmpty()
                ? this
                : new Event(id, seq, source, type, occurredAt, sentAt, lat, lon, confidence, reporter, Map.of());
    }

    /** This event with another sequence number (a feed numbers events as it sends them). */
    public Event withSeq(long newSeq) {
        return new Event(id, newSeq, source, type, occurredAt, sentAt, lat, lon, confidence, reporter, attributes);
    }

    /** This event as sent at another time. */
    public Event withSentAt(Instant when) {
        return new Event(id, seq, source, type, occurredAt, when, lat, lon, confidence, reporter, attributes);
    }
}
