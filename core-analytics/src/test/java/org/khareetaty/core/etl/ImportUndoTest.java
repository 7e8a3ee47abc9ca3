package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.ImportHistory;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreStats;
import org.khareetaty.core.store.Transactions;
import org.khareetaty.core.testing.SharedData;

/**
 * Undoing an import, and a file imported twice, on the real Chicago files: the undone import's
 * incidents, aggregates and dedup keys go, with who and when; a file whose SHA-256 a complete
 * import had loads nothing unless {@code again}.
 */
class ImportUndoTest {
    private static final DrillScope ALL = new DrillScope(
            H3Cells.MIN_RES, null, LocalDate.of(2001, 1, 1), LocalDate.of(2025, 12, 31), List.of(), false);

    private static ImportResult importFile(Store store, Path file, ImportOptions options) {
        ImportResult r = new Importer(store).importFile(file, options, ProgressListener.NONE);
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        return r;
    }

    private static Path firstRows(Path gz, int n, Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && lines.size() <= n; line = r.readLine()) {
                lines.add(line);
            }
        }
        return Files.write(out, lines);
    }

    private static long drillTotal(Store store) throws Exception {
        try (Connection c = store.connect()) {
            return Drill.of(c, ALL).kpis().total();
        }
    }

    @Test
    void undoRemovesAnImportsIncidentsAggregatesAndKeysAndARepeatedFileLoadsNothingUnlessAgain(@TempDir Path dir)
            throws Exception {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        Path assaults =
                firstRows(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), 3000, dir.resolve("a.csv"));
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult first = importFile(store, sample, ImportOptions.defaults());
            ImportResult second = importFile(store, assaults, ImportOptions.defaults());
            long both = first.counts().loaded() + second.counts().loaded();
            assertEquals(both, drillTotal(store));

            ImportResult repeat = importFile(store, sample, ImportOptions.defaults());
            assertEquals(
                    "import #" + first.importId() + " (crimes_2017_2019_sample25k.csv.gz, ",
                    repeat.repeatOf().substring(0, repeat.repeatOf().indexOf(", ") + 2));
            assertEquals(0, repeat.counts().read());
            assertEquals(2, number(store, "SELECT COUNT(*) FROM imports"), "a repeat leaves no import behind");

            ImportResult again =
                    importFile(store, sample, ImportOptions.defaults().withAgain(true));
            assertNull(again.repeatOf());
            assertEquals(first.counts().loaded(), again.counts().duplicates(), "--again reads it: all duplicates");
            // while that import is there, the file is a repeat of it too: undo it, then the first one
            assertEquals(
                    0, ImportUndo.undo(store, again.importId(), "analyst-7").incidents());

            ImportUndo.Undone u = ImportUndo.undo(store, first.importId(), "analyst-7");
            assertEquals(first.counts().loaded(), u.incidents());
            assertEquals(second.counts().loaded(), number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(second.counts().loaded(), drillTotal(store), "the aggregates no longer hold it");
            for (String table : List.of("incidents", "rejected_rows", "dedup_journal")) {
                assertEquals(
                        0,
                        number(store, "SELECT COUNT(*) FROM " + table + " WHERE import_id = ?", first.importId()),
                        table);
            }
            List<String> log = rows(
                            store,
                            "SELECT status, undone_by, CAST(undone_at IS NOT NULL AS VARCHAR), message, loaded "
                                    + "FROM imports WHERE id = ?",
                            first.importId())
                    .get(0);
            assertEquals(List.of("undone", "analyst-7", "TRUE"), log.subList(0, 3));
            assertTrue(log.get(3).startsWith("undone by analyst-7 at "), log.get(3));
            assertEquals(Long.toString(first.counts().loaded()), log.get(4), "the log keeps what it had loaded");
            ImportHistory.Entry undone = ImportHistory.of(store).stream()
                    .filter(e -> e.id() == first.importId())
                    .findFirst()
                    .orElseThrow();
            assertEquals("analyst-7", undone.undoneBy());
            assertTrue(!undone.undoable() && undone.undoneAt() != null, undone.toString());
            assertEquals(
                    undone.read(),
                    undone.loaded() + undone.rejected() + undone.duplicates(),
                    "the history's counts add up");
            assertTrue(
                    ImportHistory.of(store).stream()
                            .filter(ImportHistory.Entry::undoable)
                            .allMatch(e -> e.id() == second.importId()),
                    "only the assaults import is still complete");

            KhareetatyException twice =
                    assertThrows(KhareetatyException.class, () -> ImportUndo.undo(store, first.importId(), "x"));
            assertTrue(twice.getMessage().contains("is undone: only a complete import"), twice.getMessage());
            KhareetatyException none = assertThrows(KhareetatyException.class, () -> ImportUndo.undo(store, 99, "x"));
            assertTrue(none.getMessage().contains("no import #99"), none.getMessage());

            ImportResult reloaded = importFile(store, sample, ImportOptions.defaults());
            assertNull(reloaded.repeatOf(), "the import with that SHA-256 was undone");
            assertEquals(first.counts().loaded(), reloaded.counts().loaded(), "its dedup keys went with it");
            assertEquals(both, drillTotal(store));
            assertEquals(both, StoreStats.of(store).incidents(), "nothing counted twice");
            try (Connection c = store.connect()) {
                GoldAggregates.rebuild(c);
            }
            assertEquals(both, drillTotal(store), "the aggregates agree with a rebuild");
        }
    }

    @Test
    void anUndoCutShortByADeadProcessIsFinishedWhenTheStoreIsNextOpened(@TempDir Path dir) throws Exception {
        Path assaults =
                firstRows(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), 2000, dir.resolve("a.csv"));
        long id;
        try (Store store = Store.open(dir.resolve("store"))) {
            id = importFile(store, assaults, ImportOptions.defaults()).importId();
            try (Connection c = store.connect()) {
                // what ImportUndo commits first; then the process "dies"
                Transactions.inOne(c, tx -> {
                    ImportLog.startUndo(tx, id, "analyst-7");
                    GoldAggregates.forget(tx, id);
                });
            }
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            assertEquals(List.of(List.of("undone", "analyst-7")), rows(store, "SELECT status, undone_by FROM imports"));
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(0, number(store, "SELECT COUNT(*) FROM dedup_journal"));
            assertEquals(0, drillTotal(store));
        }
    }
}
