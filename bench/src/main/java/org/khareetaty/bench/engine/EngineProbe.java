package org.khareetaty.bench.engine;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.forecast.risk.StoreRiskIncidents;
import org.khareetaty.core.gistar.GiStarScope;
import org.khareetaty.core.gistar.IncidentCounts;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.incidents.IncidentRows;
import org.khareetaty.core.report.KpiCounts;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.core.store.IncidentsInBox;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.segment.IncidentsEngine;
import org.khareetaty.core.store.segment.SegmentFormat;
import org.locationtech.jts.geom.Envelope;

/**
 * The issue-14 probe of the table engine: a store's incidents written as a segment per import, a
 * copy of the store whose {@code incidents} table is those segments through {@link IncidentsEngine}
 * (the same columns, the same index names), and the readers of the product (the core classes,
 * unchanged, and a few SQL questions) asked of both stores. Each pair of answers must be equal
 * (else the probe fails); the figures are the process's CPU milliseconds, the median of
 * {@link #RUNS} runs after one to warm up.
 */
public final class EngineProbe {
    /** Measured runs of each question (after one to warm up). */
    public static final int RUNS = 3;

    /** Chicago's Loop and Near West Side. */
    static final Envelope BOX = new Envelope(-87.70, -87.61, 41.85, 41.90);

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final AtomicLong RUN = new AtomicLong();

    /** One question: its answer's size and the CPU milliseconds on the H2 table and on the segment. */
    public record Read(String question, long answerSize, double tableMs, double segmentMs) {}

    /** The probe's figures. */
    public record Report(long rows, double segmentWriteCpu, long segmentBytes, double mapMs, List<Read> reads) {}

    /** A question asked of a store: its answer, compared as text. */
    @FunctionalInterface
    interface Question {
        Object ask(Store store) throws Exception;
    }

    private EngineProbe() {}

    /** Runs the probe on a copy of {@code store} in {@code work}. */
    public static Report run(Path store, Path work) throws Exception {
        Path copy = work.resolve("store-on-segments");
        copyStore(store, copy);
        Path segments = Files.createDirectories(SegmentFormat.folder(copy));
        long cpu = OS.getProcessCpuTime();
        long rows = 0;
        try (Store a = Store.open(store);
                Connection c = a.connect()) {
            List<String> imports = rows(
                    a,
                    "SELECT id, first_incident_id FROM imports WHERE status = 'complete' AND first_incident_id "
                            + "IS NOT NULL ORDER BY first_incident_id");
            for (int k = 0; k < imports.size(); k++) {
                String[] at = imports.get(k).split("\\|");
                long importId = Long.parseLong(at[0]);
                long lastId = k + 1 < imports.size()
                        ? Long.parseLong(imports.get(k + 1).split("\\|")[1]) - 1
                        : Long.MAX_VALUE;
                rows += SegmentWriter.write(
                        c, importId, Long.parseLong(at[1]), lastId, SegmentFormat.file(segments, importId));
            }
        }
        double writeCpu = (OS.getProcessCpuTime() - cpu) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(segments)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        try (Store b = Store.open(copy);
                Connection c = b.connect();
                Statement st = c.createStatement()) {
            String columns = columns(c);
            st.execute("DROP TABLE incidents");
            st.execute("CREATE TABLE incidents (" + columns + ") ENGINE \"" + IncidentsEngine.class.getName() + "\"");
            st.execute("CREATE INDEX incidents_h3_r10 ON incidents(h3_r10)");
            st.execute("CREATE INDEX incidents_local_date ON incidents(local_date)");
        }
        List<Read> reads = new ArrayList<>();
        double mapMs;
        try (Store a = Store.open(store);
                Store b = Store.open(copy)) {
            long t = System.nanoTime();
            try (Connection c = b.connect();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM incidents")) {
                rs.next();
                if (rs.getLong(1) != rows) {
                    throw new IllegalStateException("the segment table counts " + rs.getLong(1) + ", not " + rows);
                }
            }
            mapMs = (System.nanoTime() - t) / 1e6;
            for (var q : questions(a).entrySet()) {
                reads.add(compare(q.getKey(), q.getValue(), a, b));
            }
        }
        return new Report(rows, writeCpu, bytes, mapMs, reads);
    }

