package org.khareetaty.core.hexgrid;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stored gold aggregates: {@code gold_segments}, each the {@link CubeCodec} bytes of a
 * {@link GoldCube} over some imports, cut into {@code gold_segment_parts} of at most
 * {@link #PART_BYTES}; {@code gold_imports} says which segment holds each import. A new import gets
 * a segment of its own; {@link #compact} then merges the newest segments while the newest is at
 * least half the size of the one before (as a binary counter does), so a store holds about log2 of
 * its imports in segments and each incident is rewritten about log2 times over the store's life.
 */
final class GoldSegments {
    /** Largest part, as the dedup journal's. */
    static final int PART_BYTES = 1_000_000;

    /** One stored segment. */
    record Segment(long id, long firstImport, long incidents) {}

    private GoldSegments() {}

    /** Writes {@code cube} as a new segment holding its imports; the caller commits. */
    static long write(Connection c, GoldCube cube) throws SQLException {
        byte[] bytes = CubeCodec.encode(cube);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gold_segments(first_import, incidents, bytes) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, cube.imports.length == 0 ? 0 : cube.imports[0]);
            ps.setLong(2, cube.incidents());
            ps.setLong(3, bytes.length);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO gold_segment_parts(segment_id, part, data) VALUES (?, ?, ?)")) {
            for (int part = 0, from = 0; from < bytes.length || part == 0; part++, from += PART_BYTES) {
                ps.setLong(1, id);
                ps.setInt(2, part);
                ps.setBytes(3, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps =
                c.prepareStatement("MERGE INTO gold_imports(import_id, segment_id) KEY (import_id) VALUES (?, ?)")) {
            for (long importId : cube.imports) {
                ps.setLong(1, importId);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** The stored segments, oldest imports first. */
    static List<Segment> list(Connection c) throws SQLException {
        List<Segment> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, first_import, incidents FROM gold_segments ORDER BY first_import, id")) {
            while (rs.next()) {
                out.add(new Segment(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return out;
    }

    static GoldCube read(Connection c, long segment) throws SQLException {
        return CubeCodec.decode(bytes(c, segment));
    }

    private static byte[] bytes(Connection c, long segment) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT data FROM gold_segment_parts WHERE segment_id = ? ORDER BY part")) {
            ps.setLong(1, segment);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bytes.writeBytes(rs.getBytes(1));
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Every stored segment merged into one cube; the segments are decoded in parallel. */
    static GoldCube readAll(Connection c) throws SQLException {
        List<byte[]> stored = new ArrayList<>();
        for (Segment s : list(c)) {
            stored.add(bytes(c, s.id()));
        }
        return GoldCube.mergeAll(stored.parallelStream().map(CubeCodec::decode).toList());
    }

    /** Merges the newest segments while the newest run is at least half the size of the segment before it; one transaction. */
    static void compact(Connection c) throws SQLException {
        List<Segment> all = list(c);
        int k = all.size();
        int first = k - 1;
        long run = k == 0 ? 0 : all.get(k - 1).incidents();
        while (first > 0 && 2 * run >= all.get(first - 1).incidents()) {
            first--;
            run += all.get(first).incidents();
        }
        if (k - first < 2) {
            return;
        }
        List<Segment> merged = all.subList(first, k);
        List<GoldCube> cubes = new ArrayList<>();
        for (Segment s : merged) {
            cubes.add(read(c, s.id()));
        }
        GoldCube cube = GoldCube.mergeAll(cubes);
        org.khareetaty.core.store.Transactions.inOne(c, tx -> {
            for (Segment s : merged) {
                delete(tx, s.id());
            }
            write(tx, cube);
        });
    }

    static void delete(Connection c, long segment) throws SQLException {
        try (PreparedStatement parts = c.prepareStatement("DELETE FROM gold_segment_parts WHERE segment_id = ?");
                PreparedStatement seg = c.prepareStatement("DELETE FROM gold_segments WHERE id = ?")) {
            parts.setLong(1, segment);
            parts.executeUpdate();
            seg.setLong(1, segment);
            seg.executeUpdate();
        }
    }

    /** Removes every segment and import entry; the caller commits. */
    static void deleteAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM gold_imports");
            s.executeUpdate("DELETE FROM gold_segment_parts");
            s.executeUpdate("DELETE FROM gold_segments");
        }
    }
}
