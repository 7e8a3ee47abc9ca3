package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.store.Store;

/** Test helpers that read and write store rows with plain SQL, as a user would check them. */
final class StoreRows {
    private StoreRows() {}

    static long count(Store store, String sql, Object... args) throws SQLException {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<String> strings(Store store, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static boolean hasIncidentColumn(Store store, String column) throws SQLException {
        return count(
                        store,
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'INCIDENTS' "
                                + "AND COLUMN_NAME = ?",
                        column.toUpperCase())
                == 1;
    }

    /** Inserts an imports row (the incidents' foreign key) and returns its id. */
    static long insertImport(Store store) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("FILE_NAME", "test.csv");
        values.put("STATUS", "complete");
        return insert(store, "IMPORTS", values, "");
    }

    /** Inserts one incident at lon/lat; every other NOT NULL column gets a plain value. Returns its id. */
    static long insertIncident(Store store, long importId, long line, double lon, double lat) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("IMPORT_ID", importId);
        values.put("LINE_NUMBER", line);
        values.put("DEDUP_KEY", line);
        values.put("LON", lon);
        values.put("LAT", lat);
        return insert(store, "INCIDENTS", values, "ST_SetSRID(ST_MakePoint(" + lon + ", " + lat + "), 4326)");
    }

    /**
     * Inserts a row giving {@code values} and a plain value for every other NOT NULL column without a
     * default, so the helper keeps working while the importer's schema grows.
     */
    private static long insert(Store store, String table, Map<String, Object> values, String geometrySql)
            throws SQLException {
        try (Connection c = store.connect()) {
            List<String> columns = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
                            + "IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? "
                            + "ORDER BY ORDINAL_POSITION")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String column = rs.getString(1);
                        String type = rs.getString(2);
                        boolean required = "NO".equals(rs.getString(3))
                                && rs.getString(4) == null
                                && !"YES".equals(rs.getString(5));
                        if (values.containsKey(column)) {
                            columns.add(column);
                            placeholders.add("?");
                            args.add(values.get(column));
                        } else if (type.equals("GEOMETRY") && required) {
                            columns.add(column);
                            placeholders.add(geometrySql);
                        } else if (required) {
                            columns.add(column);
                            placeholders.add("?");
                            args.add(plainValue(type));
                        }
                    }
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", placeholders) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static Object plainValue(String type) {
        switch (type) {
            case "BOOLEAN":
                return false;
            case "DATE":
                return LocalDate.of(2019, 6, 1);
            case "TIMESTAMP WITH TIME ZONE":
                return OffsetDateTime.of(2019, 6, 1, 17, 0, 0, 0, ZoneOffset.UTC);
            case "TINYINT":
            case "SMALLINT":
            case "INTEGER":
            case "BIGINT":
            case "REAL":
            case "DOUBLE PRECISION":
            case "NUMERIC":
            case "DECFLOAT":
                return 1;
            default:
                return "1";
        }
    }
}
