package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#SCHEMA_VERSION}, the version that lets an up-to-date store open without Flyway, follows the migrations. */
class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.(sql|class)");

    @Test
    void isTheHighestMigrationOnTheClassPath() throws Exception {
        Path dir =
                Path.of(Store.class.getClassLoader().getResource("db/migration").toURI());
        int[] versions;
        try (Stream<Path> files = Files.list(dir)) {
            versions = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .distinct()
                    .toArray();
        }
        assertEquals(
                java.util.Arrays.stream(versions).max().orElseThrow(),
                Store.SCHEMA_VERSION,
                "raise Store.SCHEMA_VERSION with each new migration");
        assertEquals(versions.length, Store.SCHEMA_VERSION, "versions without a gap: V1 .. V" + Store.SCHEMA_VERSION);
    }

    @Test
    void aNewStoreIsAtThatVersionAndReopens(@TempDir Path tmp) throws Exception {
        try (Store s = Store.open(tmp)) {
            assertEquals(Store.SCHEMA_VERSION, appliedVersions(s));
        }
        Path trace = tmp.resolve(Store.DATABASE_NAME + ".trace.db");
        if (Files.exists(trace)) {
            fail("opening logs no SQL error, but H2 wrote " + trace + ":\n" + Files.readString(trace));
        }
        try (Store s = Store.open(tmp);
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
            assertEquals(Store.SCHEMA_VERSION, appliedVersions(s), "reopening applies nothing");
        }
    }

    private static int appliedVersions(Store s) throws Exception {
        try (Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
