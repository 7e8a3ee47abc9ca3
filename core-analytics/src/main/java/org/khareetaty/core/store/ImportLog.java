package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code imports} table: one row per import attempt. An import writes its rows in committed
 * batches while its status is {@code running}; when it completes the status becomes
 * {@code complete}. An import that fails or is cancelled has its rows removed again
 * ({@link #rollBack}), and so has one whose process died: {@link #recoverUnfinished} runs when a
 * store is opened, which only one process can do at a time.
 */
public final class ImportLog {
    private static final int DELETE_CHUNK = 20_000;

    private ImportLog() {}

    /**
     * Records the start of an import and commits; returns its id, one more than the last import's.
     * Not the identity column's next value: H2 takes those 32 at a time and loses the rest when its
     * process dies, so the import after a killed one was #35 instead of #4. Imports take turns
     * ({@link Store#exclusively}) in the one process that has the store open.
     */
    public static long start(Connection c, String fileName, String profile, String source) throws SQLException {
        long id;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM imports")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO imports(id, file_name, profile, source, started_at, status, "
                        + "first_incident_id) VALUES (?, ?, ?, ?, ?, 'running', (SELECT COALESCE(MAX(id), 0) + 1 FROM incidents))")) {
            ps.setLong(1, id);
            ps.setString(2, fileName);
            ps.setString(3, profile);
            ps.setString(4, source);
            ps.setObject(5, now());
            ps.executeUpdate();
            c.commit();
            return id;
        }
    }

    /** The id the import's first incident has: its incidents' ids are consecutive from it, in the order written. */
    public static long firstIncidentId(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT first_incident_id FROM imports WHERE id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Marks an import complete with its final counts and the file's SHA-256; the caller commits. */
    public static void complete(Connection c, long id, String sha256, ImportCounts n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE imports SET status = 'complete', finished_at = ?, "
                        + "file_sha256 = ?, rows_read = ?, loaded = ?, rejected = ?, duplicates = ?, mismatched = ? WHERE id = ?")) {
            ps.setObject(1, now());
            ps.setString(2, sha256);
            ps.setLong(3, n.read());
            ps.setLong(4, n.loaded());
            ps.setLong(5, n.rejected());
            ps.setLong(6, n.duplicates());
            ps.setLong(7, n.mismatched());
            ps.setLong(8, id);
            ps.executeUpdate();
        }
    }

    /**
     * Records the warnings of a completing import, by code ({@code offset_disagrees_with_zone=3}),
     * in {@code imports.flagged}; the caller commits.
     */
    public static void flagged(Connection c, long id, Map<String, Long> flagged) throws SQLException {
        if (flagged.isEmpty()) {
            return;
        }
        StringJoiner j = new StringJoiner(";");
        flagged.forEach((code, n) -> j.add(code + "=" + n));
        try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET flagged = ? WHERE id = ?")) {
            ps.setString(1, j.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Removes every row an unfinished import wrote, in committed chunks (so this itself survives
     * being killed), then marks it {@code status} with the message. The incidents go by primary-key
     * range from the import's first id. With {@code repair}, after a killed process, the secondary
     * indexes are dropped first and rebuilt after, since H2 may have left them out of step with
     * the rows ({@link SecondaryIndexes}).
     */
    public static void rollBack(Connection c, long id, String status, String message, boolean repair)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            removeRows(c, id, repair);
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE imports SET status = ?, message = ?, finished_at = ?, "
                            + "loaded = 0, rejected = 0, duplicates = 0, mismatched = 0 WHERE id = ?")) {
                ps.setString(1, status);
                ps.setString(2, message == null ? null : message.substring(0, Math.min(4000, message.length())));
                ps.setObject(3, now());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Starts undoing complete import {@code id}: marks it {@code undoing}, with who and when, in the
     * caller's transaction (which also drops its aggregates); {@link #finishUndo} removes its rows.
     *
     * @return false when there is no complete import {@code id}
     */
    public static boolean startUndo(Connection c, long id, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET status = 'undoing', undone_at = ?, "
                + "undone_by = ? WHERE id = ? AND status = 'complete'")) {
            ps.setObject(1, now());
            ps.setString(2, actor);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Removes the incidents, rejected rows and dedup keys of import {@code id}, being undone, in
     * committed chunks, then marks it {@code undone}; its counts stay, as the record of what it
     * loaded. Redone by {@link #recoverUnfinished} if the process dies on the way.
     */
    public static void finishUndo(Connection c, long id, boolean repair) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            removeRows(c, id, repair);
            try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET status = 'undone', message = "
                    + "'undone by ' || undone_by || ' at ' || CAST(undone_at AS VARCHAR) WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Deletes an import's incidents (by primary-key range), rejected rows, duplicate rows and dedup
     * keys in committed chunks.
     */
    private static void removeRows(Connection c, long id, boolean repair) throws SQLException {
        if (repair) {
            SecondaryIndexes.drop(c);
            c.commit();
        }
        long first = scalar(c, "SELECT COALESCE(first_incident_id, 1) FROM imports WHERE id = " + id);
        long last = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM incidents");
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM incidents WHERE id BETWEEN ? AND ? AND import_id = ?")) {
            for (long lo = first; lo <= last; lo += DELETE_CHUNK) {
                ps.setLong(1, lo);
                ps.setLong(2, lo + DELETE_CHUNK - 1);
                ps.setLong(3, id);
                ps.executeUpdate();
                c.commit();
            }
        }
        for (String table : List.of("rejected_rows", "duplicate_rows", "dedup_journal")) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE import_id = ? FETCH FIRST " + DELETE_CHUNK + " ROWS ONLY")) {
                ps.setLong(1, id);
                while (ps.executeUpdate() > 0) {
                    c.commit();
                }
            }
        }
        if (repair) {
            SecondaryIndexes.ensure(c);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Rolls back every import left {@code running} by a process that died; returns their ids.
     * Call only while holding the store exclusively (at open).
     */
    public static List<Long> recoverUnfinished(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM imports WHERE status = 'running'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            rollBack(
                    c,
                    id,
                    "aborted",
                    "the importing process stopped before the import completed; its rows were removed",
                    true);
        }
        List<Long> undoing = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM imports WHERE status = 'undoing'")) {
            while (rs.next()) {
                undoing.add(rs.getLong(1));
            }
        }
        for (long id : undoing) {
            finishUndo(c, id, true);
        }
        ids.addAll(undoing);
        return ids;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
