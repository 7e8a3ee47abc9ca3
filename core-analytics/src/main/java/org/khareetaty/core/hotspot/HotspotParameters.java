package org.khareetaty.core.hotspot;

import java.time.LocalDate;
import java.util.List;

/**
 * What a hotspot run clusters and how.
 *
 * @param epsM       DBSCAN neighbourhood radius in metres on the ground, &gt; 0
 * @param minPts     incidents within eps (the incident itself included) that make a core, &gt;= 1
 * @param perLayer   boundary layer whose zones are clustered separately ("districts"), or null for the whole area
 * @param categories offense categories to keep ("violent"); empty for all
 * @param from       first local date to keep (inclusive), or null
 * @param to         last local date to keep (inclusive), or null
 */
public record HotspotParameters(
        double epsM, int minPts, String perLayer, List<String> categories, LocalDate from, LocalDate to) {

    /** Validates; a null category list means all categories. */
    public HotspotParameters {
        Dbscan.validate(epsM, minPts);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "--from " + from + " is after --to " + to + ": give the earlier date first");
        }
        if (perLayer != null && perLayer.isBlank()) {
            perLayer = null;
        }
    }

    /** The whole area, every category and date. */
    public static HotspotParameters of(double epsM, int minPts) {
        return new HotspotParameters(epsM, minPts, null, List.of(), null, null);
    }
}
