package org.khareetaty.core.alert.enrich;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.geo.GeoJsonFeatures;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.store.Transactions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * The store's layer of sensitive sites ({@code alert_sites}): schools, hospitals, government
 * buildings, loaded from GeoJSON points or polygons ({@code khareetaty alerts sites load}).
 */
public final class SensitiveSites {
    private final Store store;

    public SensitiveSites(Store store) {
        this.store = store;
    }

    /** What a load did: sites added by kind. */
    public record Loaded(Path file, int added, Map<String, Integer> byKind) {}

    /** A kind of site and how many the store holds. */
    public record KindCount(String kind, int sites) {}

    /**
     * Adds every feature of {@code file} as a site. The kind is the feature's {@code kindField}
     * property when given and present, else {@code kind}; the name its {@code nameField} property.
     *
     * @throws IllegalArgumentException naming the file and feature when a feature is not a point or
     *         polygon, or has no kind
     */
    public Loaded load(Path file, String kindField, String nameField, String kind) {
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(file);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : features) {
            Geometry g = f.geometry();
            if (!(g instanceof Point || g instanceof Polygonal)) {
                throw new IllegalArgumentException(file + ": feature " + f.index() + " is a " + g.getGeometryType()
                        + "; a sensitive site is a Point, Polygon or MultiPolygon");
            }
            Object k = kindField == null ? null : f.properties().get(kindField);
            String siteKind = k != null ? k.toString() : kind;
            if (siteKind == null || siteKind.isBlank()) {
                throw new IllegalArgumentException(file + ": feature " + f.index() + " has no kind: give --kind K"
                        + (kindField == null ? "" : " or set its '" + kindField + "' property"));
            }
            siteKind = siteKind.strip().toLowerCase(Locale.ROOT);
            Object n = nameField == null ? null : f.properties().get(nameField);
            rows.add(new Object[] {
                siteKind, n == null ? null : n.toString(), f.properties().toString(), g
            });
            byKind.merge(siteKind, 1, Integer::sum);
        }
        try (Connection c = store.connect()) {
            Transactions.inOne(c, tx -> {
                try (PreparedStatement ps =
                        tx.prepareStatement("INSERT INTO alert_sites (kind, name, source_file, attributes, "
                                + "loaded_at, geom) VALUES (?, ?, ?, ?, ?, ?)")) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (Object[] r : rows) {
                        ps.setString(1, (String) r[0]);
                        ps.setString(2, (String) r[1]);
                        ps.setString(3, file.toString());
                        ps.setString(4, (String) r[2]);
                        ps.setObject(5, now);
                        ps.setObject(6, r[3]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot store the sites of " + file + " in " + store.dir() + ": " + e.getMessage(), e);
        }
        return new Loaded(file, rows.size(), byKind);
    }

    /** The number of sites per kind. */
    public List<KindCount> kinds() {
        List<KindCount> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM alert_sites GROUP BY kind ORDER BY kind")) {
            while (rs.next()) {
                out.add(new KindCount(rs.getString(1), rs.getInt(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sites of " + store.dir() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes the sites of {@code kind}, or all when null; returns how many. */
    public int clear(String kind) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(
                        kind == null ? "DELETE FROM alert_sites" : "DELETE FROM alert_sites WHERE kind = ?")) {
            if (kind != null) {
                ps.setString(1, kind.toLowerCase(Locale.ROOT));
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot remove sites from " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Every site of the store, indexed. */
    public static SiteIndex index(Connection c) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kind, name, geom FROM alert_sites ORDER BY id")) {
            while (rs.next()) {
                sites.add(new Site(rs.getLong(1), rs.getString(2), rs.getString(3), (Geometry) rs.getObject(4)));
            }
        }
        return new SiteIndex(sites);
    }
}
