package org.khareetaty.core.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A layer's zones in an STR-tree of their envelopes: a lookup tests, exactly, the few polygons
 * whose envelope holds the point. Costs nothing to build, so it serves the occasional lookup
 * (a cell's label, a live event); an import's lookups by the million go through a
 * {@link ZoneGrid}. Read only after construction: safe for concurrent lookups.
 */
final class ZonePolygons implements ZoneLookup {
    private final STRtree tree = new STRtree();

    ZonePolygons(List<ZoneGrid.Zone> zones) {
        for (ZoneGrid.Zone z : zones) {
            tree.insert(z.polygon().getEnvelopeInternal(), z);
        }
        tree.build();
    }

    @Override
    public String codeAt(double lon, double lat) {
        Coordinate c = new Coordinate(lon, lat);
        ZoneGrid.Zone best = null;
        for (Object o : tree.query(new Envelope(c))) {
            ZoneGrid.Zone z = (ZoneGrid.Zone) o;
            if ((best == null || z.order() < best.order()) && z.locator().locate(c) != Location.EXTERIOR) {
                best = z;
            }
        }
        return best == null ? null : best.code();
    }
}
