package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The forecast boxes kept in the store on the Chicago 25k sample: the first report that asks for a day's boxes
 * makes and keeps them, the next reads them back whole (every cell, score and backtest figure), and an import
 * completed after they were made makes them stale, so they are made again from the incidents.
 */
class StoredForecastBoxesTest {
    @TempDir
    static Path dir;

    static Store store;
    static final LocalDate DAY = LocalDate.of(2019, 9, 22);

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theFirstAskMakesAndKeepsTheBoxesTheNextReadsThemUntilAnImport() throws Exception {
        ForecastBoxes made = ForecastBoxes.of(store, List.of("violent"), DAY, 5);
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM patrol_plans"));
        assertEquals(made.plan().cells().size(), StoreQueries.number(store, "SELECT COUNT(*) FROM patrol_plan_cells"));
        assertTrue(
                made.plan().cells().size() > 10,
                "5% of Chicago's 150 m cells: " + made.plan().cells().size());

        assertEquals(made, ForecastBoxes.of(store, List.of("violent"), DAY, 5), "read back whole");

        // read, not made again: a score changed in the store is what comes back
        sql("UPDATE patrol_plan_cells SET score = -1 WHERE rank = 1");
        assertEquals(
                -1,
                ForecastBoxes.of(store, List.of("violent"), DAY, 5)
                        .plan()
                        .cells()
                        .get(0)
                        .score());
        // another day, coverage or category filter is a plan of its own
        ForecastBoxes all = ForecastBoxes.of(store, List.of(), DAY, 5);
        assertEquals(2, StoreQueries.number(store, "SELECT COUNT(*) FROM patrol_plans"));
        assertTrue(!all.plan().cells().equals(made.plan().cells()), "all offenses rank other cells than violent ones");

        // the sample's import completed after a plan made a day earlier: stale, made again from the incidents
        sql("UPDATE patrol_plans SET made_at = DATEADD(DAY, -1, (SELECT MIN(finished_at) FROM imports))");
        assertEquals(made, ForecastBoxes.of(store, List.of("violent"), DAY, 5));
        assertEquals(2, StoreQueries.number(store, "SELECT COUNT(*) FROM patrol_plans"), "the stale plans replaced");
    }

    private static void sql(String update) throws Exception {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }
}
