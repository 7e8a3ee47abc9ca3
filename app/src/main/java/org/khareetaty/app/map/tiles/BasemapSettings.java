package org.khareetaty.app.map.tiles;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The analyst's basemap settings, kept in {@value #FILE_NAME} in the store directory: which offline
 * tiles to show (the store's own generated basemap unless another MBTiles file or z/x/y folder is
 * chosen) and whether to use an online OpenStreetMap tile server instead, off unless turned on.
 *
 * @param offlineSource     an MBTiles file or z/x/y folder, or null for the store's own basemap
 * @param onlineEnabled     whether tiles come from the online server (needs the network)
 * @param onlineUrl         the server's URL template with {z}, {x} and {y}
 * @param onlineAttribution the credit the map shows while online tiles are used
 * @param cacheDir          where online tiles are kept (the tile usage policy asks clients to cache)
 * @param contact           a URL or e-mail put in the User-Agent so the server's operators can reach the user; may be blank
 */
public record BasemapSettings(
        Path offlineSource,
        boolean onlineEnabled,
        String onlineUrl,
        String onlineAttribution,
        Path cacheDir,
        String contact) {
    /** The settings file's name in the store directory. */
    public static final String FILE_NAME = "basemap.properties";
    /** OpenStreetMap's standard tile layer, the policy's one correct URL. */
    public static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    /** The credit OpenStreetMap's licence requires on the map. */
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

    /** Checks the URL template. */
    public BasemapSettings {
        if (onlineUrl == null
                || !(onlineUrl.contains("{z}") && onlineUrl.contains("{x}") && onlineUrl.contains("{y}"))) {
            throw new IllegalArgumentException("The online tile URL must contain {z}, {x} and {y}: " + onlineUrl);
        }
        if (!onlineUrl.startsWith("https://") && !onlineUrl.startsWith("http://")) {
            throw new IllegalArgumentException("The online tile URL must start with https:// or http://: " + onlineUrl);
        }
        onlineAttribution = onlineAttribution == null ? "" : onlineAttribution;
        contact = contact == null ? "" : contact.strip();
    }

    /** The store's own basemap, offline; online OpenStreetMap off; tiles cached under ~/.khareetaty/tile-cache. */
    public static BasemapSettings defaults() {
        return new BasemapSettings(
                null,
                false,
                OSM_URL,
                OSM_ATTRIBUTION,
                Path.of(System.getProperty("user.home"), ".khareetaty", "tile-cache"),
                "");
    }

    /** The settings file of the store in {@code storeDir}. */
    public static Path file(Path storeDir) {
        return storeDir.resolve(FILE_NAME);
    }

    /** Reads the settings of the store in {@code storeDir}; the defaults when it has none. */
    public static BasemapSettings forStore(Path storeDir) {
        return load(file(storeDir));
    }

    /**
     * Reads a settings file; the defaults for a missing file and for keys it does not set.
     *
     * @throws IllegalArgumentException naming the file and the key when a value is malformed
     */
    public static BasemapSettings load(Path file) {
        BasemapSettings d = defaults();
        if (!Files.exists(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read the basemap settings " + file + ": " + e.getMessage(), e);
        }
        String offline = p.getProperty("offline.source", "").strip();
        String online = p.getProperty("online.enabled", "false").strip().toLowerCase(Locale.ROOT);
        if (!online.equals("true") && !online.equals("false")) {
            throw new IllegalArgumentException(
                    "The basemap settings " + file + " have online.enabled=" + online + "; write true or false");
        }
        String cache = p.getProperty("online.cache", "").strip();
        try {
            return new BasemapSettings(
                    offline.isEmpty() ? null : Path.of(offline),
                    online.equals("true"),
                    p.getProperty("online.url", d.onlineUrl()).strip(),
                    p.getProperty("online.attribution", d.onlineAttribution()).strip(),
                    cache.isEmpty() ? d.cacheDir() : Path.of(cache),
                    p.getProperty("online.contact", "").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The basemap settings " + file + " are not valid: " + e.getMessage(), e);
        }
    }

    /** Writes the settings to {@code file} (replacing it at once). */
    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("offline.source", offlineSource == null ? "" : offlineSource.toString());
        p.setProperty("online.enabled", Boolean.toString(onlineEnabled));
        p.setProperty("online.url", onlineUrl);
        p.setProperty("online.attribution", onlineAttribution);
        p.setProperty("online.cache", cacheDir == null ? "" : cacheDir.toString());
        p.setProperty("online.contact", contact);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Khareetaty basemap settings (docs/basemap.md)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write the basemap settings " + file + ": " + e.getMessage(), e);
        }
    }

    public BasemapSettings withOnline(boolean enabled) {
        return new BasemapSettings(offlineSource, enabled, onlineUrl, onlineAttribution, cacheDir, contact);
    }

    public BasemapSettings withOfflineSource(Path source) {
        return new BasemapSettings(source, onlineEnabled, onlineUrl, onlineAttribution, cacheDir, contact);
    }

    public BasemapSettings withOnlineUrl(String url) {
        return new BasemapSettings(offlineSource, onlineEnabled, url, onlineAttribution, cacheDir, contact);
    }

    public BasemapSettings withCacheDir(Path dir) {
        return new BasemapSettings(offlineSource, onlineEnabled, onlineUrl, onlineAttribution, dir, contact);
    }

    public BasemapSettings withContact(String c) {
        return new BasemapSettings(offlineSource, onlineEnabled, onlineUrl, onlineAttribution, cacheDir, c);
    }
}
