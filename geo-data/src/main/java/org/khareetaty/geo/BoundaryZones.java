package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;

/** The zones of a store's boundary layers, as the map draws them. Each call reads on a connection of its own. */
public final class BoundaryZones {
    /** One zone of a layer: its code, its name (may be null) and its WGS84 polygon. */
    public record Zone(String code, String name, Geometry geometry) {
        /** The name, or the code when the zone has none. */
        public String label() {
            return name == null || name.isBlank() ? code : name;
        }
    }

    private final Store store;

    public BoundaryZones(Store store) {
        this.store = store;
    }

    /** Each layer (primary first, then in load order) with its zones in the order they were loaded. */
    public Map<String, List<Zone>> byLayer() {
        Map<String, List<Zone>> out = new LinkedHashMap<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT layer FROM boundary_layers ORDER BY is_primary DESC, loaded_at, layer")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT layer, code, name, geom FROM boundaries ORDER BY id")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Zone(rs.getString(2), rs.getString(3), (Geometry) rs.getObject(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the boundary zones from the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
