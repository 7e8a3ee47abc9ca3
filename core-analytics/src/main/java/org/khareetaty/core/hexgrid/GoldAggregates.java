package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.store.Transactions;

/**
 * Keeps {@code gold_cells} (incidents and arrests per H3 cell, resolution r6..r10, day and month,
 * offense category) in step with the incidents. Because an import only ever adds rows, and
 * duplicates never load, an import's contribution is exactly the counts of its own rows:
 * {@link #catchUp} merges in each completed import not yet included (only the days and cells it
 * touched), each in one transaction with its {@code gold_imports} row, so the aggregates never
 * hold half an import or one twice. {@link #rebuild} recomputes everything from the incidents.
 */
public final class GoldAggregates {
    private static final String COUNTS = "COUNT(*) incidents, COUNT(arrest) known, "
            + "SUM(CASE WHEN arrest THEN 1 ELSE 0 END) arrests";

    private GoldAggregates() {
    }

    /** Merges in every completed import not yet aggregated, oldest first; returns how many. */
    public static int catchUp(Connection c) throws SQLException {
        java.util.List<long[]> pending = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id, first_incident_id FROM imports "
                + "WHERE status = 'complete' AND id NOT IN (SELECT import_id FROM gold_imports) ORDER BY id")) {
            while (rs.next()) {
                pending.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        for (long[] p : pending) {
            Transactions.inOne(c, tx -> {
                addImport(tx, p[0], p[1]);
                try (Statement s = tx.createStatement()) {
                    s.executeUpdate("INSERT INTO gold_imports VALUES (" + p[0] + ")");
                }
            });
        }
        return pending.size();
    }

    /** Adds the incidents of one import (ids from {@code firstId} on with that import id); the caller commits. */
    static void addImport(Connection c, long importId, long firstId) throws SQLException {
        String where = "WHERE id >= " + firstId + " AND import_id = " + importId;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("MERGE INTO gold_cells g USING (" + grouped(where) + ") d "
                    + "ON (g.res = d.res AND g.period = d.period AND g.period_start = d.period_start AND g.category = d.category AND g.cell = d.cell) "
                    + "WHEN MATCHED THEN UPDATE SET incidents = g.incidents + d.incidents, known = g.known + d.known, "
                    + "arrests = g.arrests + d.arrests "
                    + "WHEN NOT MATCHED THEN INSERT (res, period, period_start, category, cell, incidents, known, arrests) "
                    + "VALUES (d.res, d.period, d.period_start, d.category, d.cell, d.incidents, d.known, d.arrests)");
        }
    }

    /** Recomputes every aggregate from the incidents of completed imports, in one transaction. */
    public static void rebuild(Connection c) throws SQLException {
        Transactions.inOne(c, tx -> {
            try (Statement s = tx.createStatement()) {
                s.executeUpdate("DELETE FROM gold_cells");
                s.executeUpdate("DELETE FROM gold_imports");
                s.executeUpdate("INSERT INTO gold_imports SELECT id FROM imports WHERE status = 'complete'");
                s.executeUpdate("INSERT INTO gold_cells (res, period, period_start, category, cell, incidents, known, arrests) "
                        + grouped("WHERE import_id IN (SELECT import_id FROM gold_imports)"));
            }
        });
    }

    /** Counts of the incidents matching {@code where}, per resolution, period, day, category and cell. */
    private static String grouped(String where) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            String cell = "h3_r" + res;
            union.add("SELECT CAST(" + res + " AS TINYINT) res, 'D' period, local_date period_start, category, " + cell + " cell, "
                    + COUNTS + " FROM incidents " + where
                    + " GROUP BY local_date, category, " + cell);
            union.add("SELECT CAST(" + res + " AS TINYINT) res, 'M' period, CAST(DATE_TRUNC('MONTH', local_date) AS DATE) period_start, "
                    + "category, " + cell + " cell, " + COUNTS + " FROM incidents " + where + " GROUP BY CAST(DATE_TRUNC('MONTH', local_date) AS DATE), category, " + cell);
        }
        return union.toString();
    }

    /** Used by tests and the CLI: the number of aggregate rows. */
    public static long rows(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM gold_cells"); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
