package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;
import static org.khareetaty.core.testing.StoreQueries.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * Files an analyst should never have to debug: each fails with a message naming the file (and the
 * line), and leaves the store as it was; per-row damage rejects only the damaged rows.
 */
class BadInputTest {
    @TempDir
    static Path storeDir;

    @TempDir
    Path dir;

    static Store store;

    @BeforeAll
    static void open() {
        store = Store.open(storeDir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** What the store held before an import that must fail. */
    private record Snapshot(long incidents, long rejected, long journal, long lastImport) {
        static Snapshot of() {
            return new Snapshot(
                    number(store, "SELECT COUNT(*) FROM incidents"),
                    number(store, "SELECT COUNT(*) FROM rejected_rows"),
                    number(store, "SELECT COUNT(*) FROM dedup_journal"),
                    number(store, "SELECT COALESCE(MAX(id), 0) FROM imports"));
        }

        /** The store holds what it held, and any attempt since is recorded failed with nothing left behind. */
        void assertUnchanged() {
            Snapshot now = of();
            assertEquals(incidents, now.incidents, "incidents");
            assertEquals(rejected, now.rejected, "rejected rows");
            assertEquals(journal, now.journal, "dedup journal rows");
            assertEquals(
                    0,
                    number(store, "SELECT COUNT(*) FROM imports WHERE status <> 'complete' AND status <> 'failed'"),
                    "imports left running");
            assertEquals(
                    0,
                    number(
                            store,
                            "SELECT COUNT(*) FROM imports WHERE id > ? AND (status <> 'failed' OR loaded <> 0)",
                            lastImport),
                    "the failed attempt is recorded as failed with nothing loaded");
        }

        /** The one attempt since the snapshot, recorded failed; returns its message. */
        String failedAttempt() {
            List<List<String>> attempts = rows(store, "SELECT status, message FROM imports WHERE id > ?", lastImport);
            assertEquals(1, attempts.size(), "import attempts recorded");
            assertEquals("failed", attempts.get(0).get(0));
            return attempts.get(0).get(1);
        }
    }

    private static ImportResult importFile(Path file) {
        return importFile(file, ImportOptions.defaults());
    }

    private static ImportResult importFile(Path file, ImportOptions options) {
        return new Importer(store).importFile(file, options, ProgressListener.NONE);
    }

    private static ImportException failsToImport(Path file, ImportOptions options) {
        ImportException e = assertThrows(ImportException.class, () -> importFile(file, options));
        assertTrue(e.getMessage().contains(file.toString()), () -> "the message names the file: " + e.getMessage());
        assertEquals(file, e.file());
        return e;
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' in: " + message);
        }
    }

    /** The first {@code lines} lines of the Chicago sample, gzipped. */
    private static byte[] gzippedSampleHead(int lines) throws IOException {
        byte[] text;
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz")))) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = 0;
            for (int i = 0; i < lines; i++) {
                end = all.indexOf('\n', end) + 1;
            }
            text = all.substring(0, end).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        return out.toByteArray();
    }

    @Test
    void anEmptyFileFailsAndSaysItIsEmpty() throws IOException {
        Snapshot before = Snapshot.of();
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertContains(failsToImport(file, ImportOptions.defaults()).getMessage(), "empty");
        before.assertUnchanged();
    }

    @Test
    void aHeaderWithoutRowsFailsAtLineOneAndIsRecordedFailed() {
        Snapshot before = Snapshot.of();
        Path file = ChicagoCsv.write(dir.resolve("header-only.csv"));
        ImportException e = failsToImport(file, ImportOptions.defaults());
        assertEquals(1, e.line());
        assertContains(e.getMessage(), "line 1", "header only");
        before.assertUnchanged();
        assertContains(before.failedAttempt(), "header only");
    }

    @Test
    void aTruncatedGzipFailsNamingTheTruncationAndRemovesTheBatchesAlreadyCommitted() throws IOException {
        Snapshot before = Snapshot.of();
        byte[] gz = gzippedSampleHead(6_001);
        Path file = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
        // batches of 1000 rows: several are committed before the cut is reached
        ImportOptions small = ImportOptions.defaults().withBatchSize(1000);
        ImportException e = failsToImport(file, small);
        assertContains(e.getMessage(), "truncated");
        assertTrue(e.line() > 1000, "the line reached: " + e.line());
        before.assertUnchanged();
        assertContains(before.failedAttempt(), "truncated");
    }

    @Test
    void aGzipCutWithinItsFirstBlockFailsNamingTheTruncation() throws IOException {
        Snapshot before = Snapshot.of();
        byte[] gz = gzippedSampleHead(40);
        Path file = Files.write(dir.resolve("stub.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
        assertContains(failsToImport(file, ImportOptions.defaults()).getMessage(), "truncated");
        before.assertUnchanged();
    }

    @Test
    void randomBytesAreRefusedAsBinary() throws IOException {
        Snapshot before = Snapshot.of();
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        noise[0] = 'x'; // not the gzip magic
        Path file = Files.write(dir.resolve("noise.csv"), noise);
        assertContains(failsToImport(file, ImportOptions.defaults()).getMessage(), "binary", "not a CSV");
        before.assertUnchanged();
    }

    @Test
    void aPngRenamedToCsvIsRefusedAsBinary() throws IOException {
        Snapshot before = Snapshot.of();
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            0x0d,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0x01,
            0,
            0,
            0,
            0x01,
            0,
            8,
            6,
            0,
            0,
            0
        };
        Path file = Files.write(dir.resolve("map.csv"), png);
        assertContains(failsToImport(file, ImportOptions.defaults()).getMessage(), "binary");
        before.assertUnchanged();
    }

    @Test
    void aRowWithBrokenQuotingIsRejectedWithItsLineAndTheOthersLoad() {
        Path file = ChicagoCsv.write(
                dir.resolve("quote.csv"),
                ChicagoCsv.good("900001"),
                "900002,JX900002,7/19/2017 13:45,\"024XX W LITHUANIAN PLAZA CT,143A,WEAPONS VIOLATION,X,OTHER,TRUE,FALSE,832,8,15,,,41.76,-87.68",
                ChicagoCsv.good("900003"),
                ChicagoCsv.good("900004"));
        ImportResult r = importFile(file);
        assertEquals(4, r.counts().read());
        assertEquals(3, r.counts().loaded());
        assertEquals(1, r.counts().rejected());
        assertEquals(
                List.of(List.of("3", "malformed_row")),
                rows(store, "SELECT line_number, reason FROM rejected_rows WHERE import_id = ?", r.importId()));
        assertEquals(
                "3",
                text(
                        store,
                        "SELECT COUNT(*) FROM incidents WHERE import_id = ? AND source_id IN ('900001', '900003', '900004')",
                        r.importId()));
        assertEquals("5", text(store, "SELECT MAX(line_number) FROM incidents WHERE import_id = ?", r.importId()));
    }

    @Test
    void rowsWithTooManyOrTooFewColumnsAreRejectedAndTheOthersLoad() {
        Path file = ChicagoCsv.write(
                dir.resolve("columns.csv"),
                ChicagoCsv.good("900011"),
                ChicagoCsv.good("900012") + ",extra",
                ChicagoCsv.good("900013"),
                "900014,JX900014,7/19/2017 13:45");
        ImportResult r = importFile(file);
        assertEquals(4, r.counts().read());
        assertEquals(2, r.counts().loaded());
        List<List<String>> rejected = rows(
                store,
                "SELECT line_number, reason, message FROM rejected_rows WHERE import_id = ? " + "ORDER BY line_number",
                r.importId());
        assertEquals(List.of("3", "malformed_row", "the row has 18 columns, the header has 17"), rejected.get(0));
        assertEquals(List.of("5", "malformed_row", "the row has 3 columns, the header has 17"), rejected.get(1));
        assertEquals(2, rejected.size());
    }

    @Test
    void aCityFileForcedThroughTheChicagoProfileFailsNamingTheMissingColumns() throws IOException {
        Snapshot before = Snapshot.of();
        Path file = Files.writeString(
                dir.resolve("kuwait.csv"),
                "timestamp,incident_type,lat,lon,governorate,zone,description\n"
                        + "2024-03-14 21:05:00,theft,29.3759,47.9774,Capital,Sharq,phone taken\n");
        ImportException e = failsToImport(file, ImportOptions.defaults().withProfile("chicago-portal"));
        assertContains(e.getMessage(), "chicago-portal", "'id'", "columns found: timestamp, incident_type");
        before.assertUnchanged();
    }

    @Test
    void anUnknownHeaderWithoutAMappingPointsToTheMappingOption() throws IOException {
        Snapshot before = Snapshot.of();
        Path file = Files.writeString(
                dir.resolve("rms-export.csv"), "Occurred,Offense,X,Y,CaseNo\n2024-01-01 10:00,THEFT,1,2,A1\n");
        ImportException e = failsToImport(file, ImportOptions.defaults());
        assertContains(e.getMessage(), "Occurred, Offense", "--mapping", "docs/mapping.md");
        before.assertUnchanged();
    }

    @Test
    void anUnknownProfileNameListsTheKnownOnes() {
        Snapshot before = Snapshot.of();
        Path file = ChicagoCsv.write(dir.resolve("named.csv"), ChicagoCsv.good("900021"));
        assertContains(
                failsToImport(file, ImportOptions.defaults().withProfile("chicago"))
                        .getMessage(),
                "unknown profile 'chicago'",
                "chicago-portal",
                "city",
                "codb");
        before.assertUnchanged();
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsIgnored() throws IOException {
        // what a spreadsheet writes when it saves the portal export as "CSV UTF-8"
        String quotedHeader = "\"" + ChicagoCsv.HEADER.replace(",", "\",\"") + "\"";
        Path file = Files.writeString(
                dir.resolve("bom.csv"), "\uFEFF" + quotedHeader + "\n" + ChicagoCsv.good("900031") + "\n");
        ImportResult r = importFile(file);
        assertEquals("chicago-portal", r.profile());
        assertEquals(1, r.counts().loaded());
    }
}
