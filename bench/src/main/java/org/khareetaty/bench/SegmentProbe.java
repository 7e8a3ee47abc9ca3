package org.khareetaty.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.store.IncidentsInBox;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * The issue-14 probe of columnar segments against the H2 table: the same incidents written as one
 * {@link IncidentSegment} and by H2's bulk path ({@code create-table-as} of {@link WritePaths},
 * the importer's 38 columns and both indexes), then each reader's question asked of both. Each
 * answer pair must agree (else the probe fails); the figures are the calling thread's CPU (H2
 * embedded runs a query on it), the median of {@link #RUNS} runs after one to warm up.
 */
public final class SegmentProbe {
    /** Measured runs of each question (after one to warm up). */
    public static final int RUNS = 3;

    /** A box around Chicago's Loop and Near West Side: the (a) question's box. */
    static final Envelope BOX = new Envelope(-87.70, -87.61, 41.85, 41.90);

    static final LocalDate PAGE_FROM = LocalDate.of(2012, 3, 1);
    static final LocalDate PAGE_TO = LocalDate.of(2012, 3, 31);
    static final int PAGE = 500;

    /** The (e) questions' condition: a column no index covers. */
    static final String STREET = "location_description = 'street'";

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final java.util.concurrent.atomic.AtomicLong RUN = new java.util.concurrent.atomic.AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One question's rows and CPU milliseconds on the segment and on the H2 table. */
    public record Read(String question, long rows, double segmentMs, double tableMs) {}

    /** The two writes and the reads. */
    public record Report(IncidentSegment.Written segment, WritePaths.Figure table, List<Read> reads) {}

    @FunctionalInterface
    private interface Question {
        Object ask() throws Exception;
    }

    private SegmentProbe() {}

    /** Writes the first {@code rows} incidents of {@code csv} both ways under {@code work}, then reads. */
    public static Report run(Path csv, long rows, Path work, Path sharedData) throws Exception {
        Path file = Files.createDirectories(work).resolve("import-1.arrow");
        IncidentSegment.Written written = IncidentSegment.write(csv, rows, file);
        WritePaths.Figure table = WritePaths.run("create-table-as", csv, rows, work.resolve("store"), sharedData);
        try (Store store = Store.open(work.resolve("store"));
                Connection c = store.connect();
                IncidentSegment segment = IncidentSegment.open(file)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ALIAS IF NOT EXISTS bench_segment FOR '" + IncidentSegment.class.getName()
                        + ".incidents'");
            }
            return new Report(written, table, reads(c, segment, file));
        }
    }

    private static List<Read> reads(Connection c, IncidentSegment segment, Path file) throws Exception {
        long cell = busiestCell(c);
        H3Cover.Range r7 = H3Cover.descendants(H3Cells.parent(cell, 7));
        String columns = String.join(", ", IncidentSegment.NAMES);
        List<Read> reads = new ArrayList<>();
        reads.add(measure("(a) counts by H3 r8 in a box", () -> countsByR8(segment), () -> countsByR8(c)));
        reads.add(measure(
                "(b) one r10 cell's incidents",
                () -> lines(segment, cell, cell),
                () -> lines(
                        c, "SELECT " + columns + " FROM incidents_bench WHERE h3_r10 BETWEEN ? AND ?", cell, cell)));
        reads.add(measure(
                "(b) one r7 cell's incidents",
                () -> lines(segment, r7.lo(), r7.hi()),
                () -> lines(
                        c,
                        "SELECT " + columns + " FROM incidents_bench WHERE h3_r10 BETWEEN ? AND ?",
                        r7.lo(),
                        r7.hi())));
        reads.add(measure(
                "(c) a page of " + PAGE + " by time, one month",
                () -> page(segment),
                () -> lines(
                        c,
                        "SELECT " + columns + " FROM incidents_bench WHERE local_date BETWEEN ? AND ?"
                                + " ORDER BY occurred_at, line_number LIMIT " + PAGE,
                        PAGE_FROM,
                        PAGE_TO)));
        reads.add(measure(
                "(d) every row of the import",
                () -> (long) lines(segment, Long.MIN_VALUE, Long.MAX_VALUE).size(),
                () -> (long) lines(c, "SELECT " + columns + " FROM incidents_bench WHERE import_id = ?", 1L)
                        .size()));
        reads.add(measure(
                "(e) SQL COUNT(*) WHERE, one r7 cell",
                () -> count(
                        c,
                        "SELECT COUNT(*) FROM bench_segment(?, ?, ?) WHERE " + STREET,
                        file.toString(),
                        r7.lo(),
                        r7.hi()),
                () -> count(
                        c,
                        "SELECT COUNT(*) FROM incidents_bench WHERE h3_r10 BETWEEN ? AND ? AND " + STREET,
                        r7.lo(),
                        r7.hi())));
        reads.add(measure(
                "(e) SQL COUNT(*) WHERE, whole import",
                () -> count(
                        c,
                        "SELECT COUNT(*) FROM bench_segment(?, ?, ?) WHERE " + STREET,
                        file.toString(),
                        Long.MIN_VALUE,
                        Long.MAX_VALUE),
                () -> count(c, "SELECT COUNT(*) FROM incidents_bench WHERE " + STREET)));
        return reads;
    }

    /** The r10 cell with the most incidents (not timed): the (b) question's cell. */
    private static long busiestCell(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT h3_r10 FROM incidents_bench GROUP BY h3_r10 ORDER BY COUNT(*) DESC, h3_r10 LIMIT 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Read measure(String question, Question segment, Question table) throws Exception {
        Object fromSegment = segment.ask();
        Object fromTable = table.ask();
        if (!fromSegment.equals(fromTable)) {
            throw new IllegalStateException(
                    question + ": the segment answers " + brief(fromSegment) + ", the table " + brief(fromTable));
        }
        return new Read(question, size(fromTable), medianMs(segment), medianMs(table));
    }

    private static String brief(Object answer) {
        String s = String.valueOf(answer);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static long size(Object answer) {
        if (answer instanceof Map<?, ?> m) {
            return m.values().stream().mapToLong(v -> (Long) v).sum();
        }
        return answer instanceof List<?> l ? l.size() : (Long) answer;
    }

    private static double medianMs(Question q) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            q.ask();
            ms[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** (a) on the segment: each range of the box's cover, the exact box test, r8 by H3's cellToParent. */
    private static Map<Long, Long> countsByR8(IncidentSegment segment) throws IOException {
        Map<Long, Long> counts = new TreeMap<>();
        for (H3Cover.Range r : H3Cover.ranges(BOX)) {
            segment.scan(r.lo(), r.hi(), (batch, i) -> {
                double lon = ((Float8Vector) batch.getVector(IncidentSegment.LON)).get(i);
                double lat = ((Float8Vector) batch.getVector(IncidentSegment.LAT)).get(i);
                if (lon >= BOX.getMinX() && lon <= BOX.getMaxX() && lat >= BOX.getMinY() && lat <= BOX.getMaxY()) {
                    long r10 = ((BigIntVector) batch.getVector(IncidentSegment.R10)).get(i);
                    counts.merge(H3Cells.parent(r10, 8), 1L, Long::sum);
                }
            });
        }
        return counts;
    }

    /** (a) on the table: the store's own box query (IncidentsInBox) over the probe's table. */
    private static Map<Long, Long> countsByR8(Connection c) throws SQLException {
        List<H3Cover.Range> ranges = H3Cover.ranges(BOX);
        String inBox =
                IncidentsInBox.select("i.h3_r8", ranges.size()).replace("FROM incidents i", "FROM incidents_bench i");
        Map<Long, Long> counts = new TreeMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(fresh("SELECT h3_r8, COUNT(*) FROM (" + inBox + ") GROUP BY h3_r8"))) {
            IncidentsInBox.bind(ps, ranges, BOX);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** Every row of an r10 range, made into values; their line numbers, sorted. */
    private static List<Long> lines(IncidentSegment segment, long lo, long hi) throws IOException {
        List<Long> lines = new ArrayList<>();
        segment.scan(lo, hi, (batch, i) -> lines.add((Long) IncidentSegment.row(batch, i)[0]));
        lines.sort(null);
        return lines;
    }

    /** Every row of the query, made into values; their line numbers, sorted unless the query orders them. */
    private static List<Long> lines(Connection c, String sql, Object... args) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(fresh(sql))) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 2; k <= n; k++) {
                        rs.getObject(k);
                    }
                    lines.add(rs.getLong(1));
                }
            }
        }
        if (!sql.contains("ORDER BY")) {
            lines.sort(null);
        }
        return lines;
    }

    /**
     * The query made unique by a comment: H2 keeps a session's last statements by their text and
     * answers a repeated query over unchanged tables from the last result (its
     * OPTIMIZE_REUSE_RESULTS), which would time a cache, not a read.
     */
    private static String fresh(String sql) {
        return sql + " /* run " + RUN.incrementAndGet() + " */";
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(fresh(sql))) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * (c) on the segment: the rows are in r10 order, so every batch's times are read; a bounded heap
     * keeps the first {@link #PAGE} by (time, line) and only those rows are made into values.
     */
    private static List<Long> page(IncidentSegment segment) throws IOException {
        long from = PAGE_FROM.atStartOfDay(CHICAGO).toInstant().toEpochMilli();
        long to = PAGE_TO.plusDays(1).atStartOfDay(CHICAGO).toInstant().toEpochMilli();
        Comparator<long[]> byTimeThenLine =
                Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]);
        PriorityQueue<long[]> latestFirst = new PriorityQueue<>(byTimeThenLine.reversed());
        segment.scan(Long.MIN_VALUE, Long.MAX_VALUE, (VectorSchemaRoot batch, int i) -> {
            long t = ((TimeStampMilliTZVector) batch.getVector(IncidentSegment.OCCURRED)).get(i);
            if (t < from || t >= to) {
                return;
            }
            long[] key = {t, ((BigIntVector) batch.getVector(0)).get(i)};
            if (latestFirst.size() < PAGE || byTimeThenLine.compare(key, latestFirst.peek()) < 0) {
                IncidentSegment.row(batch, i);
                latestFirst.add(key);
                if (latestFirst.size() > PAGE) {
                    latestFirst.poll();
                }
            }
        });
        List<long[]> page = new ArrayList<>(latestFirst);
        page.sort(byTimeThenLine);
        return page.stream().map(k -> k[1]).toList();
    }
}
