package org.khareetaty.core.alert.enrich;

import java.util.List;
import java.util.Map;

/**
 * What enrichment adds to an event.
 *
 * @param zones       zone code per boundary layer (layer name to code; a layer the point is outside maps to null)
 * @param zone        the primary layer's zone code, or null
 * @param cell        H3 cell at the window resolution
 * @param site        the nearest sensitive site within the influence distance, or null
 * @param siteTerm    kind weight x (1 - distance / influence), 0 without a site
 * @param cellRisk    the cell's dynamic risk before this event
 * @param riskTerm    {@code 1 - exp(-cellRisk / saturation)}
 * @param spatial     the spatial-sensitivity term: the larger of siteTerm and riskTerm
 * @param complete    false when the nearest site and the cell's risk were left out (enrichment failed,
 *                    or its budget had passed once the place was found): site null, their terms 0
 */
public record Enrichment(
        Map<String, String> zones,
        String zone,
        long cell,
        NearestSite site,
        double siteTerm,
        double cellRisk,
        double riskTerm,
        double spatial,
        boolean complete) {

    /** The enrichment of an event whose enrichment failed: its cell only. */
    public static Enrichment failed(long cell) {
        return new Enrichment(Map.of(), null, cell, null, 0, 0, 0, 0, false);
    }

    /** The layer names, for messages. */
    public List<String> layers() {
        return List.copyOf(zones.keySet());
    }
}
