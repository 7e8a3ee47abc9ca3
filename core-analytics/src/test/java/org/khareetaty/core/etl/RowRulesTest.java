package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;
import static org.khareetaty.core.testing.StoreQueries.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * The rules every row passes, each seen on one line of a small Chicago-format file: where a row is
 * rejected the store keeps its line, raw text, reason and message; nothing is lost or loaded twice.
 */
class RowRulesTest {
    @TempDir
    static Path dir;

    static Store store;
    static ImportResult mixed;
    static List<String> lines;

    @BeforeAll
    static void importMixedFile() {
        store = Store.open(dir.resolve("store"));
        lines = List.of(
                ChicagoCsv.HEADER,
                ChicagoCsv.good("910001"), // 2
                ChicagoCsv.row("910002", "19/07/2017 1:45 PM", "41.7683084", "-87.68497621"), // 3
                ChicagoCsv.row("910003", "7/19/2099 13:45", "41.7683084", "-87.68497621"), // 4
                ChicagoCsv.row("910004", "3/12/2017 2:30", "41.7683084", "-87.68497621"), // 5 DST gap
                ChicagoCsv.row("910005", "7/19/2017 13:45", "", ""), // 6
                ChicagoCsv.row("910006", "7/19/2017 13:45", "41.7683084N", "-87.68497621"), // 7
                ChicagoCsv.row("910007", "7/19/2017 13:45", "95", "-87.68497621"), // 8
                ChicagoCsv.row("910008", "7/19/2017 13:45", "0", "0"), // 9
                ChicagoCsv.row("910009", "7/19/2017 13:45", "36.619446395", "-91.686565684"), // 10
                ChicagoCsv.rowXy("910010", "7/19/2017 13:45", "0", "0"), // 11
                ChicagoCsv.good("910001"), // 12 duplicate of line 2
                ChicagoCsv.row("910011", "11/5/2017 1:30", "41.7683084", "-87.68497621"), // 13 DST overlap
                ChicagoCsv.rowXy("910012", "7/19/2017 13:45", "1161120", "1858829")); // 14
        mixed = importFile(ChicagoCsv.writeRaw(dir.resolve("mixed.csv"), lines), ImportOptions.defaults());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static ImportResult importFile(Path file, ImportOptions options) {
        ImportResult r = new Importer(store).importFile(file, options, ProgressListener.NONE);
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        assertEquals(
                n.loaded(),
                number(store, "SELECT COUNT(*) FROM incidents WHERE import_id = ?", r.importId()),
                "incidents stored");
        assertEquals(
                n.rejected(),
                number(store, "SELECT COUNT(*) FROM rejected_rows WHERE import_id = ?", r.importId()),
                "rejected rows stored");
        assertEquals(
                n.rejected(),
                r.rejectedByReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        return r;
    }

    /** Asserts the mixed file's line was rejected for {@code reason}, with its raw text; returns the message. */
    private static String rejected(int line, RejectReason reason) {
        return rejected(mixed, line, lines.get(line - 1), reason);
    }

    private static String rejected(ImportResult r, int line, String raw, RejectReason reason) {
        List<List<String>> row = rows(
                store,
                "SELECT reason, raw_text, message FROM rejected_rows WHERE import_id = ? AND line_number = ?",
                r.importId(),
                line);
        assertEquals(1, row.size(), "rejected rows at line " + line);
        assertEquals(reason.code(), row.get(0).get(0), "reason of line " + line);
        assertEquals(raw, row.get(0).get(1), "raw text of line " + line);
        String message = row.get(0).get(2);
        assertTrue(message != null && !message.isBlank(), "a message for line " + line);
        return message;
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.contains(part), () -> "'" + part + "' in: " + message);
    }

    @Test
    void accountsForEveryRowOfTheMixedFile() {
        var n = mixed.counts();
        assertEquals(13, n.read());
        assertEquals(4, n.loaded());
        assertEquals(8, n.rejected());
        assertEquals(1, n.duplicates());
        assertEquals(
                Map.of(
                        "bad_timestamp",
                        1L,
                        "future_timestamp",
                        1L,
                        "missing_coordinates",
                        1L,
                        "non_numeric_coordinates",
                        1L,
                        "coordinates_out_of_range",
                        1L,
                        "null_island",
                        1L,
                        "sentinel_location",
                        2L),
                mixed.rejectedByReason());
        assertEquals(mixed.rejectedByReason(), Map.copyOf(rejectedByReasonStored()));
    }

    private static Map<String, Long> rejectedByReasonStored() {
        try (var c = store.connect()) {
            return Importer.rejectedByReason(c, mixed.importId());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rejectsATimestampNoPatternReads() {
        assertContains(rejected(3, RejectReason.BAD_TIMESTAMP), "'19/07/2017 1:45 PM' in column 'date'");
    }

    @Test
    void rejectsATimestampInTheFarFuture() {
        assertContains(rejected(4, RejectReason.FUTURE_TIMESTAMP), "2099-07-19T13:45");
    }

    @Test
    void loadsALocalTimeInTheSpringForwardGapAnHourLater() {
        // 2:30 on 12 March 2017 does not exist in Chicago; it is taken as 3:30 CDT = 08:30 UTC
        assertEquals(
                List.of(List.of("2017-03-12 08:30:00+00", "3", "5")),
                rows(
                        store,
                        "SELECT CAST(occurred_at AS VARCHAR), local_hour, line_number FROM incidents WHERE source_id = '910004'"));
    }

    @Test
    void loadsAnAmbiguousFallBackTimeAtTheEarlierOffset() {
        // 1:30 on 5 November 2017 happens twice in Chicago; the first (CDT, UTC-5) is kept
        assertEquals(
                "2017-11-05 06:30:00+00",
                text(store, "SELECT CAST(occurred_at AS VARCHAR) FROM incidents WHERE source_id = '910011'"));
    }

    @Test
    void rejectsMissingCoordinates() {
        assertContains(rejected(6, RejectReason.MISSING_COORDINATES), "is empty");
    }

    @Test
    void rejectsNonNumericCoordinates() {
        assertContains(rejected(7, RejectReason.NON_NUMERIC_COORDINATES), "'41.7683084N' in column 'latitude'");
    }

    @Test
    void rejectsALatitudeBeyondTheLatitudeRange() {
        assertContains(rejected(8, RejectReason.COORDINATES_OUT_OF_RANGE), "latitude 95.0");
    }

    @Test
    void rejectsNullIsland() {
        assertContains(rejected(9, RejectReason.NULL_ISLAND), "null island");
    }

    @Test
    void rejectsChicagosPlaceholderLocationGivenAsLatitudeLongitudeOrAsStatePlaneZero() {
        assertContains(rejected(10, RejectReason.SENTINEL_LOCATION), "placeholder");
        assertContains(rejected(11, RejectReason.SENTINEL_LOCATION), "placeholder");
    }

    @Test
    void projectsStatePlaneXyWhenLatitudeAndLongitudeAreEmpty() {
        List<String> p = rows(store, "SELECT lat, lon FROM incidents WHERE source_id = '910012'")
                .get(0);
        assertEquals(41.7683084, Double.parseDouble(p.get(0)), 1e-4);
        assertEquals(-87.68497621, Double.parseDouble(p.get(1)), 1e-4);
    }

    @Test
    void countsARepeatedRowOfOneFileAsADuplicateAndLoadsItOnce() {
        assertEquals("1", text(store, "SELECT COUNT(*) FROM incidents WHERE source_id = '910001'"));
        assertEquals("2", text(store, "SELECT line_number FROM incidents WHERE source_id = '910001'"));
        assertEquals(
                "0",
                text(
                        store,
                        "SELECT COUNT(*) FROM rejected_rows WHERE import_id = ? AND line_number = 12",
                        mixed.importId()));
    }

    @Test
    void countsARowAlreadyLoadedFromAnotherFileAsADuplicate() {
        ImportResult first = importFile(
                ChicagoCsv.write(dir.resolve("week1.csv"), ChicagoCsv.good("920001"), ChicagoCsv.good("920002")),
                ImportOptions.defaults());
        assertEquals(2, first.counts().loaded());
        ImportResult second = importFile(
                ChicagoCsv.write(dir.resolve("week2.csv"), ChicagoCsv.good("920002"), ChicagoCsv.good("920003")),
                ImportOptions.defaults());
        assertEquals(1, second.counts().loaded());
        assertEquals(1, second.counts().duplicates());
        assertEquals(0, second.counts().rejected());
        assertEquals("1", text(store, "SELECT COUNT(*) FROM incidents WHERE source_id = '920002'"));
        assertEquals("920003", text(store, "SELECT source_id FROM incidents WHERE import_id = ?", second.importId()));
    }

    @Test
    void rejectsChicagoRowsBeforeTheFloorByTheirLocalDate() {
        // 23:00 on 31 Dec 2014 in Chicago is already 1 Jan 2015 in UTC; the analyst's floor is a local date
        List<String> rowsOf = List.of(
                ChicagoCsv.row("930001", "12/31/2014 23:00", "41.7683084", "-87.68497621"),
                ChicagoCsv.row("930002", "1/1/2015 0:30", "41.7683084", "-87.68497621"));
        ImportResult r = importFile(
                ChicagoCsv.write(dir.resolve("new-year.csv"), rowsOf.toArray(String[]::new)),
                ImportOptions.defaults().withTimeFloor(LocalDate.of(2015, 1, 1)));
        assertContains(
                rejected(r, 2, rowsOf.get(0), RejectReason.TIMESTAMP_BEFORE_FLOOR), "before the time floor 2015-01-01");
        assertEquals(1, r.counts().loaded());
        assertEquals("930002", text(store, "SELECT source_id FROM incidents WHERE import_id = ?", r.importId()));
    }

    @Test
    void loadsKuwaitRowsOnTheFloorDateEvenWhenTheyFallOnThePreviousUtcDay() throws IOException {
        // 01:00 on 1 Jan 2015 in Kuwait (UTC+3) is 22:00 on 31 Dec 2014 in UTC
        Path file = Files.writeString(
                dir.resolve("kuwait.csv"),
                "timestamp,incident_type,lat,lon,governorate,zone,description\n"
                        + "2014-12-31 23:30:00,theft,29.3759,47.9774,Capital,Sharq,phone taken\n"
                        + "2015-01-01 01:00:00,theft,29.3759,47.9774,Capital,Sharq,wallet taken\n");
        ImportResult r = importFile(file, ImportOptions.defaults().withTimeFloor(LocalDate.of(2015, 1, 1)));
        rejected(
                r,
                2,
                "2014-12-31 23:30:00,theft,29.3759,47.9774,Capital,Sharq,phone taken",
                RejectReason.TIMESTAMP_BEFORE_FLOOR);
        assertEquals(1, r.counts().loaded());
        assertEquals(
                "wallet taken",
                text(store, "SELECT offense_description FROM incidents WHERE import_id = ?", r.importId()));
    }

    @Test
    void rejectsPointsOutsideTheBoundingBoxAndHintsAtSwappedCoordinates() {
        List<String> rowsOf = List.of(
                ChicagoCsv.good("940001"),
                ChicagoCsv.row("940002", "7/19/2017 13:45", "29.3759", "47.9774"),
                ChicagoCsv.row("940003", "7/19/2017 13:45", "-87.68497621", "41.7683084"));
        ImportResult r = importFile(
                ChicagoCsv.write(dir.resolve("bbox.csv"), rowsOf.toArray(String[]::new)),
                ImportOptions.defaults()
                        .withBbox(new Envelope(-87.95, -87.5, 41.6, 42.05))
                        .withAcceptRejections(true));
        assertEquals(1, r.counts().loaded());
        String far = rejected(r, 3, rowsOf.get(1), RejectReason.OUTSIDE_STUDY_AREA);
        assertContains(far, "bounding box");
        assertTrue(!far.contains("swapped"), far);
        assertContains(rejected(r, 4, rowsOf.get(2), RejectReason.OUTSIDE_STUDY_AREA), "swapped");
        // the box is kept as the store's study area (StudyAreaTest); the other tests of this shared
        // store (the Kuwait rows among them) import without one
        try (var c = store.connect();
                var st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("DELETE FROM study_area"));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
