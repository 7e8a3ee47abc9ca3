package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.ChicagoSample;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * Stored forecasts and the retrain rule on the real 25,000-row Chicago sample, imported in two parts:
 * 2017-2018, then 2019. The run made after the first import is stale once the second completes, and
 * the refresh refits it up to the new last day.
 */
class StoredForecastsTest {
    @TempDir
    static Path dir;

    @Test
    void aRunIsStoredWithItsModelParametersWindowAndScoreAndRefreshedAfterTheNextImport() throws Exception {
        Path first = ChicagoSample.years(dir.resolve("2017-2018.csv.gz"), 2017, 2018);
        Path second = ChicagoSample.years(dir.resolve("2019.csv.gz"), 2019, 2019);
        try (Store store = Store.open(dir.resolve("store"))) {
            TestBoundaries.chicagoDistricts(store, false);
            new Importer(store).importFile(first, ImportOptions.defaults(), ProgressListener.NONE);
            SeriesScope scope = SeriesScope.layer("districts", List.of(), null);
            SeriesSet set = ZoneDailyCounts.load(store, scope);
            HolidayCalendar holidays = StoreCalendar.holidays(store);
            assertEquals(HolidayCalendar.US_FEDERAL, holidays, "the incidents are in America/Chicago");

            StoredRun run = ForecastRun.make(set, scope, null, 7, holidays, ProgressListener.NONE);
            assertEquals(LocalDate.of(2018, 12, 31), run.asOf());
            assertEquals(730, run.window(), "two years of data, fewer than the 1,092 days");
            assertEquals(set.zones().size() + 1, run.series().size());
            StoredSeries whole = run.series().get(run.series().size() - 1);
            assertEquals(DailySeries.WHOLE_AREA, whole.zone());
            assertEquals("GLM", whole.forecast().model(), "about 23 a day: fitted on its own days");
            assertTrue(whole.parameters().contains("new_year="), whole.parameters());
            assertEquals(LocalDate.of(2017, 1, 1), whole.trainFrom());
            assertTrue(
                    whole.validationMase() > 0 && whole.validationMase() < whole.naiveMase() * 1.5, whole.toString());
            assertTrue(
                    run.series().stream().anyMatch(s -> s.forecast().model().startsWith("pooled")),
                    "a one-in-forty sample leaves districts under one incident a day: pooled");

            long id = StoredForecasts.save(store, run);
            StoredRun back = StoredForecasts.load(store, id);
            assertFalse(back.stale());
            assertEquals(run.series().size(), back.series().size());
            for (int i = 0; i < run.series().size(); i++) {
                StoredSeries a = run.series().get(i);
                StoredSeries b = back.series().get(i);
                assertEquals(a.zone(), b.zone());
                assertEquals(a.parameters(), b.parameters());
                assertEquals(a.validationMase(), b.validationMase());
                // the 4 validation weeks, kept one by one: their mean is the score
                assertEquals(ForecastRun.VALIDATION_WEEKS, b.weeks().weeks(), a.zone());
                assertArrayEquals(a.weeks().model(), b.weeks().model());
                assertArrayEquals(a.weeks().naive(), b.weeks().naive());
                assertEquals(
                        b.validationMase(),
                        java.util.Arrays.stream(b.weeks().model()).average().orElseThrow(),
                        1e-12);
                assertEquals(
                        b.naiveMase(),
                        java.util.Arrays.stream(b.weeks().naive()).average().orElseThrow(),
                        1e-12);
                assertArrayEquals(a.forecast().mean(), b.forecast().mean());
                assertArrayEquals(a.forecast().hi95(), b.forecast().hi95());
                assertArrayEquals(a.expected(), b.expected());
                assertArrayEquals(a.naive(), b.naive());
            }
            StoredForecasts.save(store, run);
            assertEquals(1, StoredForecasts.list(store).size(), "a scope keeps its latest run only");
            assertEquals(List.of(), StoredForecasts.refresh(store, ProgressListener.NONE), "nothing is stale yet");

            new Importer(store).importFile(second, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(StoredForecasts.list(store).get(0).stale(), "an import completed after the run");
            assertTrue(ForecastRetrain.needed(store));
            ForecastRetrain stopped = ForecastRetrain.start(store, p -> {});
            stopped.cancel();
            assertThrows(CancelledException.class, stopped::await);
            assertTrue(StoredForecasts.list(store).get(0).stale(), "a cancelled retrain stores nothing");
            List<Progress> seen = new CopyOnWriteArrayList<>();
            ForecastRetrain retrain = ForecastRetrain.start(store, seen::add);
            List<StoredRun> refreshed = retrain.await();
            assertTrue(retrain.isDone());
            assertEquals(1, refreshed.size());
            assertEquals(refreshed.get(0).series().size(), seen.size(), "one progress step a series");
            assertFalse(ForecastRetrain.needed(store));
            DailySeries now = ZoneDailyCounts.load(store, scope).whole();
            assertEquals(LocalDate.of(2019, 9, 29), now.last(), "the sample's last day");
            assertEquals(now.last(), refreshed.get(0).asOf());
            assertEquals(now.counts().length, refreshed.get(0).window(), "all 1,002 days, under the 1,092 maximum");
            assertFalse(StoredForecasts.list(store).get(0).stale());
            assertEquals(1, StoredForecasts.list(store).size());

            List<ForecastChart> charts = ForecastCharts.of(store, "districts", List.of(), 28);
            assertEquals(refreshed.get(0).series().size(), charts.size());
            ForecastChart city = charts.get(charts.size() - 1);
            assertEquals(DailySeries.WHOLE_AREA, city.series().zone());
            assertArrayEquals(now.before(LocalDate.of(2019, 9, 30), 28), city.history());
            assertEquals(LocalDate.of(2019, 9, 2), city.historyFrom());
            assertEquals(LocalDate.of(2019, 9, 30), city.forecastFrom());
            assertEquals(7, city.series().forecast().horizon());
            assertEquals(List.of(), ForecastCharts.of(store, "h3:7", List.of(), 28), "no run of that scope");
            var e = assertThrows(IllegalArgumentException.class, () -> StoredForecasts.load(store, 999));
            assertEquals("there is no stored forecast 999; list them with: khareetaty forecast stored", e.getMessage());
        }
    }
}
