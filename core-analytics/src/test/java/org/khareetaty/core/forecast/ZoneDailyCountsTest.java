package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * The store's daily series on the real aggravated-assault file with Chicago's police districts: the
 * importer places each incident in the district polygon its point falls in (not the file's own field),
 * so the series are the reference's up to the incidents the map places elsewhere.
 */
class ZoneDailyCountsTest {
    @TempDir
    static Path dir;

    static Store store;
    static SeriesSet fromFile;
    static SeriesSet fromStore;
    static long stored;

    @BeforeAll
    static void importOnce() throws Exception {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        store = Store.open(dir.resolve("store"));
        TestBoundaries.chicagoDistricts(store, false);
        new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        fromFile = SourceDistrictSeries.read(file);
        fromStore = ZoneDailyCounts.load(store, SeriesScope.layer("districts", List.of(), null));
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            stored = rs.getLong(1);
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void wholeAreaCountsEveryStoredIncidentOnItsLocalDay() {
        assertEquals(stored, Arrays.stream(fromStore.whole().counts()).sum());
        assertEquals(LocalDate.of(2010, 1, 1), fromStore.whole().first());
        assertEquals(3652, fromStore.whole().counts().length);
        int[] file = fromFile.whole().counts();
        int[] db = fromStore.whole().counts();
        long fewer = 0;
        for (int i = 0; i < file.length; i++) {
            assertTrue(db[i] <= file[i], "day " + fromFile.whole().first().plusDays(i) + " has no extra incidents");
            fewer += file[i] - db[i];
        }
        assertEquals(148_636 - stored, fewer, "only the rows the importer did not load are missing");
    }

    @Test
    void keepsTheDistrictsWithIncidentsInEveryYear() {
        List<String> codes = fromStore.zones().stream().map(DailySeries::name).toList();
        assertEquals(fromFile.zones().stream().map(DailySeries::name).toList(), codes);
        long inZones = fromStore.zones().stream()
                .mapToLong(d -> Arrays.stream(d.counts()).sum())
                .sum();
        assertTrue(inZones <= stored);
    }

    @Test
    void categoryFilterAndUnknownLayerAreExplained() {
        var none = assertThrows(
                KhareetatyException.class,
                () -> ZoneDailyCounts.load(store, SeriesScope.layer("districts", List.of("property"), null)));
        assertEquals("the store has no incidents of property: import some first", none.getMessage());
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ZoneDailyCounts.load(store, SeriesScope.layer("beats", List.of(), null)));
        assertEquals(
                "There is no boundary layer 'beats' in the store; it has: districts. Load one with: khareetaty boundaries load --layer beats ...",
                e.getMessage());
    }
}
