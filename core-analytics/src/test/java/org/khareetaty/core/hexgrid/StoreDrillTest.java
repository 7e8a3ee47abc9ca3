package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/** The command line's drill-down and aggregate refresh, over a store holding the Chicago 25k sample. */
class StoreDrillTest {
    @TempDir
    static Path dir;

    static Store store;
    static long loaded;

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
        loaded = StoreQueries.number(store, "SELECT COUNT(*) FROM incidents");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void drillsTheWholeStoreAtCityResolution() {
        assertEquals(0, StoreAggregates.catchUp(store), "the importer aggregated its import");
        StoreDrillSession drill = StoreDrillSession.open(store);
        GoldCube cube = drill.cube();
        assertEquals(loaded, cube.incidents());
        Drill d = drill.drill(new DrillScope(6, null, cube.firstDay(), cube.lastDay(), List.of(), false));
        assertEquals(loaded, d.kpis().total());
        assertEquals(loaded, d.cells().stream().mapToLong(CellStats::incidents).sum(), "every incident in one r6 cell");
    }

    @Test
    void rebuildingGivesTheSameAggregatesAsTheImportAndNothingIsLeftToCatchUp() {
        GoldAggregates.Stats st = StoreAggregates.rebuild(store);
        assertEquals(loaded, st.incidents());
        assertEquals(1, st.imports());
        assertEquals(1, st.segments(), "a rebuild writes one segment");
        assertEquals(0, StoreAggregates.catchUp(store));
        assertEquals(loaded, StoreDrillSession.open(store).cube().incidents());
    }

    @Test
    void aStoreWithoutItsTablesIsAStoreErrorNamingTheStore() throws Exception {
        try (Store broken = Store.open(dir.resolve("broken"))) {
            try (Connection c = broken.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP TABLE gold_imports");
            }
            StoreException e = assertThrows(StoreException.class, () -> StoreAggregates.catchUp(broken));
            assertTrue(
                    e.getMessage().startsWith("Cannot read the aggregates of the store at " + broken.dir()),
                    e.getMessage());
        }
    }
}
