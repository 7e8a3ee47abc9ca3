package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * A drilled cell's forecast fitted on demand, on the real Chicago 25k sample (2017-01-01..2019-09-29, about 23
 * incidents a day over the city): its daily counts are the store's SQL count of the cell's incidents per day;
 * an r6 and an r8 cell get the forecast {@code forecast store --res R} stores for them; an r10 cell (a few
 * incidents in three years) is pooled with a coarser cell that averages one a day, and flagged low confidence;
 * the whole area's series is the store's SQL count per day of the completed imports' incidents, and its forecast
 * the whole-area series of a stored run.
 */
class CellForecastsTest {
    @TempDir
    static Path dir;

    static Store store;
    static GoldCube cube;
    static HolidayCalendar holidays;
    static LocalDate last;

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
        cube = StoreDrillSession.open(store).cube();
        holidays = StoreCalendar.holidays(store);
        last = store.read("read", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(local_date) FROM incidents");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aCellsSeriesIsTheStoresCountOfItsIncidentsPerDay() throws Exception {
        for (int res : new int[] {8, 10}) {
            long cell = busiest(res);
            CellForecast f = CellForecasts.of(cube, cell, List.of(), 7, holidays);
            assertEquals(last, f.asOf(), "the store's last day");
            Map<LocalDate, Integer> sql = perDay(res, cell);
            DailySeries d = f.counts();
            assertEquals(last, d.last());
            int total = 0;
            for (int i = 0; i < d.counts().length; i++) {
                LocalDate day = d.first().plusDays(i);
                assertEquals(sql.getOrDefault(day, 0), d.counts()[i], "r" + res + " " + day);
                total += d.counts()[i];
            }
            assertEquals(sql.values().stream().mapToInt(Integer::intValue).sum(), total, "every incident counted");
            assertTrue(total > 0);
        }
    }

