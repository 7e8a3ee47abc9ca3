package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's secondary indexes, in one place: created by migration V3, checked at every open,
 * and rebuilt by crash recovery. After a process is killed mid-write, H2 2.4.240 can leave a
 * secondary index with entries whose rows are gone from the table ("Row ... not found in primary
 * index"); recovery therefore drops these indexes, repairs the tables through their primary keys,
 * and builds the indexes again from the rows.
 *
 * <p>Each index costs the importer a B-tree insert and a commit step per row, so there are few:
 * {@code h3_r10} is the incidents' spatial index (see {@code IncidentsInBox}).
 */
public final class SecondaryIndexes {
    /** Index name and the columns it covers. */
    record Index(String name, String table, String columns) {}

    /** The incidents' spatial index ({@code IncidentsInBox}), the one a bulk import builds after writing. */
    static final Index INCIDENTS_H3 = new Index("incidents_h3_r10", "incidents", "h3_r10");

    /**
     * The incidents' date index (migration V13): the KPI report and the briefing read a period's
     * incidents (docs/reports.md) through it instead of scanning every incident.
     */
    static final Index INCIDENTS_DATE = new Index("incidents_local_date", "incidents", "local_date");

    /** The indexes a bulk load writes without and builds once afterwards. */
    static final List<Index> BULK = List.of(INCIDENTS_H3, INCIDENTS_DATE);

    static final List<Index> ALL = List.of(
            INCIDENTS_H3,
            INCIDENTS_DATE,
            new Index("rejected_rows_import", "rejected_rows", "import_id, line_number"),
            new Index("duplicate_rows_import", "duplicate_rows", "import_id, line_number"));

    /**
     * Whether an import of about {@code rows} rows into a store that holds {@code incidents} is a
     * bulk load: it writes without the incidents' spatial index ({@link #dropForBulkLoad}) and builds
     * it once afterwards ({@link #ensure}), in one sorted pass over every incident. Each row kept in
     * the index while it is written costs a B-tree insert at a random place, and H2 writes the
     * changed index pages again at every chunk it stores; building after costs one sort of all the
     * store's entries, so it pays when the import is at least as large as what the store holds
     * (docs/store.md, "Bulk loads").
     */
    public static boolean bulkLoad(long incidents, long rows) {
        return rows >= incidents;
    }

    /**
     * Drops the incidents' spatial and date indexes before a bulk load ({@link #bulkLoad}); the caller
     * builds them again with {@link #ensure} before the import completes, or after it failed, and a
     * process that dies in between has them built by the next open of the store. Readers meanwhile
     * scan instead of using them: the same answers, slower.
     */
    public static void dropForBulkLoad(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Index i : BULK) {
                s.execute("DROP INDEX IF EXISTS " + i.name());
            }
        }
    }

    private SecondaryIndexes() {}

    /**
     * Creates every index that is missing (after a migration, or a recovery that was itself killed);
     * an index whose table a later migration creates is left to that migration.
     */
    public static void ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Index i : ALL) {
                if (!exists(c, i.table())) {
                    continue;
                }
                s.execute("CREATE INDEX IF NOT EXISTS " + i.name() + " ON " + i.table() + "(" + i.columns() + ")");
            }
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (var tables = c.getMetaData().getTables(null, null, table.toUpperCase(java.util.Locale.ROOT), null)) {
            return tables.next();
        }
    }

    /** Drops every index, so that the tables can be repaired through their primary keys alone. */
    static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Index i : ALL) {
                s.execute("DROP INDEX IF EXISTS " + i.name());
            }
        }
    }
}
