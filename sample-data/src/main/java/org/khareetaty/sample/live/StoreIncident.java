package org.khareetaty.sample.live;

import java.time.Instant;

/**
 * An incident of the store, as the stream generator needs it.
 *
 * @param id          the store's incident id
 * @param occurredAt  when it happened
 * @param lat         WGS84 latitude
 * @param lon         WGS84 longitude
 * @param offenseType the offense type as the source named it
 * @param category    the taxonomy category ({@code violent}, {@code property}, ...)
 * @param severity    the taxonomy severity, 0..1
 */
public record StoreIncident(
        long id, Instant occurredAt, double lat, double lon, String offenseType, String category, double severity) {}
