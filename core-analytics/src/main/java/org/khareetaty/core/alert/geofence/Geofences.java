package org.khareetaty.core.alert.geofence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.GeoJsonFeatures;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/** The store's geofences ({@code alert_geofences}): add from GeoJSON, list, remove. */
public final class Geofences {
    private final Store store;

    public Geofences(Store store) {
        this.store = store;
    }

    /**
     * Adds (or replaces) the geofence {@code name}: the union of the polygons of {@code file}, with
     * {@code rule}. A running engine picks it up when it is next opened.
     *
     * @throws IllegalArgumentException naming the file and feature when a feature is not a polygon
     */
    public Geofence add(String name, Path file, GeofenceRule rule) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,100}")) {
            throw new IllegalArgumentException(
                    "geofence name '" + name + "': use 1 to 100 letters, digits, '_', '-' or '.'");
        }
        List<Polygon> parts = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
            if (!(f.geometry() instanceof Polygonal)) {
                throw new IllegalArgumentException(file + ": feature " + f.index() + " is a "
                        + f.geometry().getGeometryType() + "; a geofence is made of Polygons or MultiPolygons");
            }
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                parts.add((Polygon) f.geometry().getGeometryN(i));
            }
        }
        GeometryFactory gf = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);
        Geometry polygon = parts.size() == 1
                ? parts.get(0)
                : gf.createMultiPolygon(parts.toArray(Polygon[]::new)).union();
        polygon.setSRID(4326);
        try (Connection c = store.connect()) {
            org.khareetaty.core.store.Transactions.inOne(c, tx -> {
                try (PreparedStatement del = tx.prepareStatement("DELETE FROM alert_geofences WHERE name = ?");
                        PreparedStatement ins = tx.prepareStatement(
                                "INSERT INTO alert_geofences (name, rule, source_file, created_at, geom) "
                                        + "VALUES (?, ?, ?, ?, ?)")) {
                    del.setString(1, name);
                    del.executeUpdate();
                    ins.setString(1, name);
                    ins.setString(2, rule.toString());
                    ins.setString(3, file.toString());
                    ins.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    ins.setObject(5, polygon);
                    ins.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot store geofence '" + name + "' in " + store.dir() + ": " + e.getMessage(), e);
        }
        return new Geofence(name, rule, polygon, file.toString());
    }

    /** Every geofence, by name. */
    public List<Geofence> list() {
        try (Connection c = store.connect()) {
            return list(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the geofences of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Every geofence, by name, read on {@code c}. */
    public static List<Geofence> list(Connection c) throws SQLException {
        List<Geofence> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT name, rule, geom, source_file FROM alert_geofences ORDER BY name")) {
            while (rs.next()) {
                out.add(new Geofence(
                        rs.getString(1),
                        GeofenceRule.parse(rs.getString(2)),
                        (Geometry) rs.getObject(3),
                        rs.getString(4)));
            }
        }
        return out;
    }

    /** Removes the geofence {@code name}; false when there is none. */
    public boolean remove(String name) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM alert_geofences WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot remove geofence '" + name + "' from " + store.dir() + ": " + e.getMessage(), e);
        }
    }
}
