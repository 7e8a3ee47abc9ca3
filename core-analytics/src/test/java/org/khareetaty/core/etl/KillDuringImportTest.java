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

    /** Runs {@link ImportUntilKilled} and SIGKILLs it once it has read enough rows; returns the rows it reported. */
    private long importInChildAndKill(Path store, Path file) throws IOException, InterruptedException {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportUntilKilled.class.getName(),
                        store.toString(),
                        file.toString())
                .redirectError(stderr.toFile())
                .start();
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
