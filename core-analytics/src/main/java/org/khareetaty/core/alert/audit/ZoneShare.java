package org.khareetaty.core.alert.audit;

/**
 * One zone in the fairness check.
 *
 * @param zone             zone code of the primary boundary layer ({@code null}: outside every zone)
 * @param name             zone name, or null
 * @param alerts           alerts raised in the zone in the period
 * @param alertShare       its share of the period's alerts, 0..1
 * @param incidents        store incidents in the zone in the period
 * @param incidentShare    its share of the period's incidents, 0..1
 * @param ratio            alertShare / incidentShare (infinite when the zone has alerts and no incidents)
 * @param disproportionate a zone (not the alerts outside every zone) with a ratio above the configured bound and at least
 *                         the configured number of alerts
 */
public record ZoneShare(
        String zone,
        String name,
        long alerts,
        double alertShare,
        long incidents,
        double incidentShare,
        double ratio,
        boolean disproportionate) {}
