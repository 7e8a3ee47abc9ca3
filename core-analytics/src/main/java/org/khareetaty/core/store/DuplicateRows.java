package org.khareetaty.core.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.csv.CsvWriter;

/**
 * Exports the rows counted as duplicates, each beside the loaded incident it duplicated (the one
 * with the same dedup key), so an analyst can audit the identity rule. The raw text comes from
 * outside: the CSV is written by {@link CsvWriter}, which neutralises formula cells.
 *
 * <p>The incidents have no index on their dedup key (each index costs the importer a B-tree insert
 * per row, see {@link SecondaryIndexes}), so the originals are found in one scan of the incidents
 * against the duplicates' keys held in memory, not by a join that would scan them once per
 * duplicate.
 */
public final class DuplicateRows {
    /** The CSV header written by {@link #export}. */
    public static final String HEADER = "import_id,file,line_number,raw_text,duplicate_of_import,duplicate_of_file,"
            + "duplicate_of_line,duplicate_of_source_id,duplicate_of_case_number,duplicate_of_time_utc,"
            + "duplicate_of_offense_type,duplicate_of_block,duplicate_of_location";

    private DuplicateRows() {}

    /** The loaded incident a duplicate row repeats: where it came from and what identifies it. */
    private record Original(
            long importId,
            String file,
            long line,
            String sourceId,
            String caseNumber,
            String timeUtc,
            String offenseType,
            String block,
            String location) {}

    /**
     * Writes the duplicate rows of one import, or of every complete import when {@code importId}
     * is null, ordered by import and line, each with the incident it duplicated (empty when that
     * incident's import has since been undone); returns the number written.
     */
    public static long export(Store store, Long importId, Writer out) throws SQLException, IOException {
        String which = importId == null ? "i.status = 'complete'" : "d.import_id = ?";
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of(HEADER.split(",")));
        long n = 0;
        try (Connection c = store.connect()) {
            Map<Long, Original> originals = originals(c, keys(c, which, importId));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT d.import_id, i.file_name, d.line_number, d.raw_text, d.dedup_key FROM duplicate_rows d "
                            + "JOIN imports i ON i.id = d.import_id WHERE " + which
                            + " ORDER BY d.import_id, d.line_number, d.id")) {
                if (importId != null) {
                    ps.setLong(1, importId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Original o = originals.get(rs.getLong(5));
                        csv.row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getString(4),
                                o == null ? null : o.importId(),
                                o == null ? null : o.file(),
                                o == null ? null : o.line(),
                                o == null ? null : o.sourceId(),
                                o == null ? null : o.caseNumber(),
                                o == null ? null : o.timeUtc(),
                                o == null ? null : o.offenseType(),
                                o == null ? null : o.block(),
                                o == null ? null : o.location());
                        n++;
                    }
                }
            }
        }
        csv.flush();
        return n;
    }

    private static Set<Long> keys(Connection c, String which, Long importId) throws SQLException {
        Set<Long> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT d.dedup_key FROM duplicate_rows d " + "JOIN imports i ON i.id = d.import_id WHERE " + which)) {
            if (importId != null) {
                ps.setLong(1, importId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
        }
        return keys;
    }

    private static Map<Long, Original> originals(Connection c, Set<Long> keys) throws SQLException {
        Map<Long, Original> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Map<Long, String> files = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, file_name FROM imports")) {
            while (rs.next()) {
                files.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dedup_key, import_id, line_number, source_id, case_number, "
                        + "occurred_at, offense_type, block, location_description FROM incidents")) {
            while (rs.next()) {
                long key = rs.getLong(1);
                if (keys.contains(key)) {
                    out.put(
                            key,
                            new Original(
                                    rs.getLong(2),
                                    files.get(rs.getLong(2)),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getObject(6, OffsetDateTime.class)
                                            .withOffsetSameInstant(ZoneOffset.UTC)
                                            .toLocalDateTime()
                                            .toString(),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9)));
                }
            }
        }
        return out;
    }
}
