package org.khareetaty.core.hotspot;

import java.util.List;

/**
 * A hotspot set: the run and its hotspots. {@code points = noise + sum of the hotspots' counts}.
 *
 * @param summary  the run's parameters and totals
 * @param hotspots the hotspots, by id
 */
public record HotspotRun(HotspotRunSummary summary, List<Hotspot> hotspots) {
    /** Copies the list. */
    public HotspotRun {
        hotspots = List.copyOf(hotspots);
    }
}
