package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.testing.SharedData;

/** The rejected rows of an import as the import dialog lists them: by line, with the reason and the raw text. */
class RejectedRowsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheFirstRejectedRowsOfAnImportByLine() throws Exception {
        Path csv = dir.resolve("chicago_damaged.csv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        StandardCharsets.UTF_8));
                var w = Files.newBufferedWriter(csv)) {
            w.write(r.readLine() + "\n");
            for (int line = 2; line <= 301; line++) {
                // lines 50, 150 and 250 lose every field but the first three
                String row = r.readLine();
                w.write((line % 100 == 50 ? "broken,row," + line : row) + "\n");
            }
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult result = new Importer(store).importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(3, result.counts().rejected(), "the three broken lines");
            List<RejectedRows.Row> rows = RejectedRows.first(store, result.importId(), 5000);
            assertEquals(
                    List.of(50L, 150L, 250L),
                    rows.stream().map(RejectedRows.Row::lineNumber).toList());
            assertEquals("broken,row,150", rows.get(1).rawText());
            assertTrue(rows.stream().allMatch(x -> x.reason() != null && x.message() != null), rows.toString());
            assertEquals(
                    List.of(50L, 150L),
                    RejectedRows.first(store, result.importId(), 2).stream()
                            .map(RejectedRows.Row::lineNumber)
                            .toList());
            assertEquals(List.of(), RejectedRows.first(store, result.importId() + 1, 5000), "no such import");
        }
    }

    @Test
    void exportsRowsThatLookLikeFormulasAsTextForSpreadsheets() throws Exception {
        Path csv = dir.resolve("chicago_formulas.csv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        StandardCharsets.UTF_8));
                var w = Files.newBufferedWriter(csv)) {
            w.write(r.readLine() + "\n");
            w.write(r.readLine() + "\n");
            // a records system's export is outside text: these become rejected rows whose raw text a clerk opens
            w.write("=HYPERLINK(\"http://x\";\"open\"),row\n");
            w.write("@SUM(1+1),row\n");
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult result = new Importer(store)
                    .importFile(csv, ImportOptions.defaults().withAcceptRejections(true), ProgressListener.NONE);
            assertEquals(2, result.counts().rejected());
            java.io.StringWriter out = new java.io.StringWriter();
            assertEquals(2, RejectedRows.export(store, result.importId(), out));
            List<String> lines = out.toString().lines().toList();
            assertEquals(RejectedRows.HEADER, lines.get(0));
            assertTrue(lines.get(1).endsWith(",\"'=HYPERLINK(\"\"http://x\"\";\"\"open\"\"),row\""), lines.get(1));
            assertTrue(lines.get(2).endsWith(",\"'@SUM(1+1),row\""), lines.get(2));
        }
    }
}
