package org.khareetaty.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's page cache: 64 MB for the workstation, 4 MB for a process that mostly writes the live stream. */
class PageCacheTest {
    @TempDir
    Path dir;

    private static int cacheKb(Store store) throws SQLException {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    @Test
    void theWorkstationCachesMoreThanTheStreamListener() throws SQLException {
        try (Store store = Store.open(dir)) {
            assertEquals(Store.CACHE_KB, cacheKb(store));
            assertEquals(65_536, Store.CACHE_KB);
        }
        try (Store store = Store.openForStream(dir)) {
            assertEquals(Store.STREAM_CACHE_KB, cacheKb(store));
            assertEquals(4_096, Store.STREAM_CACHE_KB);
        }
    }
}
