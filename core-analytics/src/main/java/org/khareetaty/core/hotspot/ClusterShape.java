package org.khareetaty.core.hotspot;

import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Turns the members of one cluster into a {@link Hotspot}: centroid, hull, dominant offense, times, density. */
final class ClusterShape {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final GeometryFactory PLANE = new GeometryFactory();

    private ClusterShape() {}

    static Hotspot of(int id, String zone, int[] members, int from, int to, IncidentPoints p, double[] x, double[] y) {
        int count = to - from;
        double sumLon = 0;
        double sumLat = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int[] offenseCounts = new int[p.offenses.size()];
        Coordinate[] geo = new Coordinate[count];
        Coordinate[] plane = new Coordinate[count];
        for (int m = from; m < to; m++) {
            int i = members[m];
            sumLon += p.lon[i];
            sumLat += p.lat[i];
            first = Math.min(first, p.micros[i]);
            last = Math.max(last, p.micros[i]);
            offenseCounts[p.offense[i]]++;
            geo[m - from] = new Coordinate(p.lon[i], p.lat[i]);
            plane[m - from] = new Coordinate(x[i], y[i]);
        }
        Geometry hull = new ConvexHull(geo, WGS84).getConvexHull();
        double areaM2 = new ConvexHull(plane, PLANE).getConvexHull().getArea();
        double density = count / (Math.max(areaM2, HotspotFinder.FLOOR_AREA_M2) / 1e6);
        return new Hotspot(
                id,
                zone,
                count,
                sumLon / count,
                sumLat / count,
                hull,
                dominant(offenseCounts, p),
                IncidentPoints.instant(first),
                IncidentPoints.instant(last),
                density);
    }

    private static String dominant(int[] counts, IncidentPoints p) {
        String best = null;
        int bestCount = -1;
        for (int o = 0; o < counts.length; o++) {
            String name = p.offenses.get(o);
            if (counts[o] > bestCount || (counts[o] == bestCount && counts[o] > 0 && name.compareTo(best) < 0)) {
                best = name;
                bestCount = counts[o];
            }
        }
        return best;
    }
}
