package org.khareetaty.core.hotspot;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * One DBSCAN cluster of incidents.
 *
 * @param id              number within its run, 1.. in order of zone, then of the cluster's first core incident
 * @param zone            the zone code when the run is per layer, else null
 * @param count           incidents in the cluster (cores and borders)
 * @param centroidLon     mean longitude of its incidents, WGS84
 * @param centroidLat     mean latitude of its incidents, WGS84
 * @param hull            convex hull of its incidents, WGS84 (SRID 4326); a point or a line when they are collinear
 * @param dominantOffense the most frequent offense type (ties: the alphabetically first)
 * @param first           earliest occurrence, UTC
 * @param last            latest occurrence, UTC
 * @param densityPerKm2   count per square kilometre of the hull's ground area, the area floored at
 *                        {@link HotspotFinder#FLOOR_AREA_M2} so a point or line hull gets a finite density
 */
public record Hotspot(
        int id,
        String zone,
        int count,
        double centroidLon,
        double centroidLat,
        Geometry hull,
        String dominantOffense,
        Instant first,
        Instant last,
        double densityPerKm2) {}
