package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * Writes a screened layer into the store in one transaction: replaces the layer's
 * {@code boundary_layers} row and its {@code boundaries}, settles which layer is primary, and
 * labels the incidents already stored, dropping the drill-down's aggregates that hold their zones
 * ({@link GoldAggregates#forgetAll}: made again at the next drill-down). H2 commits DDL at once, so
 * the {@code zone_<layer>} column is added before the transaction and dropped again if the
 * transaction does not commit.
 */
final class LayerWriter {
    private static final int BATCH = 200;

    /** What was written. */
    record Written(boolean primary, long incidentsZoned) {}

    private final Store store;

    LayerWriter(Store store) {
        this.store = store;
    }

    Written write(LayerSpec spec, String source, ScreenedLayer layer, ProgressTracker progress) {
        progress.checkCancelled();
        String zoneColumn = spec.zoneColumn();
        try (Connection c = store.connect()) {
            boolean added = addZoneColumn(c, zoneColumn);
            try {
                c.setAutoCommit(false);
                boolean primary = replaceLayerRow(c, spec, source, layer);
                insertBoundaries(c, spec.layer(), layer, progress);
                long zoned = new ZoneLabeller(layer.accepted()).label(c, zoneColumn, progress);
                GoldAggregates.forgetAll(c);
                progress.checkCancelled();
                c.commit();
                return new Written(primary, zoned);
            } catch (SQLException | RuntimeException e) {
                undo(c, added ? zoneColumn : null, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot write boundary layer '" + spec.layer() + "' to the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Rolls back and drops the zone column this load added; failures are added to {@code cause}. */
    private static void undo(Connection c, String addedZoneColumn, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            if (addedZoneColumn != null) {
                dropZoneColumn(c, addedZoneColumn);
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Adds {@code incidents.<zoneColumn>} when absent; true when it was added. The column gets no
     * index: each secondary index costs the importer a B-tree insert and a commit step per row
     * (measured in docs/benchmarks.md); zone totals come from a scan or from aggregates.
     */
    private static boolean addZoneColumn(Connection c, String zoneColumn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'INCIDENTS' AND COLUMN_NAME = ?")) {
            ps.setString(1, zoneColumn.toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return false;
                }
            }
        }
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE incidents ADD COLUMN IF NOT EXISTS " + zoneColumn + " VARCHAR(128)");
        }
        return true;
    }

    private static void dropZoneColumn(Connection c, String zoneColumn) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE incidents DROP COLUMN IF EXISTS " + zoneColumn);
        }
    }

    /** Replaces the layer row; returns whether the layer is primary. */
    private static boolean replaceLayerRow(Connection c, LayerSpec spec, String source, ScreenedLayer layer)
            throws SQLException {
        boolean otherPrimary;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COUNT(*) FROM boundary_layers WHERE is_primary AND layer <> ?")) {
            ps.setString(1, spec.layer());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                otherPrimary = rs.getInt(1) > 0;
            }
        }
        boolean primary = spec.primary() || !otherPrimary;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM boundary_layers WHERE layer = ?")) {
            ps.setString(1, spec.layer());
            ps.executeUpdate();
        }
        if (primary) {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE boundary_layers SET is_primary = FALSE WHERE is_primary")) {
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO boundary_layers (layer, zone_column, is_primary, "
                + "source_file, code_field, name_field, parent_field, loaded_at, feature_count, repaired_count, "
                + "rejected_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, spec.layer());
            ps.setString(2, spec.zoneColumn());
            ps.setBoolean(3, primary);
            ps.setString(4, truncate(source, 1024));
            ps.setString(5, spec.codeField());
            setNullable(ps, 6, spec.nameField());
            setNullable(ps, 7, spec.parentField());
            ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setInt(9, layer.accepted().size());
            ps.setInt(10, layer.repairs().size());
            ps.setInt(11, layer.rejected().size());
            ps.executeUpdate();
        }
        return primary;
    }

    private static void insertBoundaries(Connection c, String layerName, ScreenedLayer layer, ProgressTracker progress)
            throws SQLException {
        progress.phase("write layer " + layerName, layer.accepted().size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO boundaries (layer, code, name, parent, attributes, "
                + "repaired, geom) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Boundary b : layer.accepted()) {
                ps.setString(1, layerName);
                ps.setString(2, b.code());
                setNullable(ps, 3, b.name());
                setNullable(ps, 4, b.parent());
                ps.setString(5, b.attributes());
                ps.setBoolean(6, b.repaired());
                ps.setObject(7, b.geometry());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    progress.step(n, n);
                }
            }
            ps.executeBatch();
            progress.finish(n, n);
        }
    }

    private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max + 3);
    }
}
