package org.khareetaty.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.store.Store;

/** Reads what an analyst would look at in a store, by SQL. */
public final class StoreQueries {
    private StoreQueries() {}

    /** The single number {@code sql} returns. */
    public static long number(Store store, String sql, Object... args) {
        String s = text(store, sql, args);
        return s == null ? 0 : Long.parseLong(s);
    }

    /** The H3 cell of resolution {@code res} holding the most incidents of {@code store} (ties: the lowest index). */
    public static long busiestCell(Store store, int res) {
        String column = "h3_r" + res;
        return number(
                store,
                "SELECT " + column + " FROM incidents GROUP BY " + column + " ORDER BY COUNT(*) DESC, " + column
                        + " LIMIT 1");
    }

    /** The single value {@code sql} returns, as text (null for SQL NULL). */
    public static String text(Store store, String sql, Object... args) {
        List<List<String>> rows = rows(store, sql, args);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + rows.size());
        }
        return rows.get(0).get(0);
    }

    /** Every row of {@code sql}, each column as text. */
    public static List<List<String>> rows(Store store, String sql, Object... args) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Per cell of {@code h3Column} ({@code h3_r7}), the zone of {@code zoneColumn} holding most of
     * its incidents as the incidents' stored zones say, ties to the lower code: the oracle the cell
     * names are checked against.
     */
    public static java.util.Map<Long, String> zoneLeaders(Store store, String h3Column, String zoneColumn) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        java.util.Map<Long, Long> best = new java.util.HashMap<>();
        for (List<String> row : rows(
                store,
                "SELECT " + h3Column + ", " + zoneColumn + ", COUNT(*) FROM incidents WHERE " + zoneColumn
                        + " IS NOT NULL GROUP BY " + h3Column + ", " + zoneColumn + " ORDER BY " + h3Column + ", "
                        + zoneColumn)) {
            long cell = Long.parseLong(row.get(0));
            long n = Long.parseLong(row.get(2));
            if (n > best.getOrDefault(cell, 0L)) {
                best.put(cell, n);
                out.put(cell, row.get(1));
            }
        }
        return out;
    }
}
