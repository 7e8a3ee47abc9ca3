package org.khareetaty.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.khareetaty.core.geo.GeoJsonFeatures;
import org.khareetaty.core.store.Store;

/**
 * Puts a real boundary file (from the shared data) into a store the way the geo-data loader does
 * (a {@code boundary_layers} row, one {@code boundaries} row per feature, the incidents'
 * {@code zone_<layer>} column), for core-analytics tests, which cannot use the loader (geo-data
 * depends on core-analytics). Use before importing incidents, so the importer zones them.
 */
public final class TestBoundaries {
    private TestBoundaries() {}

    /** Kuwait's six governorates (Natural Earth), codes ISO 3166-2 ({@code KW-KU} Capital), as the primary layer. */
    public static void kuwaitGovernorates(Store store) {
        load(
                store,
                SharedData.file("kuwait/governorates_naturalearth.geojson"),
                "governorates",
                "iso_3166_2",
                "name_en",
                true);
    }

    /** Chicago's 25 police districts ({@code dist_num}, names {@code dist_label}). */
    public static void chicagoDistricts(Store store, boolean primary) {
        load(
                store,
                SharedData.file("chicago/police_districts.geojson"),
                "districts",
                "dist_num",
                "dist_label",
                primary);
    }

    /** Loads {@code file} as {@code layer}. */
    public static void load(Store store, Path file, String layer, String codeField, String nameField, boolean primary) {
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(file);
        try (Connection c = store.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE incidents ADD COLUMN IF NOT EXISTS zone_" + layer + " VARCHAR(128)");
                if (primary) {
                    s.execute("UPDATE boundary_layers SET is_primary = FALSE");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO boundary_layers (layer, zone_column, is_primary, source_file, "
                            + "code_field, name_field, loaded_at, feature_count, repaired_count, rejected_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
                ps.setString(1, layer);
                ps.setString(2, "zone_" + layer);
                ps.setBoolean(3, primary);
                ps.setString(4, file.toString());
                ps.setString(5, codeField);
                ps.setString(6, nameField);
                ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setInt(8, features.size());
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO boundaries (layer, code, name, geom) VALUES (?, ?, ?, ?)")) {
                for (GeoJsonFeatures.Feature f : features) {
                    ps.setString(1, layer);
                    ps.setString(2, String.valueOf(f.properties().get(codeField)));
                    ps.setString(3, String.valueOf(f.properties().get(nameField)));
                    ps.setObject(4, f.geometry());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot load " + file + " into the test store: " + e.getMessage(), e);
        }
    }
}
