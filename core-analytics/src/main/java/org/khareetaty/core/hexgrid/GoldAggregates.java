package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.khareetaty.core.store.Transactions;

/**
 * Keeps the stored gold aggregates ({@link GoldSegments}) in step with the incidents. Because an
 * import only ever adds rows, and duplicates never load, an import's contribution is exactly its
 * own rows. The importer collects them as it writes them and stores them as the import's own
 * segment in the transaction that completes the import ({@link #addImport}): only the cells and days
 * it touched, never read back. {@link #catchUp} aggregates each completed import not yet included
 * (made by a version that did not do this), reading its primary-key range, each in one transaction
 * with its {@code gold_imports} row, so the aggregates never hold half an import or one twice; the
 * importer and drill-down call it. {@link #rebuild} recomputes everything from the incidents.
 */
public final class GoldAggregates {
    /** One JVM-wide lock: catch-ups, rebuilds and loads of a store's segments take turns. */
    private static final Object LOCK = new Object();

    private static final String COLUMNS =
            "SELECT h3_r10, DATEDIFF('DAY', DATE '1970-01-01', local_date), local_hour, category, "
                    + "CASE WHEN arrest IS NULL THEN " + GoldCube.ARREST_UNKNOWN + " WHEN arrest THEN "
                    + GoldCube.ARRESTED + " ELSE "
                    + GoldCube.NO_ARREST + " END + CASE WHEN zone_mismatch IS NULL THEN 0 ELSE "
                    + GoldCube.ZONE_MISMATCH + " END + CASE WHEN time_precision = 'day' THEN "
                    + GoldCube.DATE_ONLY + " ELSE 0 END, "
                    + "source, offense_type, block, place_flag";

    /**
     * What the store holds.
     *
     * @param segments  stored segments
     * @param imports   imports aggregated
     * @param incidents incidents aggregated
     * @param bytes     stored size
     */
    public record Stats(long segments, long imports, long incidents, long bytes) {}

    private GoldAggregates() {}

    /** Aggregates every completed import not yet aggregated, oldest first, then compacts; returns how many. */
    public static int catchUp(Connection c) throws SQLException {
        synchronized (LOCK) {
            List<long[]> pending = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT id, first_incident_id FROM imports "
                                    + "WHERE status = 'complete' AND id NOT IN (SELECT import_id FROM gold_imports) ORDER BY id")) {
                while (rs.next()) {
                    pending.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            for (long[] p : pending) {
                GoldCube cube = ofImport(c, p[0], p[1]);
                Transactions.inOne(c, tx -> GoldSegments.write(tx, cube));
                GoldSegments.compact(c);
            }
            GoldSegments.compact(c);
            return pending.size();
        }
    }

    /**
     * Stores the aggregates of import {@code importId} from its incidents as they were written
     * ({@code incidents}), in the caller's transaction: the importer calls it in the transaction that
     * completes the import, so the import and its aggregates commit together without reading the
     * rows back. {@link #catchUp} compacts afterwards.
     */
    public static void addImport(Connection c, long importId, GoldCube.Builder incidents) throws SQLException {
        synchronized (LOCK) {
            GoldSegments.write(c, incidents.build(new long[] {importId}));
        }
    }

    /** The incidents of one completed import (ids from {@code firstId} on with that import id) as a cube. */
    static GoldCube ofImport(Connection c, long importId, long firstId) throws SQLException {
        return collect(c, importId, firstId).build(new long[] {importId});
    }

    /**
     * The incidents of one completed import (ids from {@code firstId} on with that import id), read
     * back from the store and collected as the importer collects them while it writes them.
     */
    public static GoldCube.Builder collect(Connection c, long importId, long firstId) throws SQLException {
        return read(c, "WHERE id >= " + firstId + " AND import_id = " + importId);
    }

