package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/** Cancelling an import from its progress listener leaves the store as it was. */
class ImportCancelTest {
    @TempDir
    Path dir;

    /** Cancels as soon as it has seen one update. */
    static final class CancelAfterFirstUpdate implements ProgressListener {
        final AtomicInteger updates = new AtomicInteger();

        @Override
        public void update(Progress p) {
            updates.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return updates.get() > 0;
        }
    }

    @Test
    void cancellingAfterTheFirstUpdateRemovesTheCommittedBatchesAndKeepsEarlierImports() throws IOException {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (Store store = Store.open(dir.resolve("store"))) {
            Path earlier = Files.writeString(
                    dir.resolve("kuwait.csv"),
                    "timestamp,incident_type,lat,lon,governorate,zone,description\n"
                            + "2024-03-14 21:05:00,theft,29.3759,47.9774,Capital,Sharq,phone taken\n");
            new Importer(store).importFile(earlier, ImportOptions.defaults(), ProgressListener.NONE);

            // batches of 1000 rows: four are committed before the first update at 4096 rows
            ImportOptions small = ImportOptions.defaults().withBatchSize(1000);
            CancelAfterFirstUpdate listener = new CancelAfterFirstUpdate();
            assertThrows(CancelledException.class, () -> new Importer(store).importFile(sample, small, listener));

            assertEquals(1, listener.updates.get(), "updates before the import stopped");
            assertEquals(
                    List.of(List.of("complete", "1"), List.of("cancelled", "0")),
                    rows(store, "SELECT status, loaded FROM imports ORDER BY id"));
            assertEquals(1, number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(
                    "phone taken",
                    rows(store, "SELECT offense_description FROM incidents")
                            .get(0)
                            .get(0));
            assertEquals(0, number(store, "SELECT COUNT(*) FROM rejected_rows"));
            assertEquals(1, number(store, "SELECT COUNT(*) FROM dedup_journal"));

            ImportResult again = new Importer(store).importFile(sample, small, ProgressListener.NONE);
            assertEquals(25_000, again.counts().read());
            assertEquals(
                    0, again.counts().duplicates(), "rows of the cancelled import must not count as already loaded");
            assertEquals(again.counts().loaded() + 1, number(store, "SELECT COUNT(*) FROM incidents"));
        }
    }
}
