package org.khareetaty.app.map.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Objects;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.BasemapContent;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.TileFolderSource;
import org.khareetaty.geo.basemap.TileSource;

/**
 * The basemap the map shows. Gluon Maps asks one {@link KhareetatyTileRetriever} per JVM for its
 * tiles; that retriever serves from the source set here, which can change while the program runs
 * (the analyst turns the online basemap on). Until a source is set the map shows no basemap, and
 * the network is never used.
 *
 * <p>At launch, off the JavaFX thread: {@code BasemapTiles.configure(BasemapSettings.forStore(dir), dir, connection)}
 * shows the store's basemap at once (drawn on demand); then
 * {@code Basemap.ensure(dir, connection, progress)} writes the file, and a second {@code configure}
 * switches to it. Show {@link #attribution()} on the map.
 */
public final class BasemapTiles {
    private static volatile TileSource active;

    private BasemapTiles() {
    }

    /**
     * Opens the source the settings describe: online tiles when turned on (credited to the server
     * and the boundary data), else the chosen MBTiles file or z/x/y folder, else the store's own
     * basemap ({@link Basemap#open}).
     *
     * @param storeDir the store directory
     * @param c        a connection to that store (read for the boundary layers; may be null when
     *                 the settings name an offline file or folder)
     */
    public static TileSource open(BasemapSettings settings, Path storeDir, Connection c) {
        Objects.requireNonNull(settings, "settings");
        if (settings.onlineEnabled()) {
            String credit = settings.onlineAttribution();
            if (c != null) {
                String server = credit;
                credit = BasemapContent.layersAttribution(c).map(boundaries -> server + " · " + boundaries).orElse(server);
            }
            return OnlineTileSource.of(settings, credit);
        }
        Path offline = settings.offlineSource();
        if (offline != null) {
            return Files.isDirectory(offline) ? TileFolderSource.open(offline) : MBTilesSource.open(offline);
        }
        Objects.requireNonNull(c, "a connection to the store is needed to draw its own basemap");
        return Basemap.open(storeDir, c);
    }

    /** {@link #open Opens} the source the settings describe and {@link #use uses} it. */
    public static TileSource configure(BasemapSettings settings, Path storeDir, Connection c) {
        TileSource s = open(settings, storeDir, c);
        use(s);
        return s;
    }

    /** Makes {@code source} the map's basemap (null for none) and closes the previous one. */
    public static void use(TileSource source) {
        TileSource previous;
        synchronized (BasemapTiles.class) {
            previous = active;
            active = source;
        }
        if (previous != null && previous != source) {
            previous.close();
        }
    }

    /** The map's basemap, or null when none is set. */
    public static TileSource active() {
        return active;
    }

    /** The credit the map must show for the current basemap ("" when none). */
    public static String attribution() {
        TileSource s = active;
        return s == null ? "" : s.info().attribution();
    }

    /** True when the current basemap names the boundary zones itself ({@link org.khareetaty.geo.basemap.TilesetInfo#labelsZones()}). */
    public static boolean labelsZones() {
        TileSource s = active;
        return s != null && s.info().labelsZones();
    }
}
