package org.khareetaty.core.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.csv.CsvWriter;

/**
 * Exports rejected rows as CSV for the records clerk: where each row was, why, and its raw text.
 * The raw text comes from outside: the CSV is written by {@link CsvWriter}, which neutralises cells
 * a spreadsheet would run as formulas.
 */
public final class RejectedRows {
    /** The CSV header written by {@link #export}. */
    public static final String HEADER = "import_id,file,line_number,reason,message,raw_text";

    private RejectedRows() {}

    /**
     * Writes the rejected rows of one import, or of every completed import when {@code importId}
     * is null, ordered by import and line; returns the number written.
     */
    public static long export(Store store, Long importId, Writer out) throws SQLException, IOException {
        String sql =
                "SELECT r.import_id, i.file_name, r.line_number, r.reason, r.message, r.raw_text FROM rejected_rows r "
                        + "JOIN imports i ON i.id = r.import_id WHERE "
                        + (importId == null ? "i.status = 'complete'" : "r.import_id = ?")
                        + " ORDER BY r.import_id, r.line_number, r.id";
        long n = 0;
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of(HEADER.split(",")));
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            if (importId != null) {
                ps.setLong(1, importId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    csv.row(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6));
                    n++;
                }
            }
        }
        csv.flush();
        return n;
    }

    /** One rejected row of an import: where it was, why, and its raw text. */
    public record Row(long lineNumber, String reason, String message, String rawText) {}

    /** The first {@code limit} rejected rows of import {@code importId}, by line (the import dialog's table). */
    public static List<Row> first(Store store, long importId, int limit) {
        List<Row> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT line_number, reason, message, raw_text "
                        + "FROM rejected_rows WHERE import_id = ? ORDER BY line_number, id FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, importId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the rejected rows of import #" + importId + " from the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
        return out;
    }
}
