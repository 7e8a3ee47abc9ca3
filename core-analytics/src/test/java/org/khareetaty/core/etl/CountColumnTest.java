package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Issue 13 item 8: an export whose rows carry several offences each (a {@code count} column named by
 * the mapping's {@code count.column}) is loaded as that many incidents, so that every analysis, which
 * counts incidents, counts offences; a count that is no whole number from 1 to 1000 is rejected.
 */
class CountColumnTest {
    @TempDir
    Path dir;

    @Test
    void aRowWithACountOfThreeIsThreeIncidentsEverywhere() throws Exception {
        Path mapping = Files.writeString(
                dir.resolve("counted.properties"),
                "name = counted\ntime.column = when\ntime.pattern = yyyy-MM-dd HH:mm\ntime.zone = America/Chicago\n"
                        + "lat.column = lat\nlon.column = lon\ntype.column = offense\nid.column = report\n"
                        + "count.column = number\n");
        Path file = Files.writeString(dir.resolve("counted.csv"), """
                report,when,offense,lat,lon,number
                R1,2019-03-01 10:00,THEFT,41.88,-87.63,3
                R2,2019-03-01 11:00,BATTERY,41.89,-87.64,
                R3,2019-03-01 12:00,THEFT,41.90,-87.65,1
                R4,2019-03-01 13:00,THEFT,41.90,-87.65,two
                R5,2019-03-01 14:00,THEFT,41.90,-87.65,0
                R1,2019-03-01 10:00,THEFT,41.88,-87.63,3
                """);
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store)
                    .importFile(
                            file, ImportOptions.defaults().withMapping(Mapping.read(mapping)), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(6, n.read());
            assertEquals(3, n.loaded(), "rows loaded");
            assertEquals(1, n.duplicates(), "R1 again: its three offences are not counted twice");
            assertEquals(Map.of("bad_count", 2L), r.rejectedByReason());
            assertEquals(1L, r.flagged().get(Flag.COUNT_EXPANDED));
            assertEquals(2L, r.flagged().get(Flag.COUNT_EXTRA));
            assertEquals(5, number(store, "SELECT COUNT(*) FROM incidents"), "3 + 1 + 1 offences");
            assertEquals(3, number(store, "SELECT COUNT(*) FROM incidents WHERE source_id = 'R1'"));
            assertEquals(3, number(store, "SELECT COUNT(DISTINCT dedup_key) FROM incidents WHERE source_id = 'R1'"));
            assertTrue(text(store, "SELECT message FROM rejected_rows WHERE line_number = 5")
                    .contains("count 'two' in column 'number' is not a whole number of offences from 1 to 1000"));
            assertEquals(5, StoreDrillSession.open(store).cube().incidents(), "the drill-down counts offences");
            assertEquals(
                    4,
                    number(store, "SELECT COUNT(*) FROM incidents WHERE offense_type = 'THEFT'"),
                    "the THEFT row of three and the one of one");
            assertEquals(5, ImportUndo.undo(store, r.importId(), "analyst").incidents(), "undo removes every offence");
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));
        }
    }
}
