package org.khareetaty.core.alert.enrich;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.risk.RiskMap;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;

/**
 * Enriches an event with the zone of each boundary layer of the store (the same point-in-polygon
 * index the importer resolves incidents with), its H3 cell, the nearest sensitive site and the
 * cell's recent dynamic risk, and derives the spatial-sensitivity term. Not thread safe (the risk
 * map is the engine's).
 */
public final class Enricher {
    private final BoundaryIndex boundaries;
    private final SiteIndex sites;
    private final AlertConfig.Sites siteConfig;
    private final int res;

    public Enricher(BoundaryIndex boundaries, SiteIndex sites, AlertConfig config) {
        this.boundaries = boundaries;
        this.sites = sites;
        this.siteConfig = config.sites();
        this.res = config.windows().cellResolution();
    }

    /** The cell of a point at the window resolution (what enrichment also computes). */
    public long cellOf(double lat, double lon) {
        return H3Cells.h3().latLngToCell(lat, lon, res);
    }

    /** Enriches {@code e} as of stream time {@code streamTime} (for the decay of {@code risk}, the engine's dynamic risk). */
    public Enrichment enrich(Event e, Instant streamTime, RiskMap risk) {
        return enrich(e, streamTime, risk, System.nanoTime(), Long.MAX_VALUE);
    }

    /**
     * Enriches {@code e} as {@link #enrich(Event, Instant, RiskMap)} does, within a time budget: the
     * event's place (its zones and cell) always; the parts that make the spatial-sensitivity term
     * (the nearest site and the cell's risk) only when {@code budgetNanos} has not passed since
     * {@code startNanos} ({@link System#nanoTime()}) once the place is found, else they are left out
     * ({@link Enrichment#complete()} false, spatial term 0). A zero budget always leaves them out.
     */
    public Enrichment enrich(Event e, Instant streamTime, RiskMap risk, long startNanos, long budgetNanos) {
        String[] codes = boundaries.zonesOf(e.lon(), e.lat());
        Map<String, String> zones = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            zones.put(boundaries.layers().get(i).name(), codes[i]);
        }
        String zone = boundaries.primaryIndex() < 0 ? null : codes[boundaries.primaryIndex()];
        long cell = cellOf(e.lat(), e.lon());
        if (System.nanoTime() - startNanos >= budgetNanos) {
            return new Enrichment(zones, zone, cell, null, 0, 0, 0, 0, false);
        }
        NearestSite site = sites.nearest(e.lat(), e.lon(), siteConfig.influenceM());
        double siteTerm = site == null
                ? 0
                : siteConfig.weightOf(site.site().kind()) * (1 - site.distanceM() / siteConfig.influenceM());
        double cellRisk = risk.riskAt(cell, streamTime.isAfter(e.occurredAt()) ? streamTime : e.occurredAt());
        double riskTerm = risk.term(cellRisk);
        return new Enrichment(
                zones, zone, cell, site, siteTerm, cellRisk, riskTerm, Math.max(siteTerm, riskTerm), true);
    }
}
