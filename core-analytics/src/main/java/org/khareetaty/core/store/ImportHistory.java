package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The import log as the analyst reads it (the window's File > Import history, {@code khareetaty
 * stats}): every import with its file, times, where its rows went, and who undid it when it was
 * undone. The log does not record who ran an import.
 */
public final class ImportHistory {
    /**
     * One import.
     *
     * @param id         the import ({@code khareetaty import undo ID})
     * @param file       the file imported
     * @param profile    the profile that read it
     * @param status     running, complete, failed, cancelled, aborted or undone
     * @param started    when it started
     * @param finished   when it ended, or null
     * @param read       rows read: {@code read = loaded + rejected + duplicates}
     * @param loaded     rows loaded
     * @param rejected   rows rejected
     * @param duplicates rows counted as duplicates
     * @param undoneAt   when it was undone, or null
     * @param undoneBy   who undid it, or null
     * @param message    why it failed, or null
     */
    public record Entry(
            long id,
            String file,
            String profile,
            String status,
            Instant started,
            Instant finished,
            long read,
            long loaded,
            long rejected,
            long duplicates,
            Instant undoneAt,
            String undoneBy,
            String message) {
        /** True when the import can be undone: it is complete. */
        public boolean undoable() {
            return "complete".equals(status);
        }
    }

    private ImportHistory() {}

    /** Every import of {@code store}, oldest first. */
    public static List<Entry> of(Store store) {
        try (Connection c = store.connect()) {
            return read(c);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the import log of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Every import, oldest first, on an open connection. */
    static List<Entry> read(Connection c) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, file_name, profile, status, started_at, finished_at, rows_read, loaded, "
                                + "rejected, duplicates, undone_at, undone_by, message FROM imports ORDER BY id")) {
            while (rs.next()) {
                out.add(new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, 5),
                        instant(rs, 6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        instant(rs, 11),
                        rs.getString(12),
                        rs.getString(13)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
