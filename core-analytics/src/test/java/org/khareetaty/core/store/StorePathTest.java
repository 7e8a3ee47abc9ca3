package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store path is a file name, never settings of the database: no SQL runs through {@code --store}. */
class StorePathTest {
    @TempDir
    Path tmp;

    @Test
    void aPathCarryingAnInitSettingRunsNoSqlAndIsRefused() throws java.io.IOException {
        Path written = tmp.resolve("pwned.csv");
        // Pasted into H2's URL this path read as "INIT=CALL CSVWRITE(...)": SQL run on connect that
        // wrote a file; the trailing "--" comments out the "/khareetaty" the store appends.
        Path store = Path.of(tmp + "/x;INIT=CALL CSVWRITE('" + written + "', 'SELECT 1')--");

        StoreException e =
                assertThrows(StoreException.class, () -> Store.open(store).close());

        assertFalse(Files.exists(written), "the INIT setting ran SQL that wrote " + written);
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "a refused store path is not created");
        }
    }

    @Test
    void aPathWithAControlCharacterIsRefused() {
        Path store = tmp.resolve("line\nbreak");
        StoreException e =
                assertThrows(StoreException.class, () -> Store.open(store).close());
        assertTrue(e.getMessage().contains("control character"), e.getMessage());
    }

    @Test
    void anOrdinaryPathWithSpacesAndNonAsciiLettersOpens() {
        try (Store store = Store.open(tmp.resolve("مخفر الشرطة 12 (copy)"))) {
            assertTrue(Files.exists(store.dir().resolve(Store.DATABASE_NAME + ".mv.db")));
        }
    }

    @Test
    void aNewStoreIsReadableByItsOwnerOnly() throws java.io.IOException {
        Path dir = tmp.resolve("new/store");
        try (Store store = Store.open(dir)) {
            assertEquals("rwx------", permissions(tmp.resolve("new")));
            assertEquals("rwx------", permissions(dir));
            assertEquals("rw-------", permissions(dir.resolve(Store.DATABASE_NAME + ".mv.db")));
        }
    }

    private static String permissions(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