    @Test
    void anR6AndAnR8CellGetTheForecastAStoredRunOfTheirResolutionHoldsForThem() {
        for (int res : new int[] {6, 8}) {
            long cell = busiest(res);
            String hex = Long.toHexString(cell);
            CellForecast f = CellForecasts.of(cube, cell, List.of(), 7, holidays);
            // the stored run's path (forecast store --res R) for this cell, its series and parent read by SQL
            SeriesScope scope = SeriesScope.cells(res, List.of(), null);
            SeriesSet all = ZoneDailyCounts.load(store, scope);
            DailySeries own = all.zones().stream()
                    .filter(z -> z.name().equals(hex))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(hex + " has incidents in every year"));
            SeriesSet one = new SeriesSet(scope.name(), List.of(own), all.whole(), List.of())
                    .withParents(Map.of(hex, all.parentOf(hex)));
            StoredRun run = ForecastRun.make(one, scope, null, 7, holidays, ProgressListener.NONE);
            StoredSeries stored = run.series().get(0);
            StoredSeries fitted = f.series();
            assertSameForecast(run, stored, f, "r" + res);
            assertEquals(stored.lowConfidence(), fitted.lowConfidence());
            boolean pooled = stored.forecast().model().startsWith("pooled");
            assertEquals(pooled ? all.parentOf(hex).name() : null, f.pooledWith(), "r" + res);
            assertEquals(
                    Long.toHexString(H3Cells.parent(cell, res - 1)),
                    all.parentOf(hex).name());
        }
    }

    @Test
    void anR10CellIsPooledWithTheNearestCoarserCellOfOneIncidentADayAndFlaggedLowConfidence() {
        long cell = busiest(10);
        CellForecast f = CellForecasts.of(cube, cell, List.of(), 7, holidays);
        assertTrue(f.forecast());
        assertTrue(f.perDay() < 0.1, "an r10 cell of the sample: a few incidents in three years, " + f.perDay());
        assertTrue(f.pooled(), f.series().forecast().model());
        assertTrue(f.series().lowConfidence());
        assertTrue(
                f.series().forecast().model().startsWith("pooled"),
                f.series().forecast().model());
        // the ancestor pooled with is the finest of r8..r6 that averaged at least one incident a day (SQL)
        LocalDate from = f.asOf().minusDays(f.window() - 1L);
        String expected = DailySeries.WHOLE_AREA;
        for (int r = 8; r >= 6; r--) {
            long p = H3Cells.parent(cell, r);
            if (incidents(r, p, from, f.asOf()) >= f.window()) {
                expected = Long.toHexString(p);
                break;
            }
        }
        assertEquals(expected, f.pooledWith());
        for (int h = 0; h < 7; h++) {
            assertTrue(f.series().forecast().lo95()[h] <= f.series().forecast().mean()[h]);
            assertTrue(f.series().forecast().hi95()[h] >= f.series().forecast().hi80()[h]);
            assertTrue(f.series().expected()[h] > 0 && f.series().expected()[h] < 0.2, "a share of its ancestor's");
        }
    }

    @Test
    void aCellWithoutIncidentsIsNotForecastAndSaysWhy() {
        long lake = H3Cells.h3().latLngToCell(41.90, -87.50, 10); // Lake Michigan, off the shore
        CellForecast f = CellForecasts.of(cube, lake, List.of(), 7, holidays);
        assertFalse(f.forecast());
        assertEquals(CellForecast.Shortfall.NO_INCIDENTS, f.shortfall());
        assertNull(f.series());
        assertEquals(0, f.perDay());
    }

    @Test
    void theWholeAreasSeriesIsTheStoresCountPerDayOfItsCompletedIncidents() throws Exception {
        // all categories, and one (the mask): the least common category of the sample, so its days have gaps
        String rare = store.read("read", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT category, COUNT(*) AS n FROM incidents GROUP BY category ORDER BY n, category LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        for (List<String> cats : List.of(List.<String>of(), List.of(rare))) {
            CellForecast f = CellForecasts.of(cube, null, cats, 7, holidays);
            assertTrue(f.wholeArea());
            assertEquals(DailySeries.WHOLE_AREA, f.counts().name());
            Map<LocalDate, Integer> sql = completedPerDay(cats);
            DailySeries d = f.counts();
            assertEquals(sql.keySet().stream().min(LocalDate::compareTo).orElseThrow(), d.first(), "first day " + cats);
            assertEquals(sql.keySet().stream().max(LocalDate::compareTo).orElseThrow(), d.last(), "last day " + cats);
            assertEquals(d.last(), f.asOf());
            for (int i = 0; i < d.counts().length; i++) {
                LocalDate day = d.first().plusDays(i);
                assertEquals(sql.getOrDefault(day, 0), d.counts()[i], cats + " " + day);
            }
        }
    }

    @Test
    void theWholeAreaGetsTheForecastAStoredRunHoldsForIt() {
        CellForecast f = CellForecasts.of(cube, null, List.of(), 7, holidays);
        // the stored run's path (forecast store) on the whole series read by SQL, without the zones
        SeriesScope scope = SeriesScope.cells(6, List.of(), null);
        SeriesSet all = ZoneDailyCounts.load(store, scope);
        SeriesSet whole = new SeriesSet(scope.name(), List.of(), all.whole(), List.of());
        StoredRun run = ForecastRun.make(whole, scope, null, 7, holidays, ProgressListener.NONE);
        assertEquals(1, run.series().size());
        StoredSeries stored = run.series().get(0);
        StoredSeries fitted = f.series();
        assertEquals(DailySeries.WHOLE_AREA, stored.zone());
        assertEquals(stored.zone(), fitted.zone());
        assertEquals(all.whole().first(), f.counts().first());
        assertArrayEquals(all.whole().counts(), f.counts().counts(), "the whole series");
        assertSameForecast(run, stored, f, "the whole area");
        // about 23 incidents a day over the city: fitted on its own days, not pooled, not low confidence
        assertTrue(f.perDay() > 10, "incidents a day " + f.perDay());
        assertFalse(f.pooled());
        assertFalse(fitted.lowConfidence());
    }

    /** {@code f} holds the forecast {@code run} stored as {@code stored}: days, model, intervals, naive, weeks. */
    static void assertSameForecast(StoredRun run, StoredSeries stored, CellForecast f, String what) {
        StoredSeries fitted = f.series();
        assertEquals(run.asOf(), f.asOf(), what);
        assertEquals(run.window(), f.window(), what);
        assertEquals(stored.forecast().model(), fitted.forecast().model(), what);
        assertEquals(stored.parameters(), fitted.parameters(), what);
        assertArrayEquals(stored.forecast().mean(), fitted.forecast().mean(), what);
        assertArrayEquals(stored.forecast().lo80(), fitted.forecast().lo80(), what);
        assertArrayEquals(stored.forecast().hi80(), fitted.forecast().hi80(), what);
        assertArrayEquals(stored.forecast().lo95(), fitted.forecast().lo95(), what);
        assertArrayEquals(stored.forecast().hi95(), fitted.forecast().hi95(), what);
        assertArrayEquals(stored.expected(), fitted.expected(), 1e-9, what);
        assertArrayEquals(stored.naive(), fitted.naive(), what);
        assertArrayEquals(stored.weeks().model(), fitted.weeks().model(), 1e-12, what);
        assertArrayEquals(stored.weeks().naive(), fitted.weeks().naive(), 1e-12, what);
        assertEquals(ForecastRun.VALIDATION_WEEKS, fitted.weeks().weeks(), what);
    }

    /** The store's incidents of completed imports per local day, in {@code categories} (empty: all), by SQL. */
    static Map<LocalDate, Integer> completedPerDay(List<String> categories) throws Exception {
        Map<LocalDate, Integer> out = new HashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT local_date, COUNT(*) FROM incidents"
                        + " WHERE import_id IN (SELECT id FROM imports WHERE status = 'complete')"
                        + (categories.isEmpty() ? "" : " AND category = ?")
                        + " GROUP BY local_date")) {
            if (!categories.isEmpty()) {
                ps.setString(1, categories.get(0));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** The cell of {@code res} with the most incidents (SQL). */
    static long busiest(int res) {
        return StoreQueries.busiestCell(store, res);
    }

    static Map<LocalDate, Integer> perDay(int res, long cell) throws Exception {
        Map<LocalDate, Integer> out = new HashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT local_date, COUNT(*) FROM incidents WHERE h3_r" + res + " = ? GROUP BY local_date")) {
            ps.setLong(1, cell);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }
            }
        }
        return out;
    }

    static long incidents(int res, long cell, LocalDate from, LocalDate to) {
        return store.read("read", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM incidents WHERE h3_r" + res + " = ? AND local_date BETWEEN ? AND ?")) {
                ps.setLong(1, cell);
                ps.setObject(2, from);
                ps.setObject(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
