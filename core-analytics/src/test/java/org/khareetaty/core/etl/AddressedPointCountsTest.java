package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * Issue 14: {@link GeocodeFallbacks#find} no longer counts an import's points by reading its incidents
 * back but takes the counts the writer kept while writing them ({@link PointCounts}); they must equal
 * an SQL recount of what the import stored ({@code GROUP BY lon, lat} over the addressed incidents),
 * so that the two cannot drift apart: only incidents written by this import, not its rejected rows nor
 * its duplicates, and an address exactly when {@link GeocodeFallbacks#ADDRESS} reads one.
 */
class AddressedPointCountsTest {
    @TempDir
    Path dir;

    @Test
    void theWritersCountsEqualAnSqlRecountOfTheRealSample() throws Exception {
        List<PointCounts> seen = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("store"))) {
            Importer importer = new Importer(store, seen::add);
            Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
            ImportResult first = importer.importFile(sample, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(first.counts().loaded() > 20_000, () -> "loaded: " + first.counts());
            assertEquals(1, seen.size());
            int points = assertRecount(store, first.importId(), seen.get(0));
            assertTrue(points > 10_000, "distinct addressed points of the sample: " + points);
            assertTrue(seen.get(0).max() > 1, "some point of the sample holds more than one incident");

            // the same file again: every row is a duplicate, so nothing is counted
            ImportResult again =
                    importer.importFile(sample, ImportOptions.defaults().withAgain(true), ProgressListener.NONE);
            assertEquals(0, again.counts().loaded(), () -> "again: " + again.counts());
            assertTrue(again.counts().duplicates() > 20_000, () -> "again: " + again.counts());
            assertEquals(2, seen.size());
            assertEquals(0, assertRecount(store, again.importId(), seen.get(1)));
            assertEquals(0, seen.get(1).max());
        }
    }

    /** A source without a block is counted by the zones its records state; a rejected row is not counted. */
    @Test
    void zonesStandInForTheAddressAndRejectedRowsAreNotCounted() throws Exception {
        StringBuilder csv = new StringBuilder("date,loc_cat,longitude,latitude,district\n");
        for (int i = 0; i < 12; i++) {
            csv.append(
                    "2015-06-0" + (1 + i % 9) + " 1" + i % 10 + ":00,street,-87.6297982,41.8781136," + (1 + i) + "\n");
        }
        csv.append("2015-06-01 10:00,residence,-87.6277,41.7922,2\n");
        csv.append("2015-06-01 10:30,residence,-87.6277,41.7922,\n");
        csv.append("2015-06-01 11:00,residence,-87.6277,not-a-latitude,2\n");
        Path file = Files.writeString(dir.resolve("codb.csv"), csv.toString());
        List<PointCounts> seen = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("codb"))) {
            ImportResult r = new Importer(store, seen::add)
                    .importFile(file, ImportOptions.defaults().withAcceptRejections(true), ProgressListener.NONE);
            assertEquals(1, r.counts().rejected(), () -> "counts: " + r.counts() + ", " + r.rejectedByReason());
            assertEquals(14, r.counts().loaded(), () -> "counts: " + r.counts());
            assertEquals(2, assertRecount(store, r.importId(), seen.get(0)));
            assertEquals(12, seen.get(0).get(-87.6297982, 41.8781136));
            assertEquals(1, seen.get(0).get(-87.6277, 41.7922), "the row without a district has no address");
        }
    }

    /**
     * Asserts that {@code counts} hold exactly the import's addressed incidents per point, as SQL
     * counts them, and returns the number of points.
     */
    private static int assertRecount(Store store, long importId, PointCounts counts) throws Exception {
        int points = 0;
        try (var c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT lon, lat, COUNT(*) FROM incidents WHERE import_id = " + importId
                        + " AND " + GeocodeFallbacks.ADDRESS + " IS NOT NULL GROUP BY lon, lat")) {
            while (rs.next()) {
                points++;
                double lon = rs.getDouble(1);
                double lat = rs.getDouble(2);
                assertEquals(rs.getInt(3), counts.get(lon, lat), "incidents at " + lon + "," + lat);
            }
        }
        assertEquals(points, counts.size(), "points counted by the writer");
        return points;
    }
}
