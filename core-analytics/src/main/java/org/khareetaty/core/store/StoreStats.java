package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a store holds: incidents, their date range, incidents per zone of each boundary layer,
 * rejected rows by reason and the import log ({@code khareetaty stats}).
 *
 * @param incidents        incidents loaded
 * @param first            earliest incident, or null
 * @param last             latest incident, or null
 * @param byLayer          per boundary layer, incidents per zone code ({@link #NO_ZONE}: outside every zone)
 * @param rejectedByReason rejected rows of completed imports, by reason
 * @param imports          the import log, oldest first
 */
public record StoreStats(
        long incidents,
        Instant first,
        Instant last,
        Map<String, Map<String, Long>> byLayer,
        Map<String, Long> rejectedByReason,
        List<ImportRow> imports) {

    /** The key under which incidents outside every zone of a layer are counted. */
    public static final String NO_ZONE = "(none)";

    /** One line of the import log. */
    public record ImportRow(
            long id,
            String file,
            String profile,
            String status,
            Instant started,
            long read,
            long loaded,
            long rejected,
            long duplicates,
            String message) {}

    /** Reads the statistics of a store. */
    public static StoreStats of(Store store) throws SQLException {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            long n;
            Instant first = null;
            Instant last = null;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(occurred_at), MAX(occurred_at) FROM incidents")) {
                rs.next();
                n = rs.getLong(1);
                if (n > 0) {
                    first = rs.getObject(2, OffsetDateTime.class).toInstant();
                    last = rs.getObject(3, OffsetDateTime.class).toInstant();
                }
            }
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rs =
                    s.executeQuery("SELECT layer, zone_column FROM boundary_layers ORDER BY loaded_at, layer")) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, Map<String, Long>> byLayer = new LinkedHashMap<>();
            for (var e : columns.entrySet()) {
                byLayer.put(
                        e.getKey(),
                        counts(
                                s,
                                "SELECT COALESCE(" + e.getValue() + ", '" + NO_ZONE
                                        + "'), COUNT(*) FROM incidents GROUP BY " + e.getValue()
                                        + " ORDER BY COUNT(*) DESC, " + e.getValue()));
            }
            Map<String, Long> rejected = counts(
                    s,
                    "SELECT r.reason, COUNT(*) FROM rejected_rows r JOIN imports i ON i.id = r.import_id "
                            + "WHERE i.status = 'complete' GROUP BY r.reason ORDER BY COUNT(*) DESC, r.reason");
            return new StoreStats(n, first, last, byLayer, rejected, imports(s));
        }
    }

    private static Map<String, Long> counts(Statement s, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static List<ImportRow> imports(Statement s) throws SQLException {
        return ImportHistory.read(s.getConnection()).stream()
                .map(e -> new ImportRow(
                        e.id(),
                        e.file(),
                        e.profile(),
                        e.status(),
                        e.started(),
                        e.read(),
                        e.loaded(),
                        e.rejected(),
                        e.duplicates(),
                        e.message()))
                .toList();
    }
}
