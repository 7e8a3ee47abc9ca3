package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/** A drill session bound to a store, on the Chicago 25k sample: the drill-downs of a connection-held session, kept up to date. */
class StoreDrillSessionTest {
    @TempDir
    static Path dir;

    static Store store;

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
    void drillsAsASessionOnAConnectionDoesAndFollowsLaterImports() throws Exception {
        assertEquals(0, StoreAggregates.catchUp(store), "the importer aggregated its import");
        StoreDrillSession session = StoreDrillSession.open(store);
        DrillScope all = new DrillScope(
                H3Cells.MIN_RES, null, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31), List.of(), false);
        Drill d = session.drill(all);
        try (Connection c = store.connect()) {
            Drill direct = DrillSession.open(c).drill(c, all);
            assertEquals(direct.kpis(), d.kpis());
            assertEquals(direct.cells(), d.cells());
        }
        assertEquals(
                StoreQueries.number(
                        store, "SELECT COUNT(*) FROM incidents WHERE local_date BETWEEN ? AND ?", all.from(), all.to()),
                d.kpis().total());

        long before = session.cube().incidents();
        long loaded = new Importer(store)
                .importFile(
                        firstRows(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), 2000),
                        ImportOptions.defaults(),
                        ProgressListener.NONE)
                .counts()
                .loaded();
        assertEquals(before + loaded, session.cube().incidents(), "the next call reads the new import's aggregates");
    }

    private static Path firstRows(Path gz, int n) throws IOException {
        Path out = dir.resolve("first_" + n + ".csv");
        try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
                var w = Files.newBufferedWriter(out)) {
            for (int i = 0; i <= n; i++) {
                w.write(r.readLine());
                w.write('\n');
            }
        }
        return out;
    }
}