    /** Recomputes every aggregate from the incidents of completed imports, as one segment, in one transaction. */
    public static void rebuild(Connection c) throws SQLException {
        synchronized (LOCK) {
            Transactions.inOne(c, tx -> {
                List<Long> ids = new ArrayList<>();
                try (Statement s = tx.createStatement();
                        ResultSet rs = s.executeQuery("SELECT id FROM imports WHERE status = 'complete'")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                GoldSegments.deleteAll(tx);
                if (!ids.isEmpty()) {
                    StringJoiner in = new StringJoiner(", ", "WHERE import_id IN (", ")");
                    ids.forEach(id -> in.add(Long.toString(id)));
                    GoldSegments.write(
                            tx,
                            read(tx, in.toString())
                                    .build(ids.stream()
                                            .mapToLong(Long::longValue)
                                            .toArray()));
                }
            });
        }
    }

    /**
     * Drops the segment that holds import {@code importId}, in the caller's transaction: the other
     * imports it held are aggregated again from their incidents at the next {@link #catchUp}, so
     * after an import is undone the aggregates hold it nowhere and the others exactly once.
     */
    public static void forget(Connection c, long importId) throws SQLException {
        synchronized (LOCK) {
            try (PreparedStatement ps = c.prepareStatement("SELECT segment_id FROM gold_imports WHERE import_id = ?")) {
                ps.setLong(1, importId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    long segment = rs.getLong(1);
                    GoldSegments.delete(c, segment);
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM gold_imports WHERE segment_id = ?")) {
                        d.setLong(1, segment);
                        d.executeUpdate();
                    }
                }
            }
        }
    }

    /** Catches up, then reads every stored segment into one cube. */
    public static GoldCube load(Connection c) throws SQLException {
        synchronized (LOCK) {
            catchUp(c);
            return GoldSegments.readAll(c);
        }
    }

    /**
     * {@code cube} with every aggregated import it lacks (catching up first): the segments holding
     * only such imports are read and merged in; when one was compacted together with imports the cube
     * holds, or an import the cube holds is gone, every segment is read again.
     */
    public static GoldCube extend(Connection c, GoldCube cube) throws SQLException {
        synchronized (LOCK) {
            catchUp(c);
            java.util.Map<Long, List<Long>> bySegment = new java.util.TreeMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT segment_id, import_id FROM gold_imports")) {
                while (rs.next()) {
                    bySegment
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
            List<GoldCube> parts = new ArrayList<>(List.of(cube));
            int held = 0;
            for (var e : bySegment.entrySet()) {
                long inCube = e.getValue().stream()
                        .filter(id -> java.util.Arrays.binarySearch(cube.imports, id) >= 0)
                        .count();
                held += (int) inCube;
                if (inCube == 0) {
                    parts.add(GoldSegments.read(c, e.getKey()));
                } else if (inCube < e.getValue().size()) {
                    return GoldSegments.readAll(c);
                }
            }
            return held < cube.imports.length ? GoldSegments.readAll(c) : GoldCube.mergeAll(parts);
        }
    }

    /**
     * The incidents columns of the store's boundary layers, in the order of {@code BoundaryIndex}'s
     * layers (the order the importer writes them).
     */
    public static List<String> zoneColumns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT zone_column FROM boundary_layers ORDER BY loaded_at, layer")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Drops every stored aggregate, in the caller's transaction, when the zones stored on the
     * incidents change (a boundary layer loaded or replaced): the cube keeps each incident's zones,
     * so every import is aggregated again from its incidents at the next {@link #catchUp}.
     */
    public static void forgetAll(Connection c) throws SQLException {
        synchronized (LOCK) {
            GoldSegments.deleteAll(c);
        }
    }

    /** What the store holds. */
    public static Stats stats(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM gold_segments), "
                        + "(SELECT COUNT(*) FROM gold_imports), (SELECT COALESCE(SUM(incidents), 0) FROM gold_segments), "
                        + "(SELECT COALESCE(SUM(bytes), 0) FROM gold_segments)")) {
            rs.next();
            return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static GoldCube.Builder read(Connection c, String where) throws SQLException {
        GoldCube.Builder b = new GoldCube.Builder();
        List<String> zoneColumns = zoneColumns(c);
        StringBuilder sql = new StringBuilder(COLUMNS);
        zoneColumns.forEach(z -> sql.append(", ").append(z));
        String[] zones = new String[zoneColumns.size()];
        try (PreparedStatement ps =
                c.prepareStatement(sql.append(" FROM incidents ").append(where).toString())) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int z = 0; z < zones.length; z++) {
                        zones[z] = rs.getString(10 + z);
                    }
                    b.add(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            ZoneKey.of(zoneColumns, zones, rs.getString(9)));
                }
            }
        }
        return b;
    }
}
