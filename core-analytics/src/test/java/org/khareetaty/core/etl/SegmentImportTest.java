package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.segment.MappedSegment;
import org.khareetaty.core.store.segment.SegmentFormat;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * Issue 14: the importer writing an import's incidents as one columnar segment holds, column by
 * column and row by row, what the JDBC path writes into the {@code incidents} table, on the real
 * Chicago aggravated assaults (with the districts layer); an import that does not complete leaves
 * neither segment nor spill.
 */
class SegmentImportTest {
    @TempDir
    static Path dir;

    static Store table;
    static Store segment;
    static ImportResult byTable;
    static ImportResult bySegment;

    @BeforeAll
    static void importBothWays() {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        table = Store.open(dir.resolve("table"));
        segment = Store.open(dir.resolve("segment"));
        TestBoundaries.chicagoDistricts(table, true);
        TestBoundaries.chicagoDistricts(segment, true);
        byTable = new Importer(table).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        bySegment = new Importer(segment)
                .importFile(file, ImportOptions.defaults().withSegment(true), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        Stream.of(table, segment).filter(s -> s != null).forEach(Store::close);
    }

    @Test
    void everyRowIsAccountedForAndTheSegmentHoldsTheLoadedOnes() throws IOException {
        var n = bySegment.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        assertEquals(byTable.counts(), n);
        assertEquals(byTable.flagged(), bySegment.flagged());
        assertEquals(byTable.rejectedByReason(), bySegment.rejectedByReason());
        assertEquals(0, number(segment, "SELECT COUNT(*) FROM incidents"), "no incident written into the table");
        assertEquals(n.rejected(), number(segment, "SELECT COUNT(*) FROM rejected_rows"));
        try (MappedSegment s = MappedSegment.open(segmentOf(segment, bySegment))) {
            assertEquals(n.loaded(), s.rows());
        }
        assertEquals(
                List.of(segmentOf(segment, bySegment).getFileName().toString()),
                files(Importer.segments(segment)),
                "the segment alone, no spill or temporary file");
    }

    @Test
    void theSegmentHoldsTheTablesRowsInR10Order() throws Exception {
        // the real file has placeholder times: the take-down is part of what is compared
        assertTrue(number(table, "SELECT COUNT(*) FROM incidents WHERE time_flag LIKE 'placeholder time%'") > 0);
        assertSameRows(table, segmentOf(segment, bySegment));
    }

    @Test
    void geocoderFallbacksAreFlaggedInTheSegmentAsInTheTable() throws Exception {
        // the real file has no fallback point: twelve blocks at the city's centroid make one
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(ChicagoCsv.row(String.valueOf(100 + i), "7/19/2017 13:" + (10 + i), "41.8781136", "-87.6297982")
                    .replace("024XX W LITHUANIAN PLAZA CT", "0" + (10 + i) + "XX S HALSTED ST"));
        }
        rows.add(ChicagoCsv.row("300", "7/19/2017 15:10", "41.7683084", "-87.68497621"));
        Path file = ChicagoCsv.write(dir.resolve("centroid.csv"), rows.toArray(String[]::new));
        ImportOptions chicago = ImportOptions.defaults().withProfile("chicago-portal");
        try (Store t = Store.open(dir.resolve("fallback-table"));
                Store s = Store.open(dir.resolve("fallback-segment"))) {
            ImportResult a = new Importer(t).importFile(file, chicago, ProgressListener.NONE);
            ImportResult b = new Importer(s).importFile(file, chicago.withSegment(true), ProgressListener.NONE);
            assertEquals(
                    1,
                    a.flagged().keySet().stream()
                            .filter(k -> k.startsWith(Flag.GEOCODE_FALLBACK))
                            .count());
            assertEquals(a.flagged(), b.flagged());
            assertEquals(12, number(t, "SELECT COUNT(*) FROM incidents WHERE place_flag LIKE 'geocode_fallback%'"));
            assertSameRows(t, segmentOf(s, b));
        }
    }

