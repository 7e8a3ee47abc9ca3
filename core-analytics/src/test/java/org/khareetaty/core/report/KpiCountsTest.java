package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.incidents.IncidentExtent;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A whole-area KPI report reads its counts, profile, top cells and blocks and data-quality notes off the
 * drill-down's aggregates; a polygon scope reads them from the incidents with SQL. On the real Chicago 25k
 * sample, a polygon that holds every incident (their extent) must give the whole area's numbers exactly: the SQL path is the
 * oracle of the aggregates' path.
 */
class KpiCountsTest {
    @TempDir
    Path dir;

    @Test
    void theWholeAreaHasTheNumbersOfItsIncidentsInEveryKindOfPeriod() {
        try (Store store = SharedData.importedSample(dir.resolve("store"))) {
            // the incidents' own extent (what the whole area's map spans), edges included by ST_Covers
            Envelope extent = store.read("read the extent of", IncidentExtent::of);
            Geometry box = ReportScope.WGS84.toGeometry(extent);
            box.setSRID(4326);
            ReportScope.Polygon everything = new ReportScope.Polygon("extent.geojson", box);
            // a quarter; a week of two categories; a month across the new year (two years to date of a day each)
            sameNumbers(
                    store,
                    everything,
                    new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
                    List.of());
            sameNumbers(
                    store,
                    everything,
                    new ReportPeriod(LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 22)),
                    List.of("violent", "property"));
            sameNumbers(
                    store,
                    everything,
                    new ReportPeriod(LocalDate.of(2018, 12, 5), LocalDate.of(2019, 1, 1)),
                    List.of());
        }
    }

    /**
     * The counts per zone of the table's layer read off the aggregates (each incident's stored zones)
     * equal the SQL grouping of the incidents' zone column, the incidents in no district included.
     */
    @Test
    void theCountsPerDistrictAreThoseOfTheIncidentsStoredZones() {
        try (Store store = districtsAndSample(dir.resolve("districts"))) {
            Geometry box = ReportScope.WGS84.toGeometry(store.read("read the extent of", IncidentExtent::of));
            box.setSRID(4326);
            ReportScope.Polygon everything = new ReportScope.Polygon("extent.geojson", box);
            for (ReportPeriod period : List.of(
                    new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
                    new ReportPeriod(LocalDate.of(2018, 12, 5), LocalDate.of(2019, 1, 1)))) {
                for (List<String> categories : List.of(List.<String>of(), List.of("violent", "property"))) {
                    KpiCounts cube = KpiCounts.read(
                            store,
                            new KpiRequest(ReportScope.wholeArea(), period, "districts", categories, ZoneOrder.CODE));
                    KpiCounts sql = KpiCounts.read(
                            store, new KpiRequest(everything, period, "districts", categories, ZoneOrder.CODE));
                    assertTrue(
                            sql.counts().size() >= 20,
                            "districts with incidents: " + sql.counts().keySet());
                    assertEquals(sql.counts(), cube.counts(), period + " " + categories);
                }
            }
        }
    }

    /**
     * One report names its top cells in English and in Arabic and credits its data from one reading of the
     * boundary layers (BoundaryIndex) and of the completed imports: H2's own statistics of the statements run
     * (QUERY_STATISTICS, per database, so across the report's connections) count each once. The code before
     * read the layers a second time for the Arabic names (this test: 2, not 1) and the completed imports in
     * two statements, twice each (their ids; their files, for the data credits and the map's).
     */
    @Test
    void oneReportReadsTheBoundaryLayersAndTheCompletedImportsOnceForBothLanguages() throws Exception {
        try (Store store = districtsAndSample(dir.resolve("once"))) {
            try (Connection c = store.connect();
                    Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
            KpiReport report = KpiReport.of(
                    store,
                    new KpiRequest(
                            ReportScope.wholeArea(),
                            new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
                            "districts",
                            List.of(),
                            ZoneOrder.CODE),
                    Instant.parse("2019-04-01T08:00:00Z"));
            assertEquals(ReportDetails.TOP, report.details().topCells().size());
            for (TopPlace cell : report.details().topCells()) {
                assertTrue(report.arabicNames().containsKey(cell.key()), "the Arabic name of " + cell);
            }
            assertEquals(List.of("crimes_2017_2019_sample25k.csv.gz (chicago-portal)"), report.sources());
            assertEquals(report.sources(), report.map().sources());
            // BoundaryIndex.load's two statements
            assertEquals(1, executions(store, "SELECT layer, code, name, geom, id FROM boundaries"), "the zones");
            assertEquals(1, executions(store, "SELECT layer, zone_column, is_primary FROM boundary_layers"), "layers");
            assertEquals(1, executions(store, "FROM imports WHERE status = 'complete' ORDER BY id"), "the imports");
        }
    }

    /** A store in {@code dir} with Chicago's police districts (primary) and the real 25k sample imported. */
    private static Store districtsAndSample(Path dir) {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"); // skips before opening a store
        SharedData.file("chicago/police_districts.geojson");
        Store store = Store.open(dir);
        org.khareetaty.core.testing.TestBoundaries.chicagoDistricts(store, true);
        new org.khareetaty.core.etl.Importer(store)
                .importFile(
                        sample,
                        org.khareetaty.core.etl.ImportOptions.defaults(),
                        org.khareetaty.core.progress.ProgressListener.NONE);
        return store;
    }

    /** How often the statements holding {@code sql} ran since the statistics were switched on. */
    private static long executions(Store store, String sql) throws SQLException {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) "
                        + "FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE ?")) {
            ps.setString(1, "%" + sql + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void sameNumbers(
            Store store, ReportScope.Polygon everything, ReportPeriod period, List<String> categories) {
        KpiCounts cube = KpiCounts.read(
                store, new KpiRequest(ReportScope.wholeArea(), period, null, categories, ZoneOrder.CODE));
        KpiCounts sql = KpiCounts.read(store, new KpiRequest(everything, period, null, categories, ZoneOrder.CODE));
        long current = sql.counts().get(null).values().stream()
                .mapToLong(Counts::current)
                .sum();
        assertTrue(current > 20, "a period with incidents: " + current);
        assertEquals(sql.counts(), cube.counts());
        assertEquals(sql.profile().daily(), cube.profile().daily());
        assertArrayEquals(sql.profile().dayOfWeek(), cube.profile().dayOfWeek());
        assertArrayEquals(sql.profile().hourOfDay(), cube.profile().hourOfDay());
        assertEquals(sql.details().quality(), cube.details().quality());
        assertEquals(sql.details().topCells(), cube.details().topCells());
        assertEquals(sql.details().topBlocks(), cube.details().topBlocks());
        assertEquals(current, cube.details().quality().incidents());
        // the map's H3 cells
        assertEquals(sql.map().areaLayer(), cube.map().areaLayer());
        assertEquals(areas(sql.map()), areas(cube.map()));
    }

    private static java.util.Map<String, Long> areas(ReportMap map) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        map.areas().forEach(a -> out.put(a.key(), a.count()));
        return out;
    }
}
