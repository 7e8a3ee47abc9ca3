package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is one process's at a time: a second process gets a clear error, and the file stays whole. */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsAClearErrorNotACorruptedFile() throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            try (Connection c = s.connect()) {
                c.createStatement().execute("INSERT INTO store_settings VALUES ('marker', 'kept')");
            }
        }
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldStore.class.getName(),
                        store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("open"), "the holder opened the store: " + line);
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> Store.open(store));
            assertTrue(
                    e.getMessage().contains(store.toString()) && e.getMessage().contains("in use by another"),
                    e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder exits when its input closes");
        }
        try (Store s = Store.open(store);
                Connection c = s.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT setting_value FROM store_settings WHERE setting_key = 'marker'")) {
            assertTrue(rs.next());
            assertEquals("kept", rs.getString(1));
        }
    }
}
