package org.khareetaty.core.alert.audit;

import java.time.Instant;
import java.util.List;

/**
 * The fairness check over a period (the original design's bias gate).
 *
 * @param layer     the primary boundary layer the zones come from, or null when the store has none
 * @param from      start of the period (earliest event of the alerts considered), or null when there are none
 * @param to        end of the period (latest event of the alerts considered)
 * @param alerts    alerts considered (every type but trend watch)
 * @param incidents store incidents that occurred in the period
 * @param ratio     the configured bound on alertShare / incidentShare
 * @param minAlerts the configured least number of alerts for a zone to be flagged
 * @param zones     every zone with alerts or incidents, most disproportionate first
 * @param note      why the check could not be made, or null
 */
public record FairnessReport(
        String layer,
        Instant from,
        Instant to,
        long alerts,
        long incidents,
        double ratio,
        int minAlerts,
        List<ZoneShare> zones,
        String note) {

    /** The zones flagged as disproportionate. */
    public List<ZoneShare> flagged() {
        return zones.stream().filter(ZoneShare::disproportionate).toList();
    }
}
