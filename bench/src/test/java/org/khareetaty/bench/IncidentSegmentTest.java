package org.khareetaty.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/** A columnar segment holds every row once, in r10 order, and finds a cell's rows by their batches. */
class IncidentSegmentTest {
    /** Three batches and a part: a cell's rows may straddle a batch's edge. */
    static final int ROWS = 2 * IncidentSegment.BATCH + 7_000;

    @TempDir
    static Path dir;

    static Path csv;
    static Path segment;

    /** The oracle: each line's r10 cell, computed from the file's point by H3 itself. */
    static final Map<Long, TreeSet<Long>> LINES_BY_CELL = new TreeMap<>();

    @BeforeAll
    static void write() throws Exception {
        H3Core h3 = H3Core.newInstance();
        csv = dir.resolve("rows.csv");
        List<String> lines = new ArrayList<>(List.of("date,loc_cat,longitude,latitude,district"));
        for (int i = 0; i < ROWS; i++) {
            double lon = -87.80 + (i * 7919 % 400) * 0.0005;
            double lat = 41.70 + (i * 104729 % 500) * 0.0005;
            lines.add(String.format(
                    Locale.ROOT,
                    "2012-%02d-%02d %02d:%02d,%s,%.6f,%.6f,%d",
                    1 + i % 12,
                    1 + i % 28,
                    i % 24,
                    i % 60,
                    i % 3 == 0 ? "street" : "residence",
                    lon,
                    lat,
                    1 + i % 25));
            LINES_BY_CELL
                    .computeIfAbsent(h3.latLngToCell(lat, lon, 10), k -> new TreeSet<>())
                    .add(i + 1L);
        }
        Files.write(csv, lines);
        segment = dir.resolve("import-1.arrow");
        IncidentSegment.Written w = IncidentSegment.write(csv, ROWS, segment);
        assertEquals(ROWS, w.rows());
        assertFalse(Files.exists(dir.resolve("import-1.arrow.part")), "the temporary file is renamed, not left");
    }

    @Test
    void holdsEveryRowOnceInR10Order() throws Exception {
        try (IncidentSegment s = IncidentSegment.open(segment)) {
            assertEquals(ROWS, s.rows());
            TreeSet<Long> seen = new TreeSet<>();
            long[] previous = {Long.MIN_VALUE};
            s.scan(Long.MIN_VALUE, Long.MAX_VALUE, (batch, i) -> {
                long r10 = ((BigIntVector) batch.getVector(IncidentSegment.R10)).get(i);
                assertTrue(r10 >= previous[0], "r10 order broken at line " + IncidentSegment.row(batch, i)[0]);
                previous[0] = r10;
                seen.add((Long) IncidentSegment.row(batch, i)[0]);
            });
            assertEquals(ROWS, seen.size());
            assertEquals(1L, seen.first());
            assertEquals((long) ROWS, seen.last());
        }
    }

    @Test
    void aCellsScanReturnsExactlyTheRowsH3PutsInIt() throws Exception {
        try (IncidentSegment s = IncidentSegment.open(segment)) {
            for (Map.Entry<Long, TreeSet<Long>> cell : LINES_BY_CELL.entrySet()) {
                TreeSet<Long> found = new TreeSet<>();
                long n = s.scan(
                        cell.getKey(), cell.getKey(), (batch, i) -> found.add((Long) IncidentSegment.row(batch, i)[0]));
                assertEquals(cell.getValue(), found, "cell " + Long.toHexString(cell.getKey()));
                assertEquals(cell.getValue().size(), n);
            }
        }
    }

    @Test
    void readersAnswerAsTheH2TableDoesAndSqlReachesTheSegment() throws Exception {
        Path shared =
                SharedData.file("chicago/police_beats.geojson").getParent().getParent();
        // SegmentProbe fails when a question's two answers differ; here each must also find rows
        SegmentProbe.Report r = SegmentProbe.run(csv, ROWS, dir.resolve("probe"), shared);
        assertEquals(ROWS, r.table().rows());
        for (SegmentProbe.Read read : r.reads()) {
            assertTrue(read.rows() > 0, read.toString());
        }
    }
}
