package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * Issue 13 item 9: a point that holds many incidents with different addresses (where a geocoder
 * puts what it cannot place) is reported after the import, and its rows are rejected as
 * {@code geocode_fallback} when the analyst names the point; the real Chicago sample has none.
 */
class GeocodeFallbackTest {
    /** The City of Chicago's centroid, where a fallback geocoder might put an unplaceable address. */
    private static final String LAT = "41.8781136";

    private static final String LON = "-87.6297982";

    @TempDir
    Path dir;

    @Test
    void aPointHoldingManyAddressesIsReportedAndRejectedOnRequest() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // twelve reports from twelve different blocks, all at the centroid
            rows.add(ChicagoCsv.row(String.valueOf(100 + i), "7/19/2017 13:" + (10 + i), LAT, LON)
                    .replace("024XX W LITHUANIAN PLAZA CT", "0" + (10 + i) + "XX S HALSTED ST"));
        }
        for (int i = 0; i < 12; i++) {
            // twelve reports of one block at one point: a busy block, not a fallback
            rows.add(ChicagoCsv.row(String.valueOf(200 + i), "7/19/2017 14:" + (10 + i), "41.7683084", "-87.68497621"));
        }
        Path file = ChicagoCsv.write(dir.resolve("centroid.csv"), rows.toArray(String[]::new));
        String code = Flag.GEOCODE_FALLBACK + Double.parseDouble(LON) + "," + Double.parseDouble(LAT);
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store)
                    .importFile(file, ImportOptions.defaults().withProfile("chicago-portal"), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(24, n.loaded());
            assertEquals(Map.of(code, 12L), r.flagged());
            assertTrue(Flag.meaning(code).contains("--geocode-fallback -87.6297982,41.8781136"), Flag.meaning(code));
            // item 9: the reported point's rows stay loaded but feed no hotspot (Gi*, hotspot forecasts, DBSCAN)
            assertEquals(
                    12,
                    number(
                            store,
                            "SELECT COUNT(*) FROM incidents WHERE lat = " + LAT + " AND place_flag = "
                                    + "'geocode_fallback: 12 addresses at this point; left out of hotspots'"));
            try (var c = store.connect()) {
                long cells = org.khareetaty.core.gistar.IncidentCounts.perCell(
                                c, org.khareetaty.core.gistar.GiStarScope.of(8))
                        .values()
                        .stream()
                        .mapToLong(Long::longValue)
                        .sum();
                assertEquals(12, cells, "Gi* counts only the busy block's twelve");
            }
            var risk = org.khareetaty.core.forecast.risk.StoreRiskIncidents.load(
                    store, List.of(), java.time.LocalDate.of(2017, 7, 31));
            assertEquals(12, risk.size(), "the hotspot forecasts read only the busy block's twelve");
            for (int i = 0; i < risk.size(); i++) {
                assertTrue(Math.abs(risk.lat()[i] - Double.parseDouble(LAT)) > 0.01, "no incident at the centroid");
            }
        }
        try (Store store = Store.open(dir.resolve("rejecting"))) {
            List<Sentinel> points = new ArrayList<>(Sentinel.KNOWN);
            points.add(Sentinel.geocodeFallback(Double.parseDouble(LON), Double.parseDouble(LAT)));
            ImportResult r = new Importer(store)
                    .importFile(
                            file,
                            ImportOptions.defaults()
                                    .withProfile("chicago-portal")
                                    .withSentinels(points),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(Map.of("geocode_fallback", 12L), r.rejectedByReason());
            assertEquals(Map.of(), r.flagged());
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents WHERE lat = " + LAT));
        }
    }

    /**
     * Item 9, a source without addresses (the Crime Open Database's codb format): a point holding
     * reports that state many different districts is reported; the real aggravated-assault file has
     * none, no point of it holding more than two districts.
     */
    @Test
    void aCodbFileIsCheckedByTheDistrictsItsRecordsState() throws Exception {
        StringBuilder csv = new StringBuilder("date,loc_cat,longitude,latitude,district\n");
        for (int i = 0; i < 12; i++) {
            csv.append(
                    "2015-06-0" + (1 + i % 9) + " 1" + i % 10 + ":00,street," + LON + "," + LAT + "," + (1 + i) + "\n");
        }
        csv.append("2015-06-01 10:00,residence,-87.6277,41.7922,2\n");
        Path file = java.nio.file.Files.writeString(dir.resolve("codb-centroid.csv"), csv.toString());
        String code = Flag.GEOCODE_FALLBACK + Double.parseDouble(LON) + "," + Double.parseDouble(LAT);
        try (Store store = Store.open(dir.resolve("codb"))) {
            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals("codb", r.profile());
            assertEquals(12L, r.flagged().get(code), () -> "flagged: " + r.flagged());

            ImportResult real = new Importer(store)
                    .importFile(
                            SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"),
                            ImportOptions.defaults(),
                            ProgressListener.NONE);
            var m = real.counts();
            assertEquals(m.read(), m.loaded() + m.rejected() + m.duplicates(), "read = loaded + rejected + duplicates");
            assertTrue(
                    real.flagged().keySet().stream().noneMatch(k -> k.startsWith(Flag.GEOCODE_FALLBACK)),
                    () -> "flagged: " + real.flagged());
            assertEquals(
                    2,
                    number(
                            store,
                            "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT claimed_zones) n FROM incidents WHERE import_id = "
                                    + real.importId() + " GROUP BY lon, lat)"),
                    "districts at one point of the real file");
        }
    }

    /** The threshold was chosen on this file: its points hold at most two blocks once case is ignored. */
    @Test
    void theRealChicagoSampleHasNoFallbackPoint() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store)
                    .importFile(
                            SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                            ImportOptions.defaults(),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertTrue(
                    r.flagged().keySet().stream().noneMatch(k -> k.startsWith(Flag.GEOCODE_FALLBACK)),
                    () -> "flagged: " + r.flagged());
            assertEquals(
                    2,
                    number(
                            store,
                            "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT UPPER(block)) n FROM incidents GROUP BY lon, lat)"),
                    "the most blocks at one point");
        }
    }
}