    private static java.util.Map<String, Question> questions(Store a) throws SQLException {
        LocalDate last = lastDay(a);
        LocalDate monthFrom = last.withDayOfMonth(1).minusMonths(6);
        LocalDate monthTo = monthFrom.plusMonths(1).minusDays(1);
        long[] ids = someIds(a, 200);
        var q = new java.util.LinkedHashMap<String, Question>();
        q.put("map points: count in a box (IncidentsInBox)", s -> sql(s, c -> IncidentsInBox.count(c, BOX)));
        q.put(
                "attribute table: latest in a month, r8 (IncidentRows)",
                s -> new IncidentRows(s).latest(new DrillScope(8, null, monthFrom, monthTo, List.of(), false)));
        q.put(
                "KPI report: a quarter by district (KpiCounts)",
                s -> KpiCounts.read(
                        s,
                        new KpiRequest(
                                ReportScope.wholeArea(),
                                new ReportPeriod(last.minusMonths(3).plusDays(1), last),
                                "districts",
                                List.of(),
                                ZoneOrder.CODE)));
        q.put(
                "forecast series: districts, all days (ZoneDailyCounts)",
                s -> ZoneDailyCounts.load(s, SeriesScope.layer("districts", List.of(), last)));
        q.put(
                "hotspot forecast input: all incidents (StoreRiskIncidents)",
                s -> StoreRiskIncidents.load(s, List.of(), last));
        q.put(
                "Gi*: counts per r8 cell (IncidentCounts)",
                s -> sql(s, c -> IncidentCounts.perCell(c, GiStarScope.of(8))));
        q.put(
                "SQL: a page of 500 by time in a month (local_date)",
                s -> rows(
                        s,
                        "SELECT id, occurred_at, offense_type, block FROM incidents WHERE local_date BETWEEN ? AND ? "
                                + "ORDER BY local_date, id LIMIT 500",
                        monthFrom,
                        monthTo));
        q.put("SQL: 200 incidents by id", s -> {
            List<String> out = new ArrayList<>();
            for (long id : ids) {
                out.addAll(rows(s, "SELECT id, h3_r10, category, lon FROM incidents WHERE id = ?", id));
            }
            return out;
        });
        q.put(
                "SQL: street incidents, whole table",
                s -> rows(
                        s,
                        "SELECT COUNT(*), SUM(h3_r8 % 1000), SUM(lon) FROM incidents WHERE location_description = 'STREET'"));
        q.put(
                "H2GIS: ST_Covers of a polygon, r7 ranges",
                s -> rows(
                        s,
                        "SELECT COUNT(*) FROM incidents WHERE h3_r10 BETWEEN ? AND ? AND ST_Covers("
                                + "ST_Buffer(ST_SetSRID(ST_MakePoint(-87.65, 41.88), 4326), 0.02), geom)",
                        rangeOf(a)[0],
                        rangeOf(a)[1]));
        return q;
    }

    private static Read compare(String question, Question q, Store a, Store b) throws Exception {
        String onTable = text(q.ask(a));
        String onSegment = text(q.ask(b));
        if (!onTable.equals(onSegment)) {
            int at = 0;
            while (at < Math.min(onTable.length(), onSegment.length()) && onTable.charAt(at) == onSegment.charAt(at)) {
                at++;
            }
            throw new IllegalStateException(question + ": the segment answers differently from character " + at
                    + "\n table:   " + around(onTable, at) + "\n segment: " + around(onSegment, at));
        }
        return new Read(question, onTable.length(), median(q, a), median(q, b));
    }

