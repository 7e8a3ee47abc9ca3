package org.khareetaty.core.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The store's completed imports as one report reads them, in one query: their ids, to check that the
 * drill-down's aggregates hold exactly them and for the condition "of a completed import", and the files
 * they came from, as the report credits its data. Read once per report, so its numbers and its credits
 * speak of the same imports and no query of it counts an import completed later.
 *
 * @param ids     the completed imports' ids, ascending
 * @param sources each one's "file name (profile)", oldest first
 */
record CompletedImports(long[] ids, List<String> sources) {
    /** The completed imports of the store {@code c} reaches. */
    static CompletedImports read(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, file_name, profile FROM imports WHERE status = 'complete' ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                Path name = Path.of(rs.getString(2)).getFileName();
                sources.add((name == null ? rs.getString(2) : name.toString()) + " (" + rs.getString(3) + ")");
            }
        }
        return new CompletedImports(ids.stream().mapToLong(Long::longValue).toArray(), List.copyOf(sources));
    }

    /**
     * The condition "of a completed import" with the ids written out ({@code import_id IN (1, 2)}): H2
     * evaluated the same condition as a subquery row by row, most of a report's period queries on 8,000,000
     * incidents (JFR, docs/benchmarks.md).
     */
    String condition() {
        StringJoiner in = new StringJoiner(", ", "import_id IN (", ")");
        in.setEmptyValue("FALSE");
        for (long id : ids) {
            in.add(Long.toString(id));
        }
        return in.toString();
    }
}
