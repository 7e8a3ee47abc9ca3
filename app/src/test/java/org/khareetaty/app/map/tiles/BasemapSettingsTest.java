package org.khareetaty.app.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.basemap.TileSource;
import org.khareetaty.geo.basemap.TileSourceException;

/** Basemap settings: offline by default, stored beside the store, and the caching rules. */
class BasemapSettingsTest {
    @TempDir
    Path dir;

    @Test
    void offlineByDefaultAndOpenStreetMapOnlyWhenTurnedOn() throws Exception {
        Path storeDir = dir.resolve("store");
        BasemapSettings d = BasemapSettings.forStore(storeDir);
        assertFalse(d.onlineEnabled());
        assertEquals(BasemapSettings.OSM_URL, d.onlineUrl());
        try (Store store = Store.open(storeDir)) {
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            try (TileSource s = BasemapTiles.open(d, store)) {
                assertFalse(s instanceof OnlineTileSource);
                assertEquals("Boundaries: Natural Earth", s.info().attribution());
            }
            BasemapSettings online = d.withOnline(true).withCacheDir(dir.resolve("cache"));
            try (TileSource s = BasemapTiles.open(online, store)) {
                assertInstanceOf(OnlineTileSource.class, s);
                assertEquals(
                        "© OpenStreetMap contributors · Boundaries: Natural Earth",
                        s.info().attribution());
            }
        }
    }

    @Test
    void savesAndLoadsBesideTheStore() {
        Path storeDir = dir.resolve("store");
        BasemapSettings s = BasemapSettings.defaults()
                .withOnline(true)
                .withOfflineSource(dir.resolve("city.mbtiles"))
                .withCacheDir(dir.resolve("cache"))
                .withContact("https://police.example/gis");
        s.save(BasemapSettings.file(storeDir));
        assertEquals(s, BasemapSettings.forStore(storeDir));
    }

    @Test
    void namesTheFileAndKeyOfAMalformedSetting() throws Exception {
        Path f = Files.writeString(dir.resolve(BasemapSettings.FILE_NAME), "online.enabled = yes please\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BasemapSettings.load(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("online.enabled"), e.getMessage());
        Files.writeString(f, "online.url = https://tiles.example/{z}/{x}.png\n");
        e = assertThrows(IllegalArgumentException.class, () -> BasemapSettings.load(f));
        assertTrue(e.getMessage().contains("{y}"), e.getMessage());
    }

    @Test
    void aChosenOfflineFileThatIsMissingIsNamed() {
        Path missing = dir.resolve("city.mbtiles");
        BasemapSettings s = BasemapSettings.defaults().withOfflineSource(missing);
        TileSourceException e = assertThrows(TileSourceException.class, () -> BasemapTiles.open(s, null));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void freshnessFollowsTheCachingHeaders() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(
                now.plusSeconds(604800),
                HttpFreshness.expires(headers(Map.of("Cache-Control", "max-age=604800")), now));
        assertEquals(now, HttpFreshness.expires(headers(Map.of("Cache-Control", "no-cache")), now));
        assertEquals(
                now.plus(Duration.ofHours(2)),
                HttpFreshness.expires(
                        headers(Map.of(
                                "Date", "Sun, 01 Mar 2026 09:00:00 GMT", "Expires", "Sun, 01 Mar 2026 11:00:00 GMT")),
                        now),
                "Expires counts from the server's Date, not our clock");
        assertEquals(now, HttpFreshness.expires(headers(Map.of("Expires", "0")), now), "invalid Expires: expired");
        assertEquals(now.plus(Duration.ofDays(7)), HttpFreshness.expires(headers(Map.of()), now));
    }

    private static HttpHeaders headers(Map<String, String> h) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        h.forEach((k, v) -> m.put(k, List.of(v)));
        return HttpHeaders.of(m, (a, b) -> true);
    }
}
