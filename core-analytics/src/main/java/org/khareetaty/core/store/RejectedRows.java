package org.khareetaty.core.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Exports rejected rows as CSV for the records clerk: where each row was, why, and its raw text. */
public final class RejectedRows {
    /** The CSV header written by {@link #export}. */
    public static final String HEADER = "import_id,file,line_number,reason,message,raw_text";

    private RejectedRows() {
    }

    /**
     * Writes the rejected rows of one import, or of every completed import when {@code importId}
     * is null, ordered by import and line; returns the number written.
     */
    public static long export(Store store, Long importId, Writer out) throws SQLException, IOException {
        String sql = "SELECT r.import_id, i.file_name, r.line_number, r.reason, r.message, r.raw_text FROM rejected_rows r "
                + "JOIN imports i ON i.id = r.import_id WHERE " + (importId == null ? "i.status = 'complete'" : "r.import_id = ?")
                + " ORDER BY r.import_id, r.line_number, r.id";
        long n = 0;
        out.write(HEADER + "\n");
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (importId != null) {
                ps.setLong(1, importId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.write(rs.getLong(1) + "," + quote(rs.getString(2)) + "," + rs.getLong(3) + "," + rs.getString(4) + ","
                            + quote(rs.getString(5)) + "," + quote(rs.getString(6)) + "\n");
                    n++;
                }
            }
        }
        out.flush();
        return n;
    }

    static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
