package org.khareetaty.geo.streets;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Cuts streets at the edges of the {@link StreetTile}s they cross, so each stored piece lies in one
 * tile and the map reads a view's streets by tile key. A line inside one tile (a city block's
 * centreline nearly always) is kept whole; a longer one is intersected with each tile its box
 * touches.
 */
final class StreetTiling {
    private final GeometryFactory factory = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);

    /** The pieces of {@code street}, each in its tile. */
    List<StreetLine> cut(SourceStreet street) {
        List<StreetLine> out = new ArrayList<>();
        for (int i = 0; i < street.line().getNumGeometries(); i++) {
            if (street.line().getGeometryN(i) instanceof LineString part && part.getNumPoints() >= 2) {
                cut(street, part, out);
            }
        }
        return out;
    }

    private void cut(SourceStreet street, LineString part, List<StreetLine> out) {
        Envelope e = part.getEnvelopeInternal();
        long x0 = StreetTile.column(e.getMinX());
        long x1 = StreetTile.column(e.getMaxX());
        long y0 = StreetTile.row(e.getMaxY());
        long y1 = StreetTile.row(e.getMinY());
        if (x0 == x1 && y0 == y1) {
            out.add(new StreetLine(StreetTile.key(x0, y0), street.name(), street.streetClass(), part));
            return;
        }
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                Geometry inside = part.intersection(factory.toGeometry(StreetTile.box(x, y)));
                for (int k = 0; k < inside.getNumGeometries(); k++) {
                    if (inside.getGeometryN(k) instanceof LineString piece && piece.getNumPoints() >= 2) {
                        out.add(new StreetLine(StreetTile.key(x, y), street.name(), street.streetClass(), piece));
                    }
                }
            }
        }
    }
}
