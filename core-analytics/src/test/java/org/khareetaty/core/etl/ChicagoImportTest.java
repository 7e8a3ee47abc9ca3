package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/** The Chicago portal sample in a store without boundary layers: only range and sentinel checks apply. */
class ChicagoImportTest {
    @TempDir
    static Path dir;

    static Store store;
    static ImportResult first;

    @BeforeAll
    static void importOnce() {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        store = Store.open(dir.resolve("store"));
        first = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyRowIsAccountedFor() {
        var n = first.counts();
        assertEquals(25_000, n.read());
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates());
        assertEquals("chicago-portal", first.profile());
        assertEquals(64, first.sha256().length());
    }

    @Test
    void restoresZeroPaddedIucrAndFbiCodes() throws SQLException {
        // the sample's second row: JC318989, THEFT, iucr "820" and fbi_code "6" in the file
        assertEquals("0820", scalar("SELECT offense_code FROM incidents WHERE case_number = 'JC318989'"));
        assertEquals("06", scalar("SELECT fbi_code FROM incidents WHERE case_number = 'JC318989'"));
        assertEquals("0", scalar("SELECT COUNT(*) FROM incidents WHERE LENGTH(offense_code) <> 4"));
    }

    @Test
    void storesUtcInstantAndLocalDerivedFields() throws SQLException {
        // 7/19/2017 13:45 in Chicago (CDT, UTC-5) is 18:45 UTC, a Wednesday
        assertEquals(
                "2017-07-19 18:45:00+00",
                scalar("SELECT CAST(occurred_at AS VARCHAR) FROM incidents WHERE source_id = '11023904'"));
        assertEquals("13", scalar("SELECT local_hour FROM incidents WHERE source_id = '11023904'"));
        assertEquals("3", scalar("SELECT day_of_week FROM incidents WHERE source_id = '11023904'"));
        assertEquals("America/Chicago", scalar("SELECT source_zone FROM incidents WHERE source_id = '11023904'"));
    }

    @Test
    void classifiesOffensesAndComputesH3Cells() throws SQLException {
        assertEquals("weapons", scalar("SELECT category FROM incidents WHERE source_id = '11023904'"));
        assertEquals(
                "0",
                scalar("SELECT COUNT(*) FROM incidents WHERE category = 'other' AND offense_type <> 'OTHER OFFENSE' "
                        + "AND offense_type NOT LIKE 'NON%' AND offense_type <> 'RITUALISM'"));
        assertEquals("0", scalar("SELECT COUNT(*) FROM incidents WHERE h3_r6 IS NULL OR h3_r10 IS NULL"));
    }

    @Test
    void reimportingTheSameFileLoadsNothingNew() {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        ImportResult repeat = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        assertTrue(repeat.repeatOf().startsWith("import #" + first.importId() + " "), repeat.repeatOf());
        assertEquals(0, repeat.counts().read(), "a file already imported is not read again");
        // read anyway, every record is a duplicate
        ImportResult again =
                new Importer(store).importFile(file, ImportOptions.defaults().withAgain(true), ProgressListener.NONE);
        assertEquals(0, again.counts().loaded());
        assertEquals(first.counts().loaded(), again.counts().duplicates());
        assertEquals(first.counts().rejected(), again.counts().rejected());
        assertTrue(again.counts().read() == 25_000);
    }

    static String scalar(String sql) throws SQLException {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
