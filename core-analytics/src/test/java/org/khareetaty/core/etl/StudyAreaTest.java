package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.text;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.TestBoundaries;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 13 item 5: a city without a boundary layer works. A {@code --bbox} is kept in the store as
 * its study area and applies to every later import; the import log records what applied; an import
 * with no study area at all says that nothing limits where points may fall.
 */
class StudyAreaTest {
    /** Chicago, west, east, south, north. */
    private static final Envelope CHICAGO = new Envelope(-87.95, -87.52, 41.64, 42.03);

    @TempDir
    Path dir;

    @Test
    void aBboxIsKeptAsTheStudyAreaOfEveryLaterImport() throws Exception {
        // two rows in Chicago, one in Milwaukee (43.04 N), 110 km north of the box
        Path first = ChicagoCsv.write(
                dir.resolve("first.csv"),
                ChicagoCsv.good("1"),
                ChicagoCsv.row("2", "7/19/2017 14:00", "41.88", "-87.63"),
                ChicagoCsv.row("3", "7/19/2017 15:00", "43.04", "-87.91"));
        Path later = ChicagoCsv.write(
                dir.resolve("later.csv"),
                ChicagoCsv.row("4", "7/20/2017 14:00", "41.90", "-87.70"),
                ChicagoCsv.row("5", "7/20/2017 15:00", "43.04", "-87.91"));
        try (Store store = Store.open(dir.resolve("store"))) {
            Importer importer = new Importer(store);
            ImportResult r =
                    importer.importFile(first, ImportOptions.defaults().withBbox(CHICAGO), ProgressListener.NONE);
            assertIdentity(r);
            assertEquals(Map.of("outside_study_area", 1L), r.rejectedByReason());
            assertEquals("bbox -87.95,41.64,-87.52,42.03 (given with --bbox, saved for later imports)", r.studyArea());
            assertNull(r.warning(), "a study area: no warning");

            ImportResult next = importer.importFile(later, ImportOptions.defaults(), ProgressListener.NONE);
            assertIdentity(next);
            assertEquals(1, next.counts().loaded());
            assertEquals(Map.of("outside_study_area", 1L), next.rejectedByReason(), "the saved box applies");
            assertEquals("bbox -87.95,41.64,-87.52,42.03 (saved by import #1)", next.studyArea());
            assertNull(next.warning());
            assertEquals(
                    "bbox -87.95,41.64,-87.52,42.03 (saved by import #1)",
                    text(store, "SELECT study_area FROM imports WHERE id = 2"),
                    "the import log records the study area that applied");
            assertTrue(text(store, "SELECT message FROM rejected_rows WHERE import_id = 2")
                    .contains("outside the study area's bounding box"));
        }
    }

    @Test
    void anImportWithoutAnyStudyAreaWarnsThatNothingLimitsThePoints() throws Exception {
        Path file = ChicagoCsv.write(
                dir.resolve("anywhere.csv"),
                ChicagoCsv.good("1"),
                // Milwaukee: nothing says it does not belong
                ChicagoCsv.row("2", "7/19/2017 15:00", "43.04", "-87.91"));
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            assertIdentity(r);
            assertEquals(2, r.counts().loaded());
            assertEquals("none", r.studyArea());
            assertTrue(
                    r.warning()
                            .startsWith("no study area: the store has no boundary layer and no saved --bbox, "
                                    + "so nothing limits where points may fall"),
                    r.warning());
            assertEquals("none", text(store, "SELECT study_area FROM imports WHERE id = 1"));
        }
        try (Store store = Store.open(dir.resolve("with-layer"))) {
            TestBoundaries.chicagoDistricts(store, true);
            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            assertIdentity(r);
            assertEquals(Map.of("outside_study_area", 1L), r.rejectedByReason());
            assertEquals("primary layer districts", r.studyArea());
            assertNull(r.warning());
        }
    }

    @Test
    void aFailedImportKeepsNoBbox() throws Exception {
        Path headerOnly = ChicagoCsv.write(dir.resolve("header-only.csv"));
        try (Store store = Store.open(dir.resolve("store"))) {
            Importer importer = new Importer(store);
            assertThrows(
                    ImportException.class,
                    () -> importer.importFile(
                            headerOnly, ImportOptions.defaults().withBbox(CHICAGO), ProgressListener.NONE));
            assertEquals(
                    0, number(store, "SELECT COUNT(*) FROM study_area"), "the box is saved with a complete import");
        }
    }

    private static void assertIdentity(ImportResult r) {
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
    }
}
