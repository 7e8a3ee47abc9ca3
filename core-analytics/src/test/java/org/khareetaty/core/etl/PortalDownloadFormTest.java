package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The Chicago portal's export as an analyst downloads it (Title Case header, {@code 09/08/2021
 * 04:45:00 PM}, codes with their zeros) reads to the same incidents as the snake_case sample.
 */
class PortalDownloadFormTest {
    private static final String TITLE_CASE =
            "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,"
                    + "Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,Updated On,Latitude,Longitude,Location";

    @TempDir
    Path dir;

    @Test
    void readsTheDownloadedFormToTheSameIncidents() throws Exception {
        Path snake = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        Path title = dir.resolve("Crimes_-_2001_to_Present.csv");
        toDownloadForm(snake, title);
        try (Store a = Store.open(dir.resolve("a"));
                Store b = Store.open(dir.resolve("b"))) {
            ImportResult fromSnake = new Importer(a).importFile(snake, ImportOptions.defaults(), ProgressListener.NONE);
            ImportResult fromTitle = new Importer(b).importFile(title, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals("chicago-portal", fromTitle.profile());
            assertEquals(fromSnake.counts(), fromTitle.counts());
            assertEquals(digest(a), digest(b));
        }
    }

    /** Rewrites the sample with the portal's download header, 12-hour dates and zero-padded codes. */
    private static void toDownloadForm(Path snake, Path out) throws Exception {
        DateTimeFormatter in = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.US);
        DateTimeFormatter portal = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(snake)), StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            csv.next();
            w.write(TITLE_CASE + "\n");
            CsvRow row;
            while ((row = csv.next()) != null) {
                String[] f = row.fields();
                f[2] = LocalDateTime.parse(f[2], in).format(portal);
                f[4] = Fields.zeroPaddedTo(f[4], 4);
                f[8] = f[8].toLowerCase(Locale.ROOT);
                f[9] = f[9].toLowerCase(Locale.ROOT);
                f[14] = Fields.zeroPaddedDigits(f[14], 2);
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < f.length; i++) {
                    line.append(i == 0 ? "" : ",")
                            .append('"')
                            .append(f[i].replace("\"", "\"\""))
                            .append('"');
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static String digest(Store s) throws Exception {
        try (Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*), SUM(CAST(EXTRACT(EPOCH FROM occurred_at) AS BIGINT)), COUNT(DISTINCT offense_code), "
                                + "SUM(CASE WHEN arrest THEN 1 ELSE 0 END), SUM(CASE WHEN domestic THEN 1 ELSE 0 END), "
                                + "COUNT(DISTINCT fbi_code), SUM(h3_r8 % 1000003), MIN(offense_code) FROM incidents")) {
            rs.next();
            StringBuilder d = new StringBuilder();
            for (int i = 1; i <= 8; i++) {
                d.append(rs.getString(i)).append('|');
            }
            return d.toString();
        }
    }
}
