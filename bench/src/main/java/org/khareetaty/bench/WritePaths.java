package org.khareetaty.bench;

import com.sun.management.OperatingSystemMXBean;
import com.uber.h3core.H3Core;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import org.h2.tools.SimpleRowSource;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The issue-14 probe of H2's write paths for an import's incidents (docs/store.md, "Bulk loads"):
 * the same rows, made from {@code rows_2m.csv} (date, location, point and its H3 cells, the
 * importer's column set and value types), written into a fresh store's {@code incidents} table
 * (with the three Chicago layers' zone columns) without its two secondary indexes, which are then built, each path in a store of its own:
 * <ul>
 *   <li>{@code batch}: JDBC batches of 5,000 rows, a commit each (the importer's path);
 *   <li>{@code insert-select}: {@code INSERT INTO incidents ... SELECT * FROM} a Java table function
 *       that streams the rows, 100,000 rows a statement and a commit each;
 *   <li>{@code create-table-as}: {@code CREATE TABLE ... AS SELECT * FROM} the table function, one
 *       statement: a table of the import's own, H2's bulk path;
 *   <li>{@code narrow}: the same bulk path with narrow rows, only the {@link #NARROW} columns that
 *       readers cannot cheaply derive, and the date index on {@code occurred_at} instead of
 *       {@code local_date}.
 * </ul>
 * The figures are the whole process's CPU (H2's background writer included) for the writing and for
 * each index build; {@code rows} alone (make the rows, write nothing) is the part every path shares.
 */
public final class WritePaths {
    /** One path's CPU seconds: making and writing the rows, then each index build. */
    public record Figure(
            String path, long rows, double writeCpu, double h3IndexCpu, double dateIndexCpu, long peakHeapMb) {
        public double totalCpu() {
            return writeCpu + h3IndexCpu + dateIndexCpu;
        }
    }

    static final String COLUMNS = "import_id, line_number, source, source_id, case_number, dedup_key, occurred_at, "
            + "source_zone, local_date, local_hour, day_of_week, local_month, offense_code, offense_type, "
            + "offense_description, fbi_code, category, severity, arrest, domestic, block, location_description, "
            + "claimed_zones, zone_mismatch, time_flag, time_precision, place_flag, lon, lat, geom, "
            + "h3_r6, h3_r7, h3_r8, h3_r9, h3_r10, zone_beats, zone_districts, zone_community_areas";
    private static final int[] TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR,
        Types.DATE,
        Types.TINYINT,
        Types.TINYINT,
        Types.TINYINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.REAL,
        Types.BOOLEAN,
        Types.BOOLEAN,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.DOUBLE,
        Types.DOUBLE,
        Types.OTHER,
        Types.BIGINT,
        Types.BIGINT,
        Types.BIGINT,
        Types.BIGINT,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR
    };
    private static final int GEOM = 29;

    /**
     * The narrow rows' columns (indexes into {@link #COLUMNS}). Dropped, because a reader derives
     * them: {@code local_date}, {@code local_hour}, {@code day_of_week}, {@code local_month} (from
     * {@code occurred_at} in {@code source_zone}); {@code h3_r6} to {@code h3_r9} (H3's
     * {@code cellToParent} of {@code h3_r10}, bit operations); {@code lon}, {@code lat} ({@code ST_X},
     * {@code ST_Y} of {@code geom}).
     */
    static final int[] NARROW = {
        0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 34, 35, 36, 37
    };

    private static final int[] WIDE =
            java.util.stream.IntStream.range(0, TYPES.length).toArray();
    private static final List<String> PATHS = List.of("rows", "batch", "insert-select", "create-table-as", "narrow");
    private static final int BATCH = 5_000;
    private static final int STATEMENT_ROWS = 100_000;
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), 4326);

    /** The file the table function reads (H2 calls it by name, so it is static). */
    private static volatile Path source;

    private static final H3Core h3 = h3();

    private WritePaths() {}

    /** Runs {@code path} ("rows", "batch", "insert-select", "create-table-as") on {@code rows} rows of {@code file}. */
    public static Figure run(String path, Path file, long rows, Path storeDir, Path sharedData)
            throws IOException, SQLException {
        if (!PATHS.contains(path)) {
            throw new IllegalArgumentException(
                    "unknown write path '" + path + "': rows, batch, insert-select, create-table-as or narrow");
        }
        source = file;
        try (Store store = Store.open(storeDir)) {
            ImportBench.loadChicagoLayers(store, sharedData);
            try (Connection c = store.connect();
                    HeapSampler heap = new HeapSampler()) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX IF EXISTS incidents_h3_r10");
                    s.execute("DROP INDEX IF EXISTS incidents_local_date");
                    s.execute("CREATE ALIAS IF NOT EXISTS bench_incident_rows FOR '" + WritePaths.class.getName()
                            + ".rows'");
                    s.execute("CREATE ALIAS IF NOT EXISTS bench_narrow_rows FOR '" + WritePaths.class.getName()
                            + ".narrowRows'");
                }
                c.setAutoCommit(false);
                long start = cpu();
                String table = write(c, path, rows);
                double write = (cpu() - start) / 1e9;
                if (table == null) {
                    return new Figure(path, rows, write, 0, 0, heap.peakMb());
                }
                double h3Index = index(c, "CREATE INDEX bench_h3 ON " + table + "(h3_r10)");
                String dateColumn = path.equals("narrow") ? "occurred_at" : "local_date";
                double dateIndex = index(c, "CREATE INDEX bench_date ON " + table + "(" + dateColumn + ")");
                return new Figure(path, count(c, table), write, h3Index, dateIndex, heap.peakMb());
            }
        }
    }

    private static String write(Connection c, String path, long rows) throws IOException, SQLException {
        switch (path) {
            case "rows" -> {
                try (RowSource in = new RowSource(0, rows, WIDE)) {
                    while (in.readRow() != null) {
                        // made and dropped: the part every path shares
                    }
                }
                return null;
            }
            case "batch" -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents(" + COLUMNS + ") VALUES ("
                                + "?, ".repeat(TYPES.length - 1) + "?)");
                        RowSource in = new RowSource(0, rows, WIDE)) {
                    int pending = 0;
                    for (Object[] row = in.readRow(); row != null; row = in.readRow()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                    ps.executeBatch();
                    c.commit();
                }
                return "incidents";
            }
            case "insert-select" -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO incidents(" + COLUMNS + ") SELECT * FROM bench_incident_rows(?, ?)")) {
                    for (long from = 0; from < rows; from += STATEMENT_ROWS) {
                        ps.setLong(1, from);
                        ps.setLong(2, Math.min(rows, from + STATEMENT_ROWS));
                        ps.executeUpdate();
                        c.commit();
                    }
                }
                return "incidents";
            }
            case "create-table-as" -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE incidents_bench AS SELECT * FROM bench_incident_rows(0, " + rows + ")");
                }
                c.commit();
                return "incidents_bench";
            }
            case "narrow" -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE incidents_bench AS SELECT * FROM bench_narrow_rows(0, " + rows + ")");
                }
                c.commit();
                return "incidents_bench";
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown write path '" + path + "': rows, batch, insert-select, create-table-as or narrow");
        }
    }

    private static double index(Connection c, String sql) throws SQLException {
        long start = cpu();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        c.commit();
        return (cpu() - start) / 1e9;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The whole process's CPU time: H2 writes pages on threads of its own. */
    static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The table function: rows {@code [from, to)} of the file, streamed (H2 asks first for the columns
     * alone, with a connection whose URL is {@code jdbc:columnlist:connection}).
     */
    public static ResultSet rows(Connection c, long from, long to) throws SQLException {
        return table(c, from, to, WIDE);
    }

    /** The table function of the narrow rows: the {@link #NARROW} columns of {@link #rows}. */
    public static ResultSet narrowRows(Connection c, long from, long to) throws SQLException {
        return table(c, from, to, NARROW);
    }

    private static ResultSet table(Connection c, long from, long to, int[] columns) throws SQLException {
        boolean columnsOnly = c.getMetaData().getURL().equals("jdbc:columnlist:connection");
        SimpleResultSet rs = new SimpleResultSet(columnsOnly ? null : new RowSource(from, to, columns));
        String[] names = COLUMNS.split(", ");
        for (int i : columns) {
            rs.addColumn(
                    names[i].toUpperCase(java.util.Locale.ROOT),
                    TYPES[i],
                    i == GEOM ? "GEOMETRY" : null,
                    TYPES[i] == Types.VARCHAR ? 1_000_000 : 0,
                    0);
        }
        return rs;
    }

    /** Rows {@code [from, to)} of {@code rows_2m.csv} (date, loc_cat, longitude, latitude, district) as incidents. */
    private static final class RowSource implements SimpleRowSource, AutoCloseable {
        private final BufferedReader in;
        private final long to;
        private final int[] columns;
        private long line;

        RowSource(long from, long to, int[] columns) {
            this.to = to;
            this.columns = columns;
            try {
                in = Files.newBufferedReader(source);
                in.readLine();
                for (; line < from && in.readLine() != null; line++) {}
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Object[] readRow() {
            try {
                String s = line < to ? in.readLine() : null;
                return s == null ? null : project(incident(++line, s.split(",", -1)), columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("the rows are streamed once");
        }
    }

    /** The JDBC type of column {@code i} of {@link #COLUMNS}. */
    static int type(int i) {
        return TYPES[i];
    }

    private static H3Core h3() {
        try {
            return H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3's native library did not load", e);
        }
    }

    private static Object[] project(Object[] row, int[] columns) {
        if (columns == WIDE) {
            return row;
        }
        Object[] kept = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            kept[i] = row[columns[i]];
        }
        return kept;
    }

    /** Row {@code line} of {@code rows_2m.csv} (its fields {@code f}) as the importer's 38 columns. */
    static Object[] incident(long line, String[] f) {
        double lon = f[2].isEmpty() ? -87.63 : Double.parseDouble(f[2]);
        double lat = f[3].isEmpty() ? 41.88 : Double.parseDouble(f[3]);
        ZonedDateTime t = LocalDateTime.parse(f[0].replace(' ', 'T')).atZone(CHICAGO);
        long r10 = h3.latLngToCell(lat, lon, 10);
        List<Object> row = new ArrayList<>(TYPES.length);
        row.addAll(List.of(1L, line, "codb"));
        row.add(null);
        row.add(null);
        row.add(line * 0x9E3779B97F4A7C15L);
        row.addAll(List.of(t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), "America/Chicago"));
        row.addAll(List.of(
                t.toLocalDate(), (byte) t.getHour(), (byte) t.getDayOfWeek().getValue()));
        row.add((byte) t.getMonthValue());
        row.add(null);
        row.addAll(List.of("AGGRAVATED ASSAULT", f[1]));
        row.add(null);
        row.addAll(List.of("assault", 0.8f));
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(f[1]);
        row.add("district=" + f[4]);
        row.add(null);
        row.add(null);
        row.add("minute");
        row.add(null);
        row.addAll(List.of(lon, lat, POINTS.createPoint(new Coordinate(lon, lat))));
        for (int res = 6; res < 10; res++) {
            row.add(h3.cellToParent(r10, res));
        }
        row.add(r10);
        // a beat and a community area by row (zone lookup is not what is measured), the district of the file
        row.addAll(List.of(String.format("%04d", 100 + line % 277), f[4], Long.toString(1 + line % 77)));
        return row.toArray();
    }
}
