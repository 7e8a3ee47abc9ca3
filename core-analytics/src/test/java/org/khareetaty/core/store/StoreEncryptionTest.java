package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store encrypted at rest: its file holds none of its text, it opens only with its passphrase,
 * and its database user has a password; a plain store can be encrypted in place.
 */
class StoreEncryptionTest {
    static final String MARKER = "probe-of-plain-text-7f3a";

    @TempDir
    Path tmp;

    private static StorePassphrase passphrase(String s) {
        return StorePassphrase.of(s.toCharArray());
    }

    private static void writeMarker(Store s) throws SQLException {
        try (Connection c = s.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE probe (v VARCHAR(100))");
            st.execute("INSERT INTO probe VALUES ('" + MARKER + "')");
        }
    }

    private static String readMarker(Store s) throws SQLException {
        try (Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT v FROM probe")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean fileContains(Path dir, String text) throws IOException {
        byte[] file = Files.readAllBytes(dir.resolve(Store.DATABASE_NAME + ".mv.db"));
        return new String(file, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aStoreCreatedWithAPassphraseOpensOnlyWithIt() throws Exception {
        Path dir = tmp.resolve("field-laptop");
        try (Store s = Store.open(dir, passphrase("a long passphrase"))) {
            writeMarker(s);
        }
        assertTrue(Store.encrypted(dir));
        assertFalse(fileContains(dir, MARKER), "the file holds no plain text");
        assertFalse(fileContains(dir, "CREATE TABLE"), "nor the schema");

        StoreException none =
                assertThrows(StoreException.class, () -> Store.open(dir).close());
        assertTrue(none.getMessage().contains("is encrypted: give its passphrase"), none.getMessage());
        StoreException wrong = assertThrows(
                StoreException.class,
                () -> Store.open(dir, passphrase("another passphrase")).close());
        assertTrue(wrong.getMessage().endsWith("the passphrase is wrong."), wrong.getMessage());
        try (Store s = Store.open(dir, passphrase("a long passphrase"))) {
            assertEquals(MARKER, readMarker(s));
        }
    }

    @Test
    void aPlainStoreIsEncryptedInPlaceAndLosesItsPasswordlessUser() throws Exception {
        Path dir = tmp.resolve("office");
        try (Store s = Store.open(dir)) {
            writeMarker(s);
        }
        assertTrue(fileContains(dir, MARKER), "the probe can see plain text");
        assertThrows(
                StoreException.class,
                () -> Store.open(dir, passphrase("a long passphrase")).close());

        Store.encrypt(dir, passphrase("a long passphrase"));

        assertTrue(Store.encrypted(dir));
        assertFalse(fileContains(dir, MARKER));
        try (Store s = Store.open(dir, passphrase("a long passphrase"));
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS ORDER BY 1")) {
            assertEquals(MARKER, readMarker(s));
            rs.next();
            assertEquals(StorePassphrase.USER, rs.getString(1));
            assertFalse(rs.next(), "sa without a password is gone");
        }
        StoreException again =
                assertThrows(StoreException.class, () -> Store.encrypt(dir, passphrase("a long passphrase")));
        assertTrue(again.getMessage().contains("is encrypted already"), again.getMessage());
    }

    @Test
    void aShortPassphraseIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> passphrase("short"));
        assertTrue(e.getMessage().contains("at least 8 characters"), e.getMessage());
    }
}
