package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;

/**
 * The shapes of a layer's zones as the store keeps them (WGS84), one geometry per zone code: a zone
 * stored as several features (Chicago's district 31 in two parts) becomes one collection of them.
 */
final class ZoneShapes {
    private ZoneShapes() {}

    /** The shapes of {@code layer}'s zones, by code. */
    static Map<String, Geometry> of(Store store, String layer) {
        try (Connection c = store.connect()) {
            return ReportMap.shapes(c, layer);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the zones of layer " + layer + " from the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
