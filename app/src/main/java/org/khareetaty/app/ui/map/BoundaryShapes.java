package org.khareetaty.app.ui.map;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The store's boundary layers as shapes to draw, and the extent of everything in the store. */
public final class BoundaryShapes {
    private BoundaryShapes() {
    }

    /** Each boundary layer (primary first, then in load order) with its zones, labelled by name or code. */
    public static Map<String, List<MapShape>> load(Connection c) throws SQLException {
        Map<String, List<MapShape>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT layer FROM boundary_layers ORDER BY is_primary DESC, loaded_at, layer")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT layer, code, name, geom FROM boundaries ORDER BY id")) {
                while (rs.next()) {
                    String name = rs.getString(3);
                    String label = name == null || name.isBlank() ? rs.getString(2) : name;
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(MapShape.of((Geometry) rs.getObject(4), label, null, rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** The lon/lat box of the primary boundary layer, else of every boundary, else of the incidents; null when empty. */
    public static Envelope extent(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            Envelope e = new Envelope();
            try (ResultSet rs = s.executeQuery("SELECT b.geom FROM boundaries b JOIN boundary_layers l ON l.layer = b.layer "
                    + "WHERE l.is_primary OR NOT EXISTS (SELECT 1 FROM boundary_layers WHERE is_primary)")) {
                while (rs.next()) {
                    e.expandToInclude(((Geometry) rs.getObject(1)).getEnvelopeInternal());
                }
            }
            if (!e.isNull()) {
                return e;
            }
            try (ResultSet rs = s.executeQuery("SELECT MIN(lon), MIN(lat), MAX(lon), MAX(lat) FROM incidents")) {
                rs.next();
                if (rs.getObject(1) == null) {
                    return null;
                }
                return new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4));
            }
        }
    }
}
