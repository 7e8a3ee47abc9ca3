package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 13 item 11: a free-text field longer than its column is loaded cut and counted, never cut
 * without a word; and a row with several faults is rejected for the first in the order
 * docs/import.md gives, whatever the profile.
 */
class NothingCutSilentlyTest {
    private static final Envelope CHICAGO = new Envelope(-87.95, -87.52, 41.64, 42.03);

    @TempDir
    Path dir;

    @Test
    void freeTextLongerThanItsColumnIsLoadedCutAndCounted() throws Exception {
        String longBlock = "0".repeat(180) + "XX W LITHUANIAN PLAZA CT, REAR ALLEY";
        Path file = ChicagoCsv.write(
                dir.resolve("long.csv"),
                ChicagoCsv.good("1"),
                ChicagoCsv.good("2").replace("024XX W LITHUANIAN PLAZA CT", longBlock),
                ChicagoCsv.good("3").replace("UNLAWFUL POSS OF HANDGUN", "D".repeat(201)));
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = importFile(store, file);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(3, n.loaded());
            assertEquals(Map.of(Flag.TEXT_CUT + "block", 1L, Flag.TEXT_CUT + "description", 1L), r.flagged());
            assertEquals(
                    List.of(List.of("text_cut_block=1;text_cut_description=1")),
                    rows(store, "SELECT flagged FROM imports WHERE id = ?", r.importId()),
                    "the import log keeps the counts");
            assertEquals(
                    List.of(List.of("200", longBlock.substring(0, 200))),
                    rows(store, "SELECT LENGTH(block), block FROM incidents WHERE source_id = '2'"));
        }
    }

    /**
     * Each row fails two checks; it is rejected for the one docs/import.md lists first. Before,
     * the Chicago profile read the coordinates before the id and the time, and the range of the
     * coordinates was checked after the time.
     */
    @Test
    void aRowWithSeveralFaultsIsRejectedForTheFirstInTheDocumentedOrder() throws Exception {
        String good = ChicagoCsv.good("1");
        Path file = ChicagoCsv.write(
                dir.resolve("faults.csv"),
                // missing_field (primary_type) before bad_timestamp
                ChicagoCsv.row("10", "13/45/2017 25:61", "41.7683084", "-87.68497621")
                        .replace("WEAPONS VIOLATION", ""),
                // bad_timestamp before missing_coordinates
                ChicagoCsv.row("11", "13/45/2017 25:61", "", ""),
                // missing_coordinates before field_too_long (case number of 70 characters)
                ChicagoCsv.row("12", "7/19/2017 13:45", "", "").replace(",JX12,", "," + "J".repeat(70) + ","),
                // coordinates_out_of_range before field_too_long
                ChicagoCsv.row("13", "7/19/2017 13:45", "95.0", "-87.68").replace(",JX13,", "," + "J".repeat(70) + ","),
                // field_too_long before future_timestamp
                ChicagoCsv.row("14", "7/19/2099 13:45", "41.7683084", "-87.68497621")
                        .replace(",JX14,", "," + "J".repeat(70) + ","),
                // coordinates_out_of_range before timestamp_before_floor
                ChicagoCsv.row("15", "7/19/1980 13:45", "95.0", "-87.68"),
                // timestamp_before_floor before null_island
                ChicagoCsv.row("16", "7/19/1980 13:45", "0", "0"),
                // sentinel_location before outside_study_area (the State Plane 0,0 lies outside Chicago)
                ChicagoCsv.row("17", "7/19/2017 13:45", "36.619446395", "-91.686565684"),
                good);
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store)
                    .importFile(
                            file,
                            ImportOptions.defaults()
                                    .withProfile("chicago-portal")
                                    .withBbox(CHICAGO),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(1, n.loaded());
            assertEquals(
                    List.of(
                            List.of("2", "missing_field"),
                            List.of("3", "bad_timestamp"),
                            List.of("4", "missing_coordinates"),
                            List.of("5", "coordinates_out_of_range"),
                            List.of("6", "field_too_long"),
                            List.of("7", "coordinates_out_of_range"),
                            List.of("8", "timestamp_before_floor"),
                            List.of("9", "sentinel_location")),
                    rows(store, "SELECT line_number, reason FROM rejected_rows ORDER BY line_number"));
        }
    }

    /** A mapping's profile applies the same order: the offense type, then the time, then the place. */
    @Test
    void aMappedProfileAppliesTheSameOrder() throws Exception {
        Path mapping = Files.writeString(
                dir.resolve("m.properties"),
                "name = order\ntime.column = t\ntime.pattern = yyyy-MM-dd HH:mm\ntime.zone = America/Chicago\n"
                        + "lat.column = lat\nlon.column = lon\ntype.column = type\n");
        Path file = Files.writeString(
                dir.resolve("m.csv"),
                "t,type,lat,lon\n"
                        + "2019-02-30 10:00,,x,41.8\n"
                        + "2019-02-30 10:00,THEFT,x,-87.6\n"
                        + "2019-03-01 10:00,THEFT,41.8,-87.6\n");
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store)
                    .importFile(
                            file, ImportOptions.defaults().withMapping(Mapping.read(mapping)), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(
                    List.of(List.of("2", "missing_field"), List.of("3", "bad_timestamp")),
                    rows(store, "SELECT line_number, reason FROM rejected_rows ORDER BY line_number"));
        }
    }

    private static ImportResult importFile(Store store, Path file) {
        return new Importer(store)
                .importFile(file, ImportOptions.defaults().withProfile("chicago-portal"), ProgressListener.NONE);
    }
}
