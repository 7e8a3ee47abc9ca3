package org.khareetaty.app.map.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.geo.basemap.TileId;

/** What the online tiles' disk cache promises: kept across restarts, kept when stale, never half written. */
class TileCacheTest {
    private static final TileId TILE = new TileId(12, 2574, 1711);
    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aStoredTileIsReadBackWithItsValidatorsByTheNextProgramRun() {
        new TileCache(dir).put(TILE, new CachedTile(bytes("png-1"), T0, "\"abc\"", "Mon, 07 Dec 2026 00:00:00 GMT"));

        CachedTile back = new TileCache(dir).get(TILE).orElseThrow();
        assertArrayEquals(bytes("png-1"), back.bytes());
        assertEquals(T0, back.expires());
        assertEquals("\"abc\"", back.etag());
        assertEquals("Mon, 07 Dec 2026 00:00:00 GMT", back.lastModified());
        assertTrue(Files.isRegularFile(dir.resolve("12/2574/1711.png")), "laid out as z/x/y.png");
    }

    @Test
    void aTileNeverStoredIsAbsentAndOtherTilesAreSeparate() {
        TileCache cache = new TileCache(dir);
        assertEquals(Optional.empty(), cache.get(TILE));
        cache.put(TILE, new CachedTile(bytes("png-1"), T0, null, null));
        assertEquals(Optional.empty(), cache.get(new TileId(12, 2574, 1712)));
        assertEquals(null, cache.get(TILE).orElseThrow().etag(), "no validator stays no validator");
    }

    @Test
    void anExpiredTileIsKeptAndServedAsStale() {
        TileCache cache = new TileCache(dir);
        cache.put(TILE, new CachedTile(bytes("png-1"), T0, "\"abc\"", null));

        CachedTile stale = cache.get(TILE).orElseThrow();
        assertFalse(stale.isFresh(T0.plusSeconds(1)));
        assertTrue(stale.isFresh(T0.minusSeconds(1)));
        assertArrayEquals(bytes("png-1"), stale.bytes());
    }

    @Test
    void putReplacesAndRefreshMovesOnlyTheExpiry() {
        TileCache cache = new TileCache(dir);
        cache.put(TILE, new CachedTile(bytes("png-1"), T0, "\"v1\"", null));
        cache.put(TILE, new CachedTile(bytes("png-2"), T0.plusSeconds(60), "\"v2\"", null));
        CachedTile now = cache.get(TILE).orElseThrow();
        assertArrayEquals(bytes("png-2"), now.bytes());
        assertEquals("\"v2\"", now.etag());

        cache.refresh(TILE, now, T0.plusSeconds(3600));
        CachedTile refreshed = cache.get(TILE).orElseThrow();
        assertArrayEquals(bytes("png-2"), refreshed.bytes());
        assertEquals("\"v2\"", refreshed.etag());
        assertEquals(T0.plusSeconds(3600), refreshed.expires());
    }

    @Test
    void aDamagedEntryCountsAsAbsent() throws IOException {
        TileCache cache = new TileCache(dir);
        cache.put(TILE, new CachedTile(bytes("png-1"), T0, null, null));
        Files.writeString(dir.resolve("12/2574/1711.meta"), "expires=not-a-number\n");
        assertEquals(Optional.empty(), cache.get(TILE));

        cache.put(TILE, new CachedTile(bytes("png-1"), T0, null, null));
        Files.delete(dir.resolve("12/2574/1711.meta"));
        assertEquals(Optional.empty(), cache.get(TILE), "a tile without its expiry is not trusted");
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws IOException {
        TileCache cache = new TileCache(dir);
        for (int i = 0; i < 5; i++) {
            cache.put(TILE, new CachedTile(bytes("png-" + i), T0, "\"" + i + "\"", null));
            cache.refresh(TILE, cache.get(TILE).orElseThrow(), T0.plusSeconds(i));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            assertEquals(List.of("1711.meta", "1711.png"), names);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
