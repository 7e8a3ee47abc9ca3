package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The boundary layers of a store: what {@code khareetaty boundaries list} prints, and the study
 * area (the union of the primary layer). Thread safe; each call opens its own connection.
 */
public final class BoundaryLayers {
    private static final String SELECT = "SELECT layer, zone_column, is_primary, source_file, code_field, "
            + "name_field, parent_field, loaded_at, feature_count, repaired_count, rejected_count FROM boundary_layers";

    private final Store store;

    /** The layers of {@code store}. */
    public BoundaryLayers(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every layer, primary first, then by name. */
    public List<LayerInfo> list() {
        return query(SELECT + " ORDER BY is_primary DESC, layer", null);
    }

    /** The layer called {@code layer}, if loaded. */
    public Optional<LayerInfo> find(String layer) {
        return query(SELECT + " WHERE layer = ?", layer).stream().findFirst();
    }

    /** The primary layer, if any layer is loaded. */
    public Optional<LayerInfo> primary() {
        return list().stream().filter(LayerInfo::primary).findFirst();
    }

    /** The study area: the union of the primary layer's boundaries (WGS84), if any layer is loaded. */
    public Optional<Geometry> studyArea() {
        List<Geometry> parts = new ArrayList<>();
        try (Connection c = store.connect();
                var s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT b.geom FROM boundaries b JOIN boundary_layers l ON l.layer = b.layer WHERE l.is_primary")) {
            while (rs.next()) {
                parts.add(rs.getObject(1, Geometry.class));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the study area from the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Geometry union = UnaryUnionOp.union(parts);
        union.setSRID(4326);
        return Optional.of(union);
    }

    private List<LayerInfo> query(String sql, String layer) {
        List<LayerInfo> layers = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (layer != null) {
                ps.setString(1, layer);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    layers.add(new LayerInfo(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getBoolean(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant(),
                            rs.getInt(9),
                            rs.getInt(10),
                            rs.getInt(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot list the boundary layers of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        return layers;
    }
}
