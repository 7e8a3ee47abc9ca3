package org.khareetaty.sample.live;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What a generated stream file holds.
 *
 * @param file      the file written
 * @param incidents incidents the stream was made from
 * @param events    events written (numbered 1..events)
 * @param bySource  events per source (wire name)
 * @param byRole    events per ground-truth role ({@link EventRole#wire()})
 * @param firstSent the first recorded send time
 * @param lastSent  the last recorded send time
 * @param sha256    the file's SHA-256: the same seed and incidents give the same bytes
 */
public record LiveStreamSummary(
        Path file,
        long incidents,
        long events,
        Map<String, Long> bySource,
        Map<String, Long> byRole,
        Instant firstSent,
        Instant lastSent,
        String sha256) {

    /** The share of gunshot alerts with a real gun crime behind them. */
    public double gunshotPrecision() {
        long t = byRole.getOrDefault(EventRole.GUNSHOT_TRUE.wire(), 0L);
        long f = byRole.getOrDefault(EventRole.GUNSHOT_FALSE.wire(), 0L);
        return t + f == 0 ? Double.NaN : t / (double) (t + f);
    }
}
