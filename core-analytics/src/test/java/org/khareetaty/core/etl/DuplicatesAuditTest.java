package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.DuplicateRows;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * Issue 13 item 10: every row counted as a duplicate can be exported beside the record it
 * duplicated, and without a record id, reports that differ in the kind of place or the description
 * are not merged; a mapping may set its own identity.
 */
class DuplicatesAuditTest {
    @TempDir
    Path dir;

    /**
     * The real aggravated-assault file has no record id: 125 rows share time, point and offense
     * with an earlier row, and 14 of those differ in the kind of place (loc_cat), so they are other
     * reports. The expected count is worked out here from the file, independently of the importer.
     */
    @Test
    void everyDuplicateOfTheRealFileIsExportedBesideTheRowItRepeats() throws Exception {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        Set<String> events = new HashSet<>();
        Set<String> withPlace = new HashSet<>();
        long sameEvent = 0;
        long samePlaceToo = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertEquals("date,loc_cat,longitude,latitude,district", header);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String event = f[0] + "|" + Double.parseDouble(f[2]) + "|" + Double.parseDouble(f[3]);
                sameEvent += events.add(event) ? 0 : 1;
                samePlaceToo += withPlace.add(event + "|" + f[1]) ? 0 : 1;
            }
        }
        assertEquals(125, sameEvent, "rows sharing time, point and offense with an earlier row");

        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(samePlaceToo, n.duplicates(), "only rows that also share the kind of place are duplicates");
            assertEquals(n.duplicates(), number(store, "SELECT COUNT(*) FROM duplicate_rows"));

            List<String[]> exported = export(store, r.importId());
            assertEquals(n.duplicates(), exported.size());
            for (String[] row : exported) {
                String[] raw = row[3].split(",", -1);
                assertEquals(String.valueOf(r.importId()), row[4], "the original is in the same import");
                assertNotEquals(row[2], row[6], "the original is another line");
                assertTrue(Long.parseLong(row[6]) < Long.parseLong(row[2]), "the original comes first");
                assertEquals(raw[1], row[12], "the same kind of place: " + String.join(" | ", row));
            }
        }
    }

    /**
     * Two reports of one case at one time that differ in description are two records by default; a
     * mapping whose identity is case, time and type merges them, and the export shows the pair.
     * Undoing the import removes its duplicate rows.
     */
    @Test
    void withoutAnIdTheDescriptionKeepsReportsApartUnlessTheMappingSaysOtherwise() throws Exception {
        String mapping = "name = springfield\ntime.column = t\ntime.pattern = yyyy-MM-dd HH:mm\n"
                + "time.zone = America/Chicago\nlat.column = lat\nlon.column = lon\ntype.column = type\n"
                + "case.column = case\ndescription.column = what\n";
        Path file = Files.writeString(
                dir.resolve("reports.csv"),
                "case,t,type,what,lat,lon\n"
                        + "S-1,2019-03-01 10:00,THEFT,FROM BUILDING,41.80,-87.60\n"
                        + "S-1,2019-03-01 10:00,THEFT,FROM VEHICLE,41.80,-87.60\n"
                        + "S-1,2019-03-01 10:00,THEFT,FROM BUILDING,41.80,-87.60\n");
        Path byDefault = Files.writeString(dir.resolve("default.properties"), mapping);
        Path byCase = Files.writeString(dir.resolve("case.properties"), mapping + "identity = case, time, type\n");
        try (Store store = Store.open(dir.resolve("a"))) {
            var n = importWith(store, file, byDefault).counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(2, n.loaded(), "the two descriptions are two reports");
            assertEquals(1, n.duplicates());
        }
        try (Store store = Store.open(dir.resolve("b"))) {
            ImportResult r = importWith(store, file, byCase);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(1, n.loaded());
            assertEquals(2, n.duplicates());
            List<String[]> exported = export(store, null);
            assertEquals(
                    List.of("3|2|FROM VEHICLE", "4|2|FROM BUILDING"),
                    exported.stream()
                            .map(row -> row[2] + "|" + row[6] + "|" + row[3].split(",")[3])
                            .toList(),
                    "line, the line it duplicated, and its own description");

            ImportUndo.undo(store, r.importId(), "test");
            assertEquals(0, number(store, "SELECT COUNT(*) FROM duplicate_rows"), "undone with its import");
        }
    }

    @Test
    void aMappingIdentityNamesOnlyPartsItCanRead() throws Exception {
        Path m = Files.writeString(
                dir.resolve("m.properties"),
                "name = m\ntime.column = t\ntime.pattern = yyyy-MM-dd HH:mm\ntime.zone = UTC\nlat.column = lat\n"
                        + "lon.column = lon\ntype.column = type\nidentity = time, premise, case\n");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> Mapping.read(m));
        assertTrue(
                e.getMessage().contains("identity part 'premise' is not one of id, case, time, place, type"),
                e.getMessage());
        Files.writeString(m, Files.readString(m).replace("premise", "type"));
        ImportException noCase =
                org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> Mapping.read(m));
        assertTrue(noCase.getMessage().contains("identity part 'case' needs case.column"), noCase.getMessage());
    }

    private static ImportResult importWith(Store store, Path file, Path mapping) {
        return new Importer(store)
                .importFile(file, ImportOptions.defaults().withMapping(Mapping.read(mapping)), ProgressListener.NONE);
    }

    private static List<String[]> export(Store store, Long importId) throws Exception {
        StringWriter out = new StringWriter();
        long n = DuplicateRows.export(store, importId, out);
        List<String[]> rows = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(out.toString()))) {
            assertEquals(DuplicateRows.HEADER, String.join(",", csv.next().fields()));
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row.fields());
            }
        }
        assertEquals(n, rows.size());
        return rows;
    }
}
