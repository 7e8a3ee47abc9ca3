package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.ImportCounts;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * An importing process killed with SIGKILL part-way through ten years of aggravated assaults: the
 * next open of the store removes every row the dead import committed, and importing the file again
 * gives exactly what a clean import gives.
 */
class KillDuringImportTest {
    private static final long KILL_AFTER_ROWS = 20_000;
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anImportKilledMidwayIsRolledBackAtNextOpenAndCanBeRepeated() throws Exception {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        Path killed = dir.resolve("killed");

        long rowsSeen = importInChildAndKill(killed, file);
        assertTrue(rowsSeen >= KILL_AFTER_ROWS, "rows the child reported before it was killed: " + rowsSeen);

        ImportCounts again;
        try (Store store = Store.open(killed)) {
            List<List<String>> log = rows(store, "SELECT id, status, loaded, message FROM imports ORDER BY id");
            assertEquals(1, log.size(), "imports recorded: " + log);
            long deadId = Long.parseLong(log.get(0).get(0));
            assertEquals("aborted", log.get(0).get(1));
            assertEquals("0", log.get(0).get(2));
            assertTrue(log.get(0).get(3).contains("stopped"), log.get(0).get(3));
            for (String table : List.of("incidents", "rejected_rows", "dedup_journal")) {
                assertEquals(
                        0,
                        number(store, "SELECT COUNT(*) FROM " + table + " WHERE import_id = ?", deadId),
                        table + " of the dead import");
            }
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));

            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            again = r.counts();
            assertEquals(deadId + 1, r.importId(), "the import after the killed one is numbered next, not 32 on");
            assertEquals(again.loaded(), number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(again.rejected(), number(store, "SELECT COUNT(*) FROM rejected_rows"));
            assertEquals(
                    "complete",
                    rows(store, "SELECT status FROM imports WHERE id = ?", r.importId())
                            .get(0)
                            .get(0));
        }

        ImportCounts clean;
        try (Store fresh = Store.open(dir.resolve("fresh"))) {
            clean = new Importer(fresh)
                    .importFile(file, ImportOptions.defaults(), ProgressListener.NONE)
                    .counts();
        }
        assertEquals(148_636, clean.read());
        assertEquals(clean.read(), again.read());
        assertEquals(clean.loaded(), again.loaded());
        assertEquals(clean.rejected(), again.rejected());
        assertEquals(clean.duplicates(), again.duplicates());
    }

    /**
     * An import into an empty store is a bulk load: it writes without the incidents' spatial index
     * and builds the index after the last row (SecondaryIndexes.bulkLoad). Killed at random moments
     * of that tail (the last batches, the index build, the completing transaction) of the 25,000-row
     * portal sample, the store opens
     * again every time with the index, and the import either completed with all its rows or is
     * aborted with none; the file imported again then gives what a clean import gives.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void anImportKilledWhileItBuildsTheIndexIsAllOrNothing() throws Exception {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        ImportCounts clean;
        try (Store fresh = Store.open(dir.resolve("fresh"))) {
            clean = new Importer(fresh)
                    .importFile(file, ImportOptions.defaults(), ProgressListener.NONE)
                    .counts();
        }
        java.util.Random random = new java.util.Random();
        int aborted = 0;
        for (int run = 0; run < RUNS; run++) {
            Path killed = dir.resolve("tail-" + run);
            long delayMs = random.nextInt(600);
            importInChildAndKillAfterLastRow(killed, file, clean.read(), delayMs);
            try (Store store = Store.open(killed)) {
                assertEquals(
                        1,
                        number(
                                store,
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'INCIDENTS_H3_R10'"),
                        "the incidents' index after a kill " + delayMs + " ms after the last row");
                List<String> log =
                        rows(store, "SELECT status, loaded FROM imports").get(0);
                long incidents = number(store, "SELECT COUNT(*) FROM incidents");
                long inIndex = number(store, "SELECT COUNT(*) FROM incidents WHERE h3_r10 >= ?", Long.MIN_VALUE);
                assertEquals(incidents, inIndex, "rows found through the index");
                if (log.get(0).equals("aborted")) {
                    aborted++;
                    assertEquals(0, incidents, "incidents of an aborted import, killed after " + delayMs + " ms");
                    ImportResult r =
                            new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
                    assertEquals(clean, r.counts(), "imported again after a kill at " + delayMs + " ms");
                } else {
                    assertEquals("complete", log.get(0), "killed after " + delayMs + " ms");
                    assertEquals(clean.loaded(), incidents, "killed after " + delayMs + " ms, complete");
                }
                assertEquals(clean.loaded(), number(store, "SELECT COUNT(*) FROM incidents"));
            }
        }
        System.out.println(
                "killed at the tail of a bulk import: " + aborted + " of " + RUNS + " aborted, the others complete");
    }

    /** Runs {@link ImportUntilKilled} and SIGKILLs it {@code delayMs} after it reported its last row. */
    private void importInChildAndKillAfterLastRow(Path store, Path file, long rows, long delayMs)
            throws IOException, InterruptedException {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = child(store, file, stderr);
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.strip().equals(Long.toString(rows))) {
                if (line.startsWith("complete")) {
                    break;
                }
            }
            if (line == null) {
                fail("the child stopped before its last row: " + Files.readString(stderr));
            }
            Thread.sleep(delayMs);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    private static Process child(Path store, Path file, Path stderr) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportUntilKilled.class.getName(),
                        store.toString(),
                        file.toString())
                .redirectError(stderr.toFile())
                .start();
    }

    /** Runs {@link ImportUntilKilled} and SIGKILLs it once it has read enough rows; returns the rows it reported. */
    private long importInChildAndKill(Path store, Path file) throws IOException, InterruptedException {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = child(store, file, stderr);
        long seen = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < KILL_AFTER_ROWS && (line = out.readLine()) != null) {
                if (line.startsWith("complete")) {
                    fail("the child finished before it could be killed: " + line);
                }
                seen = Long.parseLong(line.strip());
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        if (seen < KILL_AFTER_ROWS) {
            fail("the child stopped after " + seen + " rows: " + Files.readString(stderr));
        }
        return seen;
    }
}
