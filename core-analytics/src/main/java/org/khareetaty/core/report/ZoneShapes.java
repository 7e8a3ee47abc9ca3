package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The shapes of a layer's zones as the store keeps them (WGS84), one geometry per zone code: a zone
 * stored as several features (Chicago's district 31 in two parts) becomes one collection of them.
 */
final class ZoneShapes {
    private ZoneShapes() {}

    /** The shapes of {@code layer}'s zones, by code. */
    static Map<String, Geometry> of(Store store, String layer) {
        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT code, geom FROM boundaries WHERE layer = ? ORDER BY code, id")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add((Geometry) rs.getObject(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the zones of layer " + layer + " from the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        GeometryFactory f = new GeometryFactory();
        parts.forEach((code, g) -> out.put(code, g.size() == 1 ? g.get(0) : f.buildGeometry(g)));
        return out;
    }
}
