package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A profile that claims a file must not silently reject it. The file: the first 400 rows of the real
 * Chicago sample with the dates as the portal's API writes them ({@code 2017-07-19T13:45:00.000}),
 * which the chicago-portal profile recognises by its header but cannot read.
 */
class ProfileClaimTest {
    private static final DateTimeFormatter SAMPLE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
    private static final DateTimeFormatter API = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    static Path apiExport(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                StandardCharsets.UTF_8))) {
            out.add(r.readLine());
            for (String line = r.readLine(); line != null && out.size() <= 400; line = r.readLine()) {
                String[] f = line.split(",", 4); // id, case_number, "date", rest
                f[2] = '"' + LocalDateTime.parse(f[2].replace("\"", ""), SAMPLE).format(API) + '"';
                out.add(String.join(",", f));
            }
        }
        return Files.write(dir.resolve("chicago-api-export.csv"), out);
    }

    private static ImportResult importFile(Store store, Path file, ImportOptions options) {
        ImportResult r = new Importer(store).importFile(file, options, ProgressListener.NONE);
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        return r;
    }

    @Test
    void aDetectedProfileThatRejectsMostRowsForOneReasonIsRefusedSayingWhyWithExamplesAndTheFix(@TempDir Path dir)
            throws Exception {
        Path file = apiExport(dir);
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportException e =
                    assertThrows(ImportException.class, () -> importFile(store, file, ImportOptions.defaults()));
            String[] lines = e.getMessage().split("\n");
            assertEquals(
                    file
                            + ": profile chicago-portal rejected 400 of the 400 rows (100%) as bad_timestamp: it may not be "
                            + "the right reading of this file (detected: the header has id, case_number, date, iucr, "
                            + "primary_type, beat, district)",
                    lines[0]);
            assertTrue(lines[1].strip().startsWith("line 2: "), lines[1]);
            assertTrue(lines[2].strip().contains("is not a valid time of the form"), lines[2]);
            assertTrue(lines[3].strip().startsWith("line 3: "), lines[3]);
            assertTrue(lines[5].strip().startsWith("likely fix: the times are written in another form"), lines[5]);
            assertTrue(lines[6].contains("Nothing was imported; give --accept-rejections"), lines[6]);
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(0, number(store, "SELECT COUNT(*) FROM rejected_rows"));
            assertEquals(1, number(store, "SELECT COUNT(*) FROM imports WHERE status = 'failed'"));

            ImportResult accepted =
                    importFile(store, file, ImportOptions.defaults().withAcceptRejections(true));
            assertEquals(400, accepted.counts().rejected());
            assertEquals(400L, accepted.rejectedByReason().get("bad_timestamp"));

            ImportResult forced = importFile(
                    store,
                    file,
                    ImportOptions.defaults().withProfile("chicago-portal").withAgain(true));
            assertEquals("given with --profile", forced.why());
            assertEquals(400, forced.counts().rejected(), "a profile the analyst chose is not second-guessed");
        }
    }

    @Test
    void theRealSampleSaysWhyItsProfileWasChosen(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            ImportResult r = importFile(
                    store, SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"), ImportOptions.defaults());
            assertEquals("detected: the header has id, case_number, date, iucr, primary_type, beat, district", r.why());
        }
    }
}
