package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A whole-area KPI report reads its counts, profile, top cells and blocks and data-quality notes off the
 * drill-down's aggregates; a polygon scope reads them from the incidents with SQL. On the real Chicago 25k
 * sample, a polygon that holds every incident must give the whole area's numbers exactly: the SQL path is the
 * oracle of the aggregates' path.
 */
class KpiCountsTest {
    @TempDir
    Path dir;

    /** A box around Chicago, holding every incident of the sample (all lie inside the city's beats). */
    static final ReportScope.Polygon EVERYTHING;

    static {
        Geometry box = ReportScope.WGS84.toGeometry(new Envelope(-88.5, -87.0, 41.0, 42.5));
        box.setSRID(4326);
        EVERYTHING = new ReportScope.Polygon("box.geojson", box);
    }

    @Test
    void theWholeAreaHasTheNumbersOfItsIncidentsInEveryKindOfPeriod() {
        try (Store store = SharedData.importedSample(dir.resolve("store"))) {
            // a quarter; a week of two categories; a month across the new year (two years to date of a day each)
            sameNumbers(store, new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)), List.of());
            sameNumbers(
                    store,
                    new ReportPeriod(LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 22)),
                    List.of("violent", "property"));
            sameNumbers(store, new ReportPeriod(LocalDate.of(2018, 12, 5), LocalDate.of(2019, 1, 1)), List.of());
        }
    }

    private static void sameNumbers(Store store, ReportPeriod period, List<String> categories) {
        KpiCounts cube = KpiCounts.read(
                store, new KpiRequest(ReportScope.wholeArea(), period, null, categories, ZoneOrder.CODE));
        KpiCounts sql = KpiCounts.read(store, new KpiRequest(EVERYTHING, period, null, categories, ZoneOrder.CODE));
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
    }
}