    /** A value as text, records and arrays included (a record's own text shows an array's identity only). */
    static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {v});
        }
        if (v instanceof Record r) {
            StringBuilder out = new StringBuilder(r.getClass().getSimpleName()).append('[');
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    out.append(c.getName())
                            .append('=')
                            .append(text(c.getAccessor().invoke(r)))
                            .append(", ");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out.append(']').toString();
        }
        if (v instanceof java.util.Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            m.forEach((k, x) -> out.append(text(k)).append('=').append(text(x)).append(", "));
            return out.append('}').toString();
        }
        if (v instanceof Iterable<?> it) {
            StringBuilder out = new StringBuilder("[");
            it.forEach(x -> out.append(text(x)).append(", "));
            return out.append(']').toString();
        }
        return v.toString();
    }

    private static String around(String s, int at) {
        return "..." + s.substring(Math.max(0, at - 300), Math.min(s.length(), at + 300)) + "...";
    }

    private static double median(Question q, Store s) throws Exception {
        double[] ms = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t = OS.getProcessCpuTime();
            q.ask(s);
            ms[r] = (OS.getProcessCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T sql(Store s, SqlWork<T> work) throws SQLException {
        try (Connection c = s.connect()) {
            return work.run(c);
        }
    }

    /** The rows of a query as text; a comment makes each run's SQL new (H2 reuses a repeated query's result). */
    private static List<String> rows(Store s, String query, Object... args) throws SQLException {
        return sql(s, c -> {
            try (PreparedStatement ps = c.prepareStatement(query + " -- " + RUN.incrementAndGet())) {
                for (int k = 0; k < args.length; k++) {
                    ps.setObject(k + 1, args[k]);
                }
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int k = 1; k <= n; k++) {
                            row.append(rs.getString(k)).append('|');
                        }
                        out.add(row.toString());
                    }
                }
                return out;
            }
        });
    }

    private static LocalDate lastDay(Store s) throws SQLException {
        return LocalDate.parse(
                rows(s, "SELECT MAX(local_date) FROM incidents").get(0).replace("|", ""));
    }

    private static long[] someIds(Store s, int n) throws SQLException {
        return rows(s, "SELECT id FROM incidents WHERE MOD(id, 997) = 0 ORDER BY id LIMIT " + n).stream()
                .map(r -> r.replace("|", ""))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** The r10 range of the r7 cell that holds the most incidents. */
    private static long[] rangeOf(Store s) throws SQLException {
        String cell = rows(s, "SELECT h3_r7 FROM incidents GROUP BY h3_r7 ORDER BY COUNT(*) DESC, h3_r7 LIMIT 1")
                .get(0)
                .replace("|", "");
        long r7 = Long.parseLong(cell);
        var h3 = org.khareetaty.core.geo.H3Cells.h3();
        List<Long> children = h3.cellToChildren(r7, 10);
        return new long[] {
            children.stream().mapToLong(Long::longValue).min().orElseThrow(),
            children.stream().mapToLong(Long::longValue).max().orElseThrow()
        };
    }

    /** The incidents table's columns as DDL, the primary key on id. */
    private static String columns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM incidents LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int k = 1; k <= md.getColumnCount(); k++) {
                String name = md.getColumnLabel(k);
                String type = md.getColumnTypeName(k);
                String ddl = type.equals("CHARACTER VARYING")
                        ? "VARCHAR(" + md.getPrecision(k) + ")"
                        : type.startsWith("GEOMETRY") ? "GEOMETRY" : type;
                out.add(name + " " + ddl + (name.equalsIgnoreCase("ID") ? " PRIMARY KEY" : ""));
            }
        }
        return String.join(", ", out);
    }

    private static void copyStore(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    /** The report as text. */
    public static String format(Report r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "segments %,d rows  written in %.1f CPU s (read back through JDBC)  %,d MB  first query (maps it) %.0f ms%n",
                r.rows(),
                r.segmentWriteCpu(),
                r.segmentBytes() >> 20,
                r.mapMs()));
        for (Read read : r.reads()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-62s answer %,9d chars  H2 table %9.1f ms  segment %9.1f ms  (process CPU, median of %d)%n",
                    read.question(),
                    read.answerSize(),
                    read.tableMs(),
                    read.segmentMs(),
                    RUNS));
        }
        return out.toString();
    }
}
