package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;
import static org.khareetaty.core.testing.StoreQueries.text;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Times written with their UTC offset ({@code offset-export.csv}): each is that instant whatever
 * {@code time.zone} says, and a row whose offset is not the zone's at that instant is loaded,
 * flagged and counted.
 */
class OffsetTimesTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(OffsetTimesTest.class.getResource(name).toURI());
    }

    @Test
    void aWrittenOffsetIsTheInstantAndADisagreementWithTheZoneIsFlaggedAndCounted(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            ImportResult r = new Importer(store)
                    .importFile(
                            resource("offset-export.csv"),
                            ImportOptions.defaults().withMapping(Mapping.read(resource("offset-export.properties"))),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(9, n.read());
            assertEquals(8, n.loaded(), () -> "rejected: " + r.rejectedByReason());
            assertEquals(Map.of("future_timestamp", 1L), r.rejectedByReason());
            assertEquals(Map.of(Flag.OFFSET_DISAGREES_WITH_ZONE, 3L), r.flagged());
            assertEquals(
                    "offset_disagrees_with_zone=3",
                    text(store, "SELECT flagged FROM imports WHERE id = ?", r.importId()));
            // line, UTC instant, local date and hour in America/Chicago, flag
            assertEquals(
                    List.of(
                            List.of("2", "2024-01-15 16:00:00+00", "2024-01-15", "10", "-"),
                            List.of("3", "2024-07-15 15:00:00+00", "2024-07-15", "10", "-"),
                            List.of(
                                    "4",
                                    "2024-07-15 16:00:00+00",
                                    "2024-07-15",
                                    "11",
                                    "offset -06:00 written, America/Chicago is at -05:00 then"),
                            List.of(
                                    "5",
                                    "2024-07-15 15:00:00+00",
                                    "2024-07-15",
                                    "10",
                                    "offset Z written, America/Chicago is at -05:00 then"),
                            // the autumn night's 01:30 happens twice: two instants, both loaded
                            List.of("6", "2023-11-05 06:30:00+00", "2023-11-05", "1", "-"),
                            List.of("7", "2023-11-05 07:30:00+00", "2023-11-05", "1", "-"),
                            List.of("8", "2024-01-16 15:00:00+00", "2024-01-16", "9", "-"),
                            List.of(
                                    "9",
                                    "2024-01-16 03:30:00+00",
                                    "2024-01-15",
                                    "21",
                                    "offset +05:30 written, America/Chicago is at -06:00 then")),
                    rows(
                            store,
                            "SELECT line_number, CAST(occurred_at AS VARCHAR), local_date, local_hour, "
                                    + "COALESCE(time_flag, '-') FROM incidents WHERE import_id = ? ORDER BY line_number",
                            r.importId()));
            assertEquals(3, number(store, "SELECT COUNT(*) FROM incidents WHERE time_flag IS NOT NULL"));
        }
    }
}
