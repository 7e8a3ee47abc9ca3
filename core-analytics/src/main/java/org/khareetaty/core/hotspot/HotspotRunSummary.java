package org.khareetaty.core.hotspot;

import java.time.Instant;

/**
 * A stored hotspot run without its hotspots, for listing.
 *
 * @param id         run id in the store
 * @param createdAt  when it ran, UTC
 * @param parameters what it clustered and how
 * @param points     incidents clustered (after the filters; per layer, those inside a zone)
 * @param clusters   hotspots found
 * @param noise      incidents in no hotspot
 * @param seconds    time taken
 */
public record HotspotRunSummary(
        long id,
        Instant createdAt,
        HotspotParameters parameters,
        long points,
        int clusters,
        long noise,
        double seconds) {}