    @Test
    void aCancelledImportLeavesNoSegmentAndNoSpill() throws IOException {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        try (Store s = Store.open(dir.resolve("cancelled"))) {
            ImportCancelTest.CancelAfterFirstUpdate listener = new ImportCancelTest.CancelAfterFirstUpdate();
            assertThrows(
                    CancelledException.class,
                    () -> new Importer(s)
                            .importFile(file, ImportOptions.defaults().withSegment(true), listener));
            assertEquals(List.of(), files(Importer.segments(s)));
            assertEquals(1, number(s, "SELECT COUNT(*) FROM imports WHERE status = 'cancelled'"));
        }
    }

    @Test
    void aFailedImportLeavesNoSegmentAndNoSpill() throws IOException {
        // the real file cut in the middle of its gzip stream: the reader fails after the spill holds rows
        Path cut = dir.resolve("cut.csv.gz");
        try (InputStream in = Files.newInputStream(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"));
                OutputStream out = Files.newOutputStream(cut)) {
            out.write(in.readNBytes(700_000));
        }
        try (Store s = Store.open(dir.resolve("failed"))) {
            ImportException e = assertThrows(
                    ImportException.class,
                    () -> new Importer(s)
                            .importFile(cut, ImportOptions.defaults().withSegment(true), ProgressListener.NONE));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertEquals(List.of(), files(Importer.segments(s)));
            assertEquals(1, number(s, "SELECT COUNT(*) FROM imports WHERE status = 'failed'"));
        }
    }

    private static Path segmentOf(Store store, ImportResult r) {
        return SegmentIncidents.file(Importer.segments(store), r.importId());
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every field of every row of {@code file} equals the table's column of that name, in (r10, id) order. */
    private static void assertSameRows(Store store, Path file) throws IOException, SQLException {
        try (MappedSegment s = MappedSegment.open(file);
                Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM incidents ORDER BY h3_r10, id")) {
            List<Field> fields = s.schema().getFields();
            assertEquals(SegmentFormat.schema(c), s.schema(), "the segment's fields are the table's columns");
            long row = 0;
            while (rs.next()) {
                assertTrue(row < s.rows(), "the table has more rows than the segment");
                int b = MappedSegment.batchOf(row);
                int i = MappedSegment.indexOf(row);
                for (int k = 0; k < fields.size(); k++) {
                    String name = fields.get(k).getName();
                    assertEquals(
                            tableValue(rs, name, fields.get(k).getType()),
                            segmentValue(s.vector(b, k), i),
                            () -> name + " of the incident in place " + rowLabel(rs));
                }
                row++;
            }
            assertEquals(s.rows(), row, "rows in the segment and the table");
            assertTrue(row > 0);
        }
    }

    private static String rowLabel(ResultSet rs) {
        try {
            return "id " + rs.getLong("ID");
        } catch (SQLException e) {
            return "?";
        }
    }

    /** A column's value as the segment's vector gives it ({@code getObject}), from the table. */
    private static Object tableValue(ResultSet rs, String name, ArrowType type) throws SQLException {
        if (rs.getObject(name) == null) {
            return null;
        }
        return switch (type.getTypeID()) {
            case Int ->
                switch (((ArrowType.Int) type).getBitWidth()) {
                    case 8 -> rs.getByte(name);
                    case 32 -> rs.getInt(name);
                    default -> rs.getLong(name);
                };
            case Utf8 -> rs.getString(name);
            case Date -> (int) rs.getObject(name, LocalDate.class).toEpochDay();
            case Timestamp ->
                SegmentColumns.micros(rs.getObject(name, OffsetDateTime.class).toInstant());
            case FloatingPoint ->
                ((ArrowType.FloatingPoint) type).getPrecision()
                                == org.apache.arrow.vector.types.FloatingPointPrecision.SINGLE
                        ? (Object) rs.getFloat(name)
                        : (Object) rs.getDouble(name);
            case Bool -> rs.getBoolean(name);
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    private static Object segmentValue(FieldVector v, int i) {
        if (v.isNull(i)) {
            return null;
        }
        if (v instanceof TimeStampMicroTZVector t) {
            return t.get(i);
        }
        if (v instanceof org.apache.arrow.vector.DateDayVector d) {
            return d.get(i);
        }
        Object o = v.getObject(i);
        return o instanceof org.apache.arrow.vector.util.Text t ? t.toString() : o;
    }
}
