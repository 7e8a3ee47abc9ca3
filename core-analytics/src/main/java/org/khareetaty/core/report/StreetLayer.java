package org.khareetaty.core.report;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The store's street centrelines for a report's map page (geo-data's {@code StreetLines}: the {@code street_lines}
 * of {@code khareetaty streets load}), drawn as thin grey lines under the coloured areas, the classes the window's
 * map draws at the page's zoom (none over a whole city, every street over a district's page).
 */
public interface StreetLayer {
    /** The lines of the classes drawn at web-mercator {@code zoom} in the tiles {@code box} (lon/lat) touches; none when there is no street layer. */
    List<Geometry> lines(Envelope box, int zoom);

    /** The file the street layer was loaded from, for the map's credits; empty when the store has none. */
    String credit();
}
