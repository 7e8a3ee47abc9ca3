package org.khareetaty.core.alert.enrich;

import java.util.List;
import org.khareetaty.core.geo.GreatCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The sensitive sites in memory: an STR-tree of their envelopes, so finding the nearest site within
 * the influence distance touches only the sites whose envelope is that close. Distances to polygons
 * are measured on a local equirectangular plane around the event (exact to well under 1% within the
 * few hundred metres of influence). Read only after construction, so safe for concurrent lookups.
 */
public final class SiteIndex {
    private static final GeometryFactory GF = new GeometryFactory();
    private final STRtree tree = new STRtree();
    private final int size;

    private record Entry(Site site, IndexedPointInAreaLocator inside) {}

    public SiteIndex(List<Site> sites) {
        for (Site s : sites) {
            Geometry g = s.geometry();
            tree.insert(
                    g.getEnvelopeInternal(),
                    new Entry(s, g instanceof Polygonal ? new IndexedPointInAreaLocator(g) : null));
        }
        tree.build();
        this.size = sites.size();
    }

    /** Number of sites. */
    public int size() {
        return size;
    }

    /** The nearest site within {@code maxM} metres of the point, or null. */
    public NearestSite nearest(double lat, double lon, double maxM) {
        if (size == 0) {
            return null;
        }
        double dLat = maxM / GreatCircle.METRES_PER_DEGREE;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double dLon = dLat / cos;
        Envelope around = new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
        NearestSite best = null;
        for (Object o : tree.query(around)) {
            Entry e = (Entry) o;
            double d = distance(e, lat, lon, cos);
            if (d <= maxM && (best == null || d < best.distanceM())) {
                best = new NearestSite(e.site(), d);
            }
        }
        return best;
    }

    private static double distance(Entry e, double lat, double lon, double cos) {
        Geometry g = e.site().geometry();
        if (g instanceof Point p) {
            return GreatCircle.metres(lat, lon, p.getY(), p.getX());
        }
        if (e.inside() != null && e.inside().locate(new Coordinate(lon, lat)) != Location.EXTERIOR) {
            return 0;
        }
        Geometry local = g.copy();
        local.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = (c.x - lon) * cos * GreatCircle.METRES_PER_DEGREE;
            c.y = (c.y - lat) * GreatCircle.METRES_PER_DEGREE;
        });
        local.geometryChanged();
        return local.distance(GF.createPoint(new Coordinate(0, 0)));
    }
}
