package org.khareetaty.bench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * The product's readers get the same answers from a store whose incidents are one segment served
 * by the table engine as from the store's own table (the probe fails on any difference), and the
 * engine's table refuses writes with a plain message.
 */
class EngineProbeTest {
    @TempDir
    Path dir;

    @Test
    void everyReaderAnswersAlikeOnTheSegment() throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            TestBoundaries.chicagoDistricts(s, true);
            new Importer(s)
                    .importFile(
                            SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                            ImportOptions.defaults(),
                            ProgressListener.NONE);
        }
        Path work = Files.createDirectories(dir.resolve("work"));
        EngineProbe.Report r = EngineProbe.run(store, work);

        assertTrue(r.rows() > 20_000, "the sample's incidents are in the segment: " + r.rows());
        assertEquals(10, r.reads().size());
        for (EngineProbe.Read read : r.reads()) {
            assertTrue(read.answerSize() > 0, read.question());
        }
        try (Store s = Store.open(work.resolve("store-on-segments"));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute("DELETE FROM incidents"));
            assertTrue(e.getMessage().contains("written by an import only"), e.getMessage());
        }
    }
}
