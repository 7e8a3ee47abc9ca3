package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Files that are not UTF-8 are never loaded with replacement characters: an undeclared Windows-1252
 * export ({@code windows-1252-export.csv}, as a Windows spreadsheet saves it) is detected, a bad
 * byte further on is refused naming its line, and a declared encoding ({@code --encoding}, the
 * mapping's {@code encoding}) is honoured.
 */
class EncodingTest {
    private static final String HEADER = "case_no,fecha,delito,lat,lon,direccion\n";

    private static ImportResult importFile(Store store, Path file, ImportOptions options) {
        ImportResult r = new Importer(store).importFile(file, options, ProgressListener.NONE);
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        return r;
    }

    private static ImportOptions mapped(String extra) throws Exception {
        Path m = OffsetTimesTest.resource("windows-1252-export.properties");
        Path copy = Files.createTempFile("mapping", ".properties");
        Files.writeString(copy, Files.readString(m) + extra);
        return ImportOptions.defaults().withMapping(Mapping.read(copy));
    }

    @Test
    void anUndeclaredWindows1252ExportIsDetectedAndItsLettersKept(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            ImportResult r = importFile(store, OffsetTimesTest.resource("windows-1252-export.csv"), mapped(""));
            assertEquals(4, r.counts().loaded(), () -> "rejected: " + r.rejectedByReason());
            assertTrue(r.encoding().startsWith("windows-1252 (detected: line 2 "), r.encoding());
            assertEquals(
                    List.of(
                            List.of("CALLE JOSÉ MARTÍ 120"),
                            List.of("AVENIDA MUÑOZ 8"),
                            List.of("PLAZA DEL NIÑO – ESQUINA"),
                            List.of("CALLE ÑANDÚ 4")),
                    rows(store, "SELECT block FROM incidents ORDER BY line_number"));
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents WHERE block LIKE '%\uFFFD%'"));
        }
    }

    /** 2,000 ASCII rows (more than the head the importer looks at), then one in Windows-1252 on line 2,002. */
    private static Path lateLatin1(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= 2000; i++) {
            out.write(String.format(
                            "SB-%d,2023-05-%02d 10:%02d,HURTO,29.4%03d,-98.4%03d,CALLE MAYOR %d\n",
                            i, 1 + i % 28, i % 60, i % 1000, i % 997, i)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        out.write("SB-2001,2023-05-30 11:00,ROBO,29.4300,-98.4900,CALLE JOSÉ MARTÍ 7\n"
                .getBytes(EncodingCheck.WINDOWS_1252));
        out.write("SB-2002,2023-05-30 12:00,ROBO,29.4310,-98.4910,CALLE 9\n".getBytes(StandardCharsets.US_ASCII));
        return Files.write(dir.resolve("late-latin1.csv"), out.toByteArray());
    }

    @Test
    void aBadByteAfterTheHeadStopsTheImportNamingItsLineAndADeclaredEncodingLoadsIt(@TempDir Path dir)
            throws Exception {
        Path file = lateLatin1(dir);
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportException e = assertThrows(ImportException.class, () -> importFile(store, file, mapped("")));
            assertEquals(2002, e.line(), e.getMessage());
            assertTrue(
                    e.getMessage().contains("byte 0xC9 is not UTF-8 (in Windows-1252 or Latin-1 it is 'É')")
                            && e.getMessage()
                                    .contains("after \"SB-2001,2023-05-30 11:00,ROBO,29.4300,-98.4900,CALLE JOS\"")
                            && e.getMessage().contains("--encoding")
                            && e.getMessage().contains("nothing was imported"),
                    e.getMessage());
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));
            assertEquals(1, number(store, "SELECT COUNT(*) FROM imports WHERE status = 'failed'"));

            ImportResult declared = importFile(store, file, mapped("").withEncoding(EncodingCheck.WINDOWS_1252));
            assertEquals(2002, declared.counts().loaded(), () -> "rejected: " + declared.rejectedByReason());
            assertEquals("windows-1252 (--encoding)", declared.encoding());
            assertEquals(
                    "CALLE JOSÉ MARTÍ 7",
                    rows(store, "SELECT block FROM incidents WHERE case_number = 'SB-2001'")
                            .get(0)
                            .get(0));

            ImportResult byMapping =
                    importFile(store, file, mapped("encoding = windows-1252\n").withAgain(true));
            assertEquals("windows-1252 (the mapping's 'encoding')", byMapping.encoding());
            assertEquals(2002, byMapping.counts().duplicates(), "the same records again");
        }
    }

    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsRefusedNamingTheLines(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
        out.write("SC-1,2023-05-02 21:15,ROBO,29.4241,-98.4936,CALLE 1\n".getBytes(StandardCharsets.US_ASCII));
        out.write("SC-2,2023-05-02 21:15,ROBO,29.4241,-98.4936,CALLE \u00e9\n".getBytes(EncodingCheck.WINDOWS_1252));
        out.write(new byte[] {'S', 'C', '-', '3', ',', (byte) 0x81, '\n'});
        Path file = Files.write(dir.resolve("mixed.csv"), out.toByteArray());
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportException e = assertThrows(ImportException.class, () -> importFile(store, file, mapped("")));
            assertEquals(4, e.line(), e.getMessage());
            assertTrue(
                    e.getMessage().contains("byte 0x81 is neither UTF-8 nor windows-1252")
                            && e.getMessage().contains("line 3"),
                    e.getMessage());
            assertEquals(0, number(store, "SELECT COUNT(*) FROM imports"), "refused before anything was written");
        }
    }

    @Test
    void utf8DeclaredForAWindows1252FileIsRefusedNotReadWithReplacementCharacters(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            ImportException e = assertThrows(
                    ImportException.class,
                    () -> importFile(
                            store,
                            OffsetTimesTest.resource("windows-1252-export.csv"),
                            mapped("").withEncoding(StandardCharsets.UTF_8)));
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("the encoding --encoding names"), e.getMessage());
            assertEquals(0, number(store, "SELECT COUNT(*) FROM incidents"));
        }
    }
}
