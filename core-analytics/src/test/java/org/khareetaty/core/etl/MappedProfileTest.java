package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A records-system export no built-in profile knows, read through a mapping file: made-up column
 * names, State Plane X/Y projected to the same WGS84 points the Chicago portal publishes.
 */
class MappedProfileTest {
    private static final String MAPPING = """
            # an RMS export with Illinois State Plane East coordinates
            name = rms
            time.column = Occurred
            time.pattern = yyyy-MM-dd'T'HH:mm | M/d/yyyy H:mm
            time.zone = America/Chicago
            x.column = X
            y.column = Y
            crs = EPSG:3435
            type.column = Offense
            case.column = CaseNo
            """;

    @TempDir
    static Path dir;

    static Store store;

    /** A row of the portal sample: case number, local date, type, X, Y and the portal's own latitude/longitude. */
    record PortalRow(String caseNo, String date, String type, String x, String y, double lat, double lon) {}

    @BeforeAll
    static void open() {
        store = Store.open(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Every 1000th row of the portal sample that has both X/Y and latitude/longitude. */
    static List<PortalRow> portalRows() throws IOException, MalformedRowException {
        List<PortalRow> out = new ArrayList<>();
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (CsvReader csv = new CsvReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            Header h = Header.of(csv.next().fields());
            int n = 0;
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                String[] f = row.fields();
                String x = Fields.text(f, h.indexOf("x_coordinate"));
                String lat = Fields.text(f, h.indexOf("latitude"));
                if (n++ % 1000 == 0 && x != null && lat != null) {
                    out.add(new PortalRow(
                            f[h.indexOf("case_number")],
                            f[h.indexOf("date")],
                            f[h.indexOf("primary_type")],
                            x,
                            f[h.indexOf("y_coordinate")],
                            Double.parseDouble(lat),
                            Double.parseDouble(f[h.indexOf("longitude")])));
                }
            }
        }
        return out;
    }

    private static Path mapping(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static ImportResult importFile(Path file, Path mapping) {
        return new Importer(store)
                .importFile(file, ImportOptions.defaults().withMapping(Mapping.read(mapping)), ProgressListener.NONE);
    }

    @Test
    void projectsStatePlaneXyToThePortalsOwnLatitudeAndLongitude() throws Exception {
        List<PortalRow> portal = portalRows();
        assertTrue(portal.size() >= 20, "rows taken from the sample: " + portal.size());
        StringBuilder csv = new StringBuilder("Occurred,Offense,X,Y,CaseNo\n");
        portal.forEach(p -> csv.append(p.date())
                .append(',')
                .append(p.type())
                .append(',')
                .append(p.x())
                .append(',')
                .append(p.y())
                .append(',')
                .append(p.caseNo())
                .append('\n'));
        Path file = Files.writeString(dir.resolve("rms-export.csv"), csv);

        ImportResult r = importFile(file, mapping("rms.properties", MAPPING));

        assertEquals("mapped:rms", r.profile());
        assertEquals(portal.size(), r.counts().loaded(), () -> "rejected: " + r.rejectedByReason());
        for (PortalRow p : portal) {
            List<String> stored = rows(
                            store,
                            "SELECT lat, lon, CAST(occurred_at AS VARCHAR), source, offense_type FROM incidents "
                                    + "WHERE case_number = ?",
                            p.caseNo())
                    .get(0);
            assertEquals(p.lat(), Double.parseDouble(stored.get(0)), 1e-4, "latitude of " + p.caseNo());
            assertEquals(p.lon(), Double.parseDouble(stored.get(1)), 1e-4, "longitude of " + p.caseNo());
            LocalDateTime local = LocalDateTime.parse(p.date(), DateTimeFormatter.ofPattern("M/d/yyyy H:mm"));
            String utc = local.atZone(ChicagoPortalProfile.ZONE)
                            .withZoneSameInstant(ZoneOffset.UTC)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    + "+00";
            assertEquals(utc, stored.get(2), "time of " + p.caseNo());
            assertEquals("rms", stored.get(3));
            assertEquals(p.type(), stored.get(4));
        }
    }

    @Test
    void readsLatitudeLongitudeColumnsAndEveryTimePatternOfTheMapping() throws IOException {
        Path file = Files.writeString(
                dir.resolve("patrol-log.csv"),
                "When,What,N,E,Ref,Area\n"
                        + "2024-03-14T21:05,THEFT,29.3759,47.9774,K-1,Capital\n"
                        + "14.03.24 21:10,ROBBERY,29.3360,48.0300,K-2,Hawalli\n");
        Path m = mapping("patrol.properties", """
                name = patrol
                time.column = When
                time.pattern = yyyy-MM-dd'T'HH:mm | dd.MM.yy HH:mm
                time.zone = Asia/Kuwait
                lat.column = N
                lon.column = E
                type.column = What
                case.column = Ref
                claim.governorate = Area
                """);
        ImportResult r = importFile(file, m);
        assertEquals(2, r.counts().loaded(), () -> "rejected: " + r.rejectedByReason());
        assertEquals(
                List.of(
                        List.of("K-1", "2024-03-14 18:05:00+00", "governorate=Capital"),
                        List.of("K-2", "2024-03-14 18:10:00+00", "governorate=Hawalli")),
                rows(
                        store,
                        "SELECT case_number, CAST(occurred_at AS VARCHAR), claimed_zones FROM incidents WHERE import_id = ? ORDER BY line_number",
                        r.importId()));
    }

    @Test
    void aMappingWithoutTimeZoneIsRefusedNamingTheFileAndTheKey() throws IOException {
        Path m = mapping("no-zone.properties", MAPPING.replace("time.zone = America/Chicago\n", ""));
        ImportException e = assertThrows(ImportException.class, () -> Mapping.read(m));
        assertTrue(
                e.getMessage().contains(m.toString())
                        && e.getMessage().contains("'time.zone'")
                        && e.getMessage().contains("docs/mapping.md"),
                e.getMessage());
    }

    @Test
    void aMappingWithAnUnknownTimeZoneSaysWhatAZoneIdLooksLike() throws IOException {
        Path m = mapping("bad-zone.properties", MAPPING.replace("America/Chicago", "Chicago"));
        ImportException e = assertThrows(ImportException.class, () -> Mapping.read(m));
        assertTrue(e.getMessage().contains(m.toString()) && e.getMessage().contains("'Chicago'"), e.getMessage());
    }

    @Test
    void aMappingNamingAnAbsentColumnFailsNamingTheColumnAndLoadsNothing() throws IOException {
        Path file = Files.writeString(
                dir.resolve("short-export.csv"),
                "Occurred,Crime,X,Y,CaseNo\n7/19/2017 13:45,THEFT,1161120,1858829,JA1\n");
        long before = number(store, "SELECT COUNT(*) FROM incidents");
        ImportException e =
                assertThrows(ImportException.class, () -> importFile(file, mapping("rms2.properties", MAPPING)));
        assertTrue(
                e.getMessage().contains(file.toString())
                        && e.getMessage().contains("'Offense'")
                        && e.getMessage().contains("mapped:rms"),
                e.getMessage());
        assertEquals(before, number(store, "SELECT COUNT(*) FROM incidents"));
        assertEquals(0, number(store, "SELECT COUNT(*) FROM imports WHERE status = 'running'"));
    }

    @Test
    void aMappingWithAnUnknownCrsFailsNamingTheCrs() throws IOException {
        Path file = Files.writeString(
                dir.resolve("crs-export.csv"),
                "Occurred,Offense,X,Y,CaseNo\n7/19/2017 13:45,THEFT,1161120,1858829,JB1\n");
        ImportException e = assertThrows(
                ImportException.class,
                () -> importFile(file, mapping("rms3.properties", MAPPING.replace("EPSG:3435", "EPSG:99999"))));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("EPSG:99999"), e.getMessage());
    }
}
